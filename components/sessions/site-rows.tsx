'use client';

import { findSite, siteLabel } from '@/lib/domain/sites';
import type { SiteDraft } from './site-draft';
import { ActionsHeader } from '@/components/table-cells';
import { ANAESTHETIC_AGENTS } from '@/db/value-sets';
import { AGENTS } from '@/lib/domain/anaesthetics';

type Patch = Partial<Omit<SiteDraft, 'key'>>;

function NumberCell({
  id,
  label,
  value,
  error,
  onChange,
  step,
  narrow,
}: {
  id: string;
  label: string;
  value: string;
  error?: string;
  onChange: (v: string) => void;
  step?: string;
  /** A one- or two-digit count rather than a decimal. */
  narrow?: boolean;
}) {
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        step={step}
        value={value}
        className={narrow ? 'site-input site-input-narrow' : 'site-input'}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-error`}
      />
      <div className="field-error" id={`${id}-error`} aria-live="polite">
        {error}
      </div>
    </>
  );
}

/** The sites chosen for this session, with injections, solution and volume per site. */
export function SiteRows({
  sites,
  errors,
  onChange,
  onRemove,
}: {
  sites: SiteDraft[];
  errors: Record<string, string>;
  onChange: (key: string, patch: Patch) => void;
  onRemove: (key: string) => void;
}) {
  if (sites.length === 0) {
    return <p className="empty empty-compact">No sites yet. A session without sites is recorded as a follow-up review.</p>;
  }
  return (
    <div className="table-wrap">
      <table className="site-table">
        <thead>
          <tr>
            <th>Site</th>
            <th>Injections</th>
            <th>Dextrose %</th>
            <th>Anaesthetic</th>
            <th>Anaesthetic mL</th>
            <th>Volume mL</th>
            <th>Lot</th>
            <ActionsHeader label="Remove" />
          </tr>
        </thead>
        <tbody>
          {sites.map((s, i) => {
            const site = findSite(s.siteCode);
            const label = siteLabel(s.siteCode, s.side);
            const err = (field: string) => errors[`sites.${i}.${field}`];
            const count = Number(s.injectionCount) || 0;
            return (
              <tr key={s.key} data-testid="site-row">
                <td>
                  <div>{site?.label ?? s.siteCode}</div>
                  {site?.sided ? (
                    <select
                      aria-label={`Side for ${site.label}`}
                      value={s.side}
                      onChange={(e) => onChange(s.key, { side: e.target.value as SiteDraft['side'] })}
                      className="site-side"
                    >
                      <option value="left">Left</option>
                      <option value="right">Right</option>
                    </select>
                  ) : (
                    <span className="muted small">Midline</span>
                  )}
                  <div className="field-error" aria-live="polite">
                    {err('side') ?? err('siteCode')}
                  </div>
                </td>
                <td>
                  <div className="stepper">
                    <button
                      type="button"
                      className="btn btn-sm"
                      aria-label={`One fewer injection at ${label}`}
                      onClick={() => onChange(s.key, { injectionCount: String(Math.max(1, count - 1)) })}
                    >
                      −
                    </button>
                    <NumberCell
                      id={`${s.key}-count`}
                      label={`Injections at ${label}`}
                      value={s.injectionCount}
                      error={err('injectionCount')}
                      onChange={(v) => onChange(s.key, { injectionCount: v })}
                      narrow
                    />
                    <button
                      type="button"
                      className="btn btn-sm"
                      aria-label={`One more injection at ${label}`}
                      onClick={() => onChange(s.key, { injectionCount: String(Math.min(20, count + 1)) })}
                    >
                      +
                    </button>
                  </div>
                </td>
                <td>
                  <NumberCell
                    id={`${s.key}-dextrose`}
                    label={`Dextrose % at ${label}`}
                    value={s.dextrosePct}
                    step="0.5"
                    error={err('dextrosePct')}
                    onChange={(v) => onChange(s.key, { dextrosePct: v })}
                  />
                </td>
                <td>
                  <label htmlFor={`${s.key}-anaesthetic`} className="visually-hidden">
                    Anaesthetic at {label}
                  </label>
                  <select
                    id={`${s.key}-anaesthetic`}
                    value={s.anaestheticAgent}
                    onChange={(e) =>
                      onChange(s.key, { anaestheticAgent: e.target.value, ...(e.target.value === 'none' ? { anaestheticMl: '' } : {}) })
                    }
                    className="site-anaesthetic"
                    aria-describedby={`${s.key}-anaesthetic-error`}
                  >
                    <option value="">Not recorded</option>
                    {ANAESTHETIC_AGENTS.filter((a) => a !== 'other' || s.anaestheticAgent === 'other').map((a) => (
                      <option key={a} value={a}>
                        {AGENTS[a].label}
                      </option>
                    ))}
                  </select>
                  {s.anaestheticAgent === 'other' && s.anaesthetic && <div className="muted small">Typed: {s.anaesthetic}</div>}
                  <div className="field-error" id={`${s.key}-anaesthetic-error`}>
                    {err('anaestheticAgent')}
                  </div>
                </td>
                <td>
                  <NumberCell
                    id={`${s.key}-anaesthetic-ml`}
                    label={`Anaesthetic mL at ${label}`}
                    value={s.anaestheticMl}
                    step="0.1"
                    error={err('anaestheticMl')}
                    onChange={(v) => onChange(s.key, { anaestheticMl: v })}
                  />
                </td>
                <td>
                  <NumberCell
                    id={`${s.key}-volume`}
                    label={`Volume mL at ${label}`}
                    value={s.volumeMl}
                    step="0.1"
                    error={err('volumeMl')}
                    onChange={(v) => onChange(s.key, { volumeMl: v })}
                  />
                </td>
                <td>
                  <label htmlFor={`${s.key}-lot`} className="visually-hidden">
                    Lot number at {label}
                  </label>
                  <input
                    id={`${s.key}-lot`}
                    type="text"
                    value={s.lotNumber}
                    onChange={(e) => onChange(s.key, { lotNumber: e.target.value })}
                    className="site-input"
                  />
                  <div className="field-error">{err('lotNumber')}</div>
                </td>
                <td>
                  <button type="button" className="btn btn-sm btn-danger" aria-label={`Remove ${label}`} onClick={() => onRemove(s.key)}>
                    Remove
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
