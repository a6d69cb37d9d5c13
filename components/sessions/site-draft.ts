import type { Side } from '@/lib/domain/body-map-layout';

export interface SiteDraft {
  key: string;
  siteCode: string;
  side: Side;
  injectionCount: string;
  dextrosePct: string;
  anaesthetic: string;
  anaestheticAgent: string;
  anaestheticMl: string;
  volumeMl: string;
  lotNumber: string;
}

export interface SessionDraft {
  sessionDate: string;
  pain: string;
  mobility: string;
  sleep: string;
  ultrasoundGuided: boolean;
  needling: boolean;
  notes: string;
  doseOverrideReason: string;
  sites: SiteDraft[];
  adverseEvents: AdverseEventDraft[];
}

/** A new adverse event typed on the session form, attributed to this session. */
export interface AdverseEventDraft {
  key: string;
  type: string;
  description: string;
  severity: string;
  serious: boolean;
  onsetDate: string;
  resolutionDate: string;
  actionTaken: string;
}

export type SiteDefaults = Omit<SiteDraft, 'key' | 'siteCode' | 'side' | 'injectionCount'>;

let counter = 0;
export function draftKey(): string {
  counter += 1;
  return `site-${counter}`;
}

const num = (value: string): number | null => (value.trim() === '' ? null : Number(value));

/** The payload the shared zod schema validates, on the client and again on the server. */
export function toPayload(draft: SessionDraft) {
  return {
    sessionDate: draft.sessionDate,
    pain: num(draft.pain),
    mobility: num(draft.mobility),
    sleep: num(draft.sleep),
    ultrasoundGuided: draft.ultrasoundGuided,
    needling: draft.needling,
    notes: draft.notes,
    doseOverrideReason: draft.doseOverrideReason,
    sites: draft.sites.map((s) => ({
      siteCode: s.siteCode,
      side: s.side,
      injectionCount: num(s.injectionCount),
      dextrosePct: num(s.dextrosePct),
      anaesthetic: s.anaesthetic,
      anaestheticAgent: s.anaestheticAgent || null,
      anaestheticMl: num(s.anaestheticMl),
      volumeMl: num(s.volumeMl),
      lotNumber: s.lotNumber,
    })),
    adverseEvents: draft.adverseEvents.map(({ key: _key, ...e }) => e),
  };
}
