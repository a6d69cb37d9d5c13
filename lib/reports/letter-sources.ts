import 'server-only';
import { ADVERSE_EVENT_LABELS } from '../domain/labels';
import { formatDate } from '../domain/dates';
import type { AdverseEvent } from '@/db/schema';
import type { LetterAdverseEvent, LetterFollowUp } from './letter-content';

interface RecordForLetter {
  course: { id: number };
  sessions: readonly { number: number; sessionDate: string; adverseEvent: AdverseEvent; adverseEventNote: string | null }[];
}

/** The course's adverse events as its letter lists them: read here, and only here, from what the sessions record. */
export function adverseEventsForLetter(record: RecordForLetter): LetterAdverseEvent[] {
  return record.sessions
    .filter((s) => s.adverseEvent !== 'none')
    .map((s) => ({ date: formatDate(s.sessionDate), sessionNumber: s.number, type: ADVERSE_EVENT_LABELS[s.adverseEvent], note: s.adverseEventNote }));
}

/** Answered follow-ups after the course's last injection, for its letter. The clinic records none yet. */
export function followUpResultsForLetter(courseId: number): LetterFollowUp[] {
  void courseId;
  return [];
}
