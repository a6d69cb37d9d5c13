'use client';

import { describeDose, type DoseTotal } from '@/lib/domain/anaesthetics';
import { siteLabel } from '@/lib/domain/sites';

/** Total anaesthetic of the session; above the maximum dose, a confirmation with a reason before saving. */
export function DoseSummary({
  dose,
  weightKg,
  dextroseWarnPct,
  highDextrose,
  confirmed,
  onConfirm,
  reason,
  onReason,
  error,
}: {
  dose: { totals: DoseTotal[]; exceeded: boolean };
  weightKg: number | null;
  dextroseWarnPct: number;
  highDextrose: string[];
  confirmed: boolean;
  onConfirm: (v: boolean) => void;
  reason: string;
  onReason: (v: string) => void;
  error?: string;
}) {
  return (
    <div data-testid="dose-summary">
      {dose.totals.length > 0 && (
        <p className="small">
          Total anaesthetic: {dose.totals.map(describeDose).join(', ')}
          {weightKg == null ? ' · no weight recorded: total limits only' : ` · for ${weightKg} kg`}
        </p>
      )}
      {highDextrose.length > 0 && (
        <div className="notice" role="note">
          Dextrose above {dextroseWarnPct} % at {highDextrose.map((code) => siteLabel(code, 'midline')).join(', ')}. Check the concentration.
        </div>
      )}
      {dose.exceeded && (
        <div className="form-error" role="alert" data-testid="dose-warning">
          <p>The anaesthetic is above the maximum dose for this patient. Saving needs your confirmation and a reason.</p>
          <label className="checkbox">
            <input type="checkbox" checked={confirmed} onChange={(e) => onConfirm(e.target.checked)} /> I confirm this dose
          </label>
          <div className="field">
            <label htmlFor="doseOverrideReason">Reason</label>
            <textarea
              id="doseOverrideReason"
              value={reason}
              onChange={(e) => onReason(e.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby="doseOverrideReason-error"
            />
          </div>
        </div>
      )}
      <span className="field-error" id="doseOverrideReason-error" aria-live="polite">
        {error}
      </span>
    </div>
  );
}
