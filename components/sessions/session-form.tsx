'use client';

import { useState, useTransition } from 'react';
import { sessionInputSchema, totalInjections } from '@/lib/validation/session';
import { fieldErrorsOf } from '@/lib/validation/form-errors';
import { findSite } from '@/lib/domain/sites';
import { saveSessionAction } from '@/lib/actions/session-actions';
import { BodyMap } from './body-map';
import type { Hotspot, Side } from '@/lib/domain/body-map-layout';
import { RegionSites, SiteSearch } from './site-picker';
import { SiteRows } from './site-rows';
import { AdverseEventRows } from './adverse-event-rows';
import { DoseSummary } from './dose-summary';
import { doseCheck, type InjectateContext } from '@/lib/domain/anaesthetics';
import { CONSENT_FIELD } from '@/lib/domain/consent';
import { ScoreInput } from './score-input';
import { SCORE_KEYS, SCORE_QUESTIONS, scoreHint } from '@/lib/domain/patient-questions';
import { PatientReportNote, type PatientReport } from '../follow-ups/patient-report-note';
import { draftKey, toPayload, type SessionDraft, type SiteDefaults, type SiteDraft } from './site-draft';

export interface PreviousSite {
  siteCode: string;
  side: Side;
  injectionCount: number;
  dextrosePct: number | null;
  anaesthetic: string | null;
  anaestheticAgent: string | null;
  anaestheticMl: number | null;
  volumeMl: number | null;
  lotNumber: string | null;
}

const asDraft = (s: PreviousSite): SiteDraft => ({
  key: draftKey(),
  siteCode: s.siteCode,
  side: s.side,
  injectionCount: String(s.injectionCount),
  dextrosePct: s.dextrosePct == null ? '' : String(s.dextrosePct),
  anaesthetic: s.anaesthetic ?? '',
  anaestheticAgent: s.anaestheticAgent ?? '',
  anaestheticMl: s.anaestheticMl == null ? '' : String(s.anaestheticMl),
  volumeMl: s.volumeMl == null ? '' : String(s.volumeMl),
  lotNumber: s.lotNumber ?? '',
});

export function SessionForm({
  courseId,
  sessionId,
  initial,
  previousSites,
  defaults,
  today,
  minDate,
  patientReport = null,
  injectate,
}: {
  courseId: number;
  sessionId: number | null;
  initial: Omit<SessionDraft, 'sites' | 'adverseEvents'> & { sites: PreviousSite[] };
  previousSites: PreviousSite[];
  defaults: SiteDefaults;
  today: string;
  minDate: string;
  /** Today's scores from the patient (waiting room or link): pre-filled, and kept beside any change. */
  patientReport?: PatientReport | null;
  /** The patient's weight and the clinic's dose and dextrose limits, to warn before saving. */
  injectate: InjectateContext;
}) {
  const [draft, setDraft] = useState<SessionDraft>(() => ({ ...initial, sites: initial.sites.map(asDraft), adverseEvents: [] }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [active, setActive] = useState<Hotspot | null>(null);
  const [pending, startTransition] = useTransition();

  const set = <K extends keyof SessionDraft>(key: K, value: SessionDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const isChosen = (code: string, side: Side) => draft.sites.some((s) => s.siteCode === code && s.side === side);
  const addSite = (code: string, side: Side) => {
    if (isChosen(code, side)) return;
    set('sites', [...draft.sites, { key: draftKey(), siteCode: code, side, injectionCount: '1', ...defaults }]);
  };
  const counts: Record<string, number> = {};
  for (const s of draft.sites) {
    const region = findSite(s.siteCode)?.region;
    if (region) counts[`${region}:${s.side}`] = (counts[`${region}:${s.side}`] ?? 0) + 1;
  }
  const total = totalInjections(draft.sites);
  const dose = doseCheck(toPayload(draft).sites, injectate.weightKg, injectate.settings);
  const [doseConfirmed, setDoseConfirmed] = useState(Boolean(initial.doseOverrideReason));

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (pending) return;
    const payload = { ...toPayload(draft), patientReportId: patientReport?.id ?? null };
    const checked = sessionInputSchema.safeParse(payload);
    const doseError =
      dose.exceeded && (!doseConfirmed || !draft.doseOverrideReason.trim())
        ? { doseOverrideReason: 'Confirm the dose above the maximum and give a reason' }
        : null;
    if (!checked.success || doseError) {
      setErrors({ ...(checked.success ? {} : fieldErrorsOf(checked.error)), ...doseError });
      setMessage('Some fields need attention. Nothing has been saved yet.');
      return;
    }
    setErrors({});
    setMessage(null);
    startTransition(async () => {
      const result = await saveSessionAction(courseId, sessionId, payload);
      if (result) {
        setErrors(result.errors ?? {});
        setMessage(result.message ?? null);
      }
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Session" className="session-form">
      <div aria-live="assertive" role="alert">
        {message && (
          <div className="form-error">
            {message}
            {errors[CONSENT_FIELD] && (
              <>
                {' '}
                <a href={`/courses/${courseId}#consent`} target="_blank" rel="noopener" data-testid="record-consent-link">
                  Record consent (opens in a new tab)
                </a>
              </>
            )}
          </div>
        )}
      </div>
      <div className="session-grid">
        <section className="card" aria-labelledby="scores-heading">
          <h2 id="scores-heading">Date and scores</h2>
          <div className="field field-date">
            <label htmlFor="sessionDate">Session date</label>
            <input
              id="sessionDate"
              type="date"
              value={draft.sessionDate}
              min={minDate}
              max={today}
              onChange={(e) => set('sessionDate', e.target.value)}
              aria-invalid={errors.sessionDate ? true : undefined}
              aria-describedby="sessionDate-error"
            />
            <span className="field-error" id="sessionDate-error" aria-live="polite">
              {errors.sessionDate}
            </span>
          </div>
          {patientReport && <PatientReportNote report={patientReport} draft={draft} />}
          {SCORE_KEYS.map((key) => (
            <ScoreInput
              key={key}
              name={key}
              label={SCORE_QUESTIONS[key].label}
              hint={scoreHint(key)}
              lowLabel={SCORE_QUESTIONS[key].low}
              highLabel={SCORE_QUESTIONS[key].high}
              value={draft[key]}
              error={errors[key]}
              onChange={(v) => set(key, v)}
            />
          ))}
          <div className="toolbar toolbar-roomy">
            <label className="checkbox">
              <input type="checkbox" checked={draft.ultrasoundGuided} onChange={(e) => set('ultrasoundGuided', e.target.checked)} />
              Ultrasound-guided
            </label>
            <label className="checkbox">
              <input type="checkbox" checked={draft.needling} onChange={(e) => set('needling', e.target.checked)} />
              Needling performed
            </label>
          </div>
        </section>
        <section className="card" aria-labelledby="map-heading">
          <h2 id="map-heading">Injected sites</h2>
          <p className="muted small card-intro">Tap a region on the body map, or search the list.</p>
          <div className="map-and-panel">
            <BodyMap active={active} counts={counts} onSelect={setActive} />
            <div className="map-panel">
              {active ? (
                <RegionSites region={active.region} side={active.side} isChosen={isChosen} onAdd={addSite} onClose={() => setActive(null)} />
              ) : (
                <p className="muted small">No region selected.</p>
              )}
              <SiteSearch isChosen={isChosen} onAdd={addSite} />
            </div>
          </div>
        </section>
      </div>
      <section className="card" aria-labelledby="sites-heading">
        <div className="card-header">
          <h2 id="sites-heading">
            Sites this session ·{' '}
            <span data-testid="injection-total" aria-live="polite">
              {total}
            </span>{' '}
            injection{total === 1 ? '' : 's'}
          </h2>
          {previousSites.length > 0 && (
            <button type="button" className="btn btn-sm" onClick={() => set('sites', previousSites.map(asDraft))}>
              Same sites as last session
            </button>
          )}
        </div>
        <DoseSummary
          dose={dose}
          weightKg={injectate.weightKg}
          dextroseWarnPct={injectate.settings.dextroseWarnPct}
          highDextrose={draft.sites.filter((x) => Number(x.dextrosePct) > injectate.settings.dextroseWarnPct).map((x) => x.siteCode)}
          confirmed={doseConfirmed}
          onConfirm={setDoseConfirmed}
          reason={draft.doseOverrideReason}
          onReason={(v) => set('doseOverrideReason', v)}
          error={errors.doseOverrideReason}
        />
        <SiteRows
          sites={draft.sites}
          errors={errors}
          onChange={(key, patch) =>
            set(
              'sites',
              draft.sites.map((s) => (s.key === key ? { ...s, ...patch } : s)),
            )
          }
          onRemove={(key) =>
            set(
              'sites',
              draft.sites.filter((s) => s.key !== key),
            )
          }
        />
      </section>
      <section className="card" aria-labelledby="events-heading">
        <h2 id="events-heading">Adverse events and notes</h2>
        <AdverseEventRows
          events={draft.adverseEvents}
          errors={errors}
          sessionDate={draft.sessionDate}
          onChange={(events) => set('adverseEvents', events)}
        />
        <div className="field">
          <label htmlFor="notes">Session notes</label>
          <textarea id="notes" value={draft.notes} onChange={(e) => set('notes', e.target.value)} aria-describedby="notes-error" />
          <span className="field-error" id="notes-error">
            {errors.notes}
          </span>
        </div>
      </section>
      <div className="sticky-actions">
        <span className="muted">
          {draft.sites.length} site{draft.sites.length === 1 ? '' : 's'} · {total} injection{total === 1 ? '' : 's'}
        </span>
        <button className="btn btn-primary" type="submit" disabled={pending} aria-disabled={pending}>
          {pending ? 'Saving…' : sessionId ? 'Save changes' : 'Save session'}
        </button>
      </div>
    </form>
  );
}
