'use client';

import { ActionForm } from '@/components/form/action-form';
import { TextField } from '@/components/form/fields';
import { updateSettingAction } from '@/lib/actions/settings-actions';

const UNIT_SUFFIX: Record<string, string> = {
  percent: '%',
  points: 'points',
  hours: 'hours',
  days: 'days',
  weeks: 'weeks',
  months: 'months',
  sessions: 'sessions',
  courses: 'courses',
  mg: 'mg',
  'mg/kg': 'mg/kg',
  concentration: '%',
};

/** Changes one setting: the new value and why, saved as a new version in force from now. */
export function SettingForm({ settingKey, label, unit, inputValue }: { settingKey: string; label: string; unit: string; inputValue: string }) {
  const numeric = unit !== 'text' && unit !== 'date';
  return (
    <ActionForm
      action={updateSettingAction.bind(null, settingKey)}
      className={numeric ? 'setting-form' : 'setting-form setting-form-text'}
      submitLabel="Save new value"
      aria-label={`Change ${label}`}
    >
      <div className="setting-form-fields">
        <TextField
          name={settingKey}
          label={numeric ? `New value (${UNIT_SUFFIX[unit]})` : unit === 'date' ? 'New date (YYYY-MM-DD)' : 'New value'}
          defaultValue={inputValue}
          inputMode={numeric ? 'decimal' : undefined}
          required
        />
        <TextField name={`${settingKey}Reason`} label="Reason for the change" help="Kept with the version and in the audit trail." />
      </div>
    </ActionForm>
  );
}
