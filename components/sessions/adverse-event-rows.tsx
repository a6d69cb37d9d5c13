'use client';

import { ADVERSE_EVENT_TYPES, ADVERSE_SEVERITIES } from '@/db/value-sets';
import { ADVERSE_EVENT_LABELS, ADVERSE_SEVERITY_LABELS } from '@/lib/domain/labels';
import { draftKey, type AdverseEventDraft } from './site-draft';

type Patch = Partial<Omit<AdverseEventDraft, 'key'>>;

function FieldError({ id, error }: { id: string; error?: string }) {
  return (
    <span className="field-error" id={`${id}-error`} aria-live="polite">
      {error}
    </span>
  );
}

const TYPE_OPTIONS = ADVERSE_EVENT_TYPES.map((t) => ({ value: t, label: ADVERSE_EVENT_LABELS[t] }));
const SEVERITY_OPTIONS = ADVERSE_SEVERITIES.map((s) => ({ value: s, label: ADVERSE_SEVERITY_LABELS[s] }));

function ChoiceField({
  id,
  label,
  value,
  options,
  error,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  error?: string;
  onChange: (value: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(ev) => onChange(ev.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-error`}
      >
        <option value="">Choose…</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={id} error={error} />
    </div>
  );
}

/** New adverse events of this session: several can be added; earlier ones are managed on the course page. */
export function AdverseEventRows({
  events,
  errors,
  sessionDate,
  onChange,
}: {
  events: AdverseEventDraft[];
  errors: Record<string, string>;
  sessionDate: string;
  onChange: (events: AdverseEventDraft[]) => void;
}) {
  const patch = (key: string, p: Patch) => onChange(events.map((e) => (e.key === key ? { ...e, ...p } : e)));
  const add = () =>
    onChange([
      ...events,
      { key: draftKey(), type: '', description: '', severity: '', serious: false, onsetDate: sessionDate, resolutionDate: '', actionTaken: '' },
    ]);
  return (
    <div className="adverse-events">
      {events.map((e, i) => {
        const id = (field: string) => `adverseEvents.${i}.${field}`;
        const invalid = (field: string) => (errors[id(field)] ? true : undefined);
        return (
          <fieldset key={e.key} className="form-grid adverse-event">
            <legend>Adverse event {i + 1}</legend>
            <ChoiceField
              id={id('type')}
              label="Type"
              value={e.type}
              options={TYPE_OPTIONS}
              error={errors[id('type')]}
              onChange={(type) => patch(e.key, { type })}
            />
            <ChoiceField
              id={id('severity')}
              label="Severity"
              value={e.severity}
              options={SEVERITY_OPTIONS}
              error={errors[id('severity')]}
              onChange={(severity) => patch(e.key, { severity })}
            />
            <div className="field">
              <label htmlFor={id('onsetDate')}>Onset</label>
              <input
                id={id('onsetDate')}
                type="date"
                value={e.onsetDate}
                onChange={(ev) => patch(e.key, { onsetDate: ev.target.value })}
                aria-invalid={invalid('onsetDate')}
                aria-describedby={`${id('onsetDate')}-error`}
              />
              <FieldError id={id('onsetDate')} error={errors[id('onsetDate')]} />
            </div>
            <div className="field">
              <label htmlFor={id('resolutionDate')}>Resolved on (blank if ongoing)</label>
              <input
                id={id('resolutionDate')}
                type="date"
                value={e.resolutionDate}
                onChange={(ev) => patch(e.key, { resolutionDate: ev.target.value })}
                aria-invalid={invalid('resolutionDate')}
                aria-describedby={`${id('resolutionDate')}-error`}
              />
              <FieldError id={id('resolutionDate')} error={errors[id('resolutionDate')]} />
            </div>
            <div className="field field-wide">
              <label className="checkbox">
                <input type="checkbox" checked={e.serious} onChange={(ev) => patch(e.key, { serious: ev.target.checked })} /> Serious (hospital
                admission, emergency visit or lasting harm)
              </label>
            </div>
            <div className="field field-wide">
              <label htmlFor={id('description')}>What happened{e.type === 'other' ? '' : ' (optional)'}</label>
              <textarea
                id={id('description')}
                value={e.description}
                onChange={(ev) => patch(e.key, { description: ev.target.value })}
                aria-invalid={invalid('description')}
                aria-describedby={`${id('description')}-error`}
              />
              <FieldError id={id('description')} error={errors[id('description')]} />
            </div>
            <div className="field field-wide">
              <label htmlFor={id('actionTaken')}>Action taken (optional)</label>
              <textarea
                id={id('actionTaken')}
                value={e.actionTaken}
                onChange={(ev) => patch(e.key, { actionTaken: ev.target.value })}
                aria-invalid={invalid('actionTaken')}
                aria-describedby={`${id('actionTaken')}-error`}
              />
              <FieldError id={id('actionTaken')} error={errors[id('actionTaken')]} />
            </div>
            <div>
              <button type="button" className="btn btn-sm" onClick={() => onChange(events.filter((x) => x.key !== e.key))}>
                Remove adverse event {i + 1}
              </button>
            </div>
          </fieldset>
        );
      })}
      <button type="button" className="btn btn-sm" onClick={add}>
        Add adverse event
      </button>
    </div>
  );
}
