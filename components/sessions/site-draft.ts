import type { Side } from '@/lib/domain/body-map-layout';

export interface SiteDraft {
  key: string;
  siteCode: string;
  side: Side;
  injectionCount: string;
  dextrosePct: string;
  anaesthetic: string;
  volumeMl: string;
}

export interface SessionDraft {
  sessionDate: string;
  pain: string;
  mobility: string;
  sleep: string;
  ultrasoundGuided: boolean;
  needling: boolean;
  adverseEvent: string;
  adverseEventNote: string;
  notes: string;
  sites: SiteDraft[];
}

export interface SiteDefaults {
  dextrosePct: string;
  anaesthetic: string;
  volumeMl: string;
}

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
    adverseEvent: draft.adverseEvent,
    adverseEventNote: draft.adverseEventNote,
    notes: draft.notes,
    sites: draft.sites.map((s) => ({
      siteCode: s.siteCode,
      side: s.side,
      injectionCount: num(s.injectionCount),
      dextrosePct: num(s.dextrosePct),
      anaesthetic: s.anaesthetic,
      volumeMl: num(s.volumeMl),
    })),
  };
}
