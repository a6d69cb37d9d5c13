'use client';

import { useState, useTransition } from 'react';
import { sessionInputSchema, totalInjections } from '@/lib/validation/session';
import { fieldErrorsOf } from '@/lib/validation/form-errors';
import { ADVERSE_EVENTS } from '@/db/value-sets';
import { ADVERSE_EVENT_LABELS } from '@/lib/domain/labels';
import { findSite } from '@/lib/domain/sites';
import { saveSessionAction } from '@/lib/actions/session-actions';
import { BodyMap } from './body-map';
import type { Hotspot, Side } from '@/lib/domain/body-map-layout';
import { RegionSites, SiteSearch } from './site-picker';
import { SiteRows } from './site-rows';
import { ScoreInput } from './score-input';
import { draftKey, toPayload, type SessionDraft, type SiteDefaults, type SiteDraft } from './site-draft';

export interface PreviousSite {
  siteCode: string;
  side: Side;
  injectionCount: number;
  dextrosePct: number | null;
  anaesthetic: string | null;
  volumeMl: number | null;
}

const asDraft = (s: PreviousSite): SiteDraft => ({
  key: draftKey(),
  siteCode: s.siteCode,
  side: s.side,
  injectionCount: String(s.injectionCount),
  dextrosePct: s.dextrosePct == null ? '' : String(s.dextrosePct),
  anaesthetic: s.anaesthetic ?? '',
  volumeMl: s.volumeMl == null ? '' : String(s.volumeMl),
});

export function SessionForm({
  courseId,
  sessionId,
  initial,
  previousSites,
  defaults,
  today,
  minDate,
}: {
  courseId: number;
  sessionId: number | null;
  initial: Omit<SessionDraft, 'sites'> & { sites: PreviousSite[] };
  previousSites: PreviousSite[];
  defaults: SiteDefaults;
  today: string;
  minDate: string;
}) {
  const [draft, setDraft] = useState<SessionDraft>(() => ({ ...initial, sites: initial.sites.map(asDraft) }));
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

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (pending) return;
    const payload = toPayload(draft);
    const checked = sessionInputSchema.safeParse(payload);
    if (!checked.success) {
      setErrors(fieldErrorsOf(checked.error));
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
        {message && <div className="form-error">{message}</div>}
      </div>
      <div className="session-grid">
        <section className="card" aria-labelledby="scores-heading">
          <h2 id="scores-heading">Date and scores</h2>
          <div className="field" style={{ maxWidth: 240, marginTop: 12 }}>
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
          <ScoreInput name="pain" label="Pain" hint="0 = no pain · lower is better" lowLabel="no pain" highLabel="worst pain" value={draft.pain} error={errors.pain} onChange={(v) => set('pain', v)} colour="var(--pain)" />
          <ScoreInput name="mobility" label="Mobility" hint="10 = full mobility · higher is better" lowLabel="immobile" highLabel="full mobility" value={draft.mobility} error={errors.mobility} onChange={(v) => set('mobility', v)} colour="var(--mobility)" />
          <ScoreInput name="sleep" label="Sleep" hint="10 = best sleep · higher is better" lowLabel="no sleep" highLabel="best sleep" value={draft.sleep} error={errors.sleep} onChange={(v) => set('sleep', v)} colour="var(--sleep)" />
          <div className="toolbar" style={{ gap: 24 }}>
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
          <p className="muted small" style={{ margin: '4px 0 10px' }}>
            Tap a region on the body map, or search the list.
          </p>
          <div className="map-and-panel">
            <BodyMap active={active} counts={counts} onSelect={setActive} />
            <div style={{ flex: 1, minWidth: 0 }}>
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
        <div className="page-header" style={{ marginBottom: 10, alignItems: 'center' }}>
          <h2 id="sites-heading">
            Sites this session · <span data-testid="injection-total" aria-live="polite">{total}</span> injection{total === 1 ? '' : 's'}
          </h2>
          {previousSites.length > 0 && (
            <button type="button" className="btn btn-sm" onClick={() => set('sites', previousSites.map(asDraft))}>
              Same sites as last session
            </button>
          )}
        </div>
        <SiteRows
          sites={draft.sites}
          errors={errors}
          onChange={(key, patch) => set('sites', draft.sites.map((s) => (s.key === key ? { ...s, ...patch } : s)))}
          onRemove={(key) => set('sites', draft.sites.filter((s) => s.key !== key))}
        />
      </section>
      <section className="card" aria-labelledby="events-heading">
        <h2 id="events-heading">Adverse event and notes</h2>
        <div className="form-grid" style={{ marginTop: 12 }}>
          <div className="field">
            <label htmlFor="adverseEvent">Adverse event</label>
            <select id="adverseEvent" value={draft.adverseEvent} onChange={(e) => set('adverseEvent', e.target.value)} aria-describedby="adverseEvent-error">
              {ADVERSE_EVENTS.map((a) => (
                <option key={a} value={a}>
                  {ADVERSE_EVENT_LABELS[a]}
                </option>
              ))}
            </select>
            <span className="field-error" id="adverseEvent-error">{errors.adverseEvent}</span>
          </div>
          {draft.adverseEvent !== 'none' && (
            <div className="field" style={{ gridColumn: 'span 2' }}>
              <label htmlFor="adverseEventNote">What happened</label>
              <textarea id="adverseEventNote" value={draft.adverseEventNote} onChange={(e) => set('adverseEventNote', e.target.value)} aria-invalid={errors.adverseEventNote ? true : undefined} aria-describedby="adverseEventNote-error" />
              <span className="field-error" id="adverseEventNote-error" aria-live="polite">{errors.adverseEventNote}</span>
            </div>
          )}
        </div>
        <div className="field">
          <label htmlFor="notes">Session notes</label>
          <textarea id="notes" value={draft.notes} onChange={(e) => set('notes', e.target.value)} aria-describedby="notes-error" />
          <span className="field-error" id="notes-error">{errors.notes}</span>
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
