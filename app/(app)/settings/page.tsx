import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/page-guard';
import { pageData } from '@/lib/page-data';
import { listSettings } from '@/lib/settings';
import { SETTING_GROUP_LABELS, formatSetting, settingInputValue, type SettingGroup } from '@/lib/domain/settings';
import { formatDateTime } from '@/lib/domain/dates';
import { PageHeader } from '@/components/page-header';
import { SettingForm } from '@/components/settings/setting-form';

export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage() {
  await requirePageActor(['admin']);
  const settings = await pageData(() => listSettings());
  const groups = Object.keys(SETTING_GROUP_LABELS) as SettingGroup[];
  return (
    <>
      <PageHeader
        title="Clinic settings"
        subtitle="Every threshold the app applies. A change is a new version, in force from the moment it is saved, and is recorded in the audit trail."
      />
      {groups.map((group) => (
        <section key={group} className="settings-group" aria-labelledby={`group-${group}`}>
          <h2 id={`group-${group}`}>{SETTING_GROUP_LABELS[group]}</h2>
          {settings
            .filter((s) => s.group === group)
            .map((s) => (
              <article key={s.key} className="card setting" data-testid={`setting-${s.key}`}>
                <div className="setting-head">
                  <div>
                    <h3>{s.label}</h3>
                    <p className="muted">{s.help}</p>
                  </div>
                  <div className="setting-value">
                    <strong data-testid="setting-value">{formatSetting(s.key, s.value)}</strong>
                    <span className="muted">{s.isDefault ? 'default' : `since ${formatDateTime(s.versions[0].effectiveFrom)}`}</span>
                  </div>
                </div>
                <p className="setting-source">Source: {s.source}</p>
                <SettingForm settingKey={s.key} label={s.label} unit={s.unit} inputValue={settingInputValue(s.key, s.value)} />
                {s.versions.length > 0 && (
                  <details className="setting-history">
                    <summary>Earlier versions</summary>
                    <ul>
                      {s.versions.map((v) => (
                        <li key={v.id}>
                          {formatDateTime(v.effectiveFrom)} · {v.value === undefined ? 'unreadable value' : formatSetting(s.key, v.value)} ·{' '}
                          {v.changedByName ?? 'unknown'}
                          {v.reason ? ` · “${v.reason}”` : ''}
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
              </article>
            ))}
        </section>
      ))}
    </>
  );
}
