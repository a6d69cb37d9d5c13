import type { Injection, TreatmentSession } from '@/db/schema';
import { conditionLabel } from '../domain/conditions';
import { regionLabel } from '../domain/regions';
import { siteLabel } from '../domain/sites';
import { formatDate, formatLongDate } from '../domain/dates';
import { patientName } from '../domain/patient-name';
import { MEASURES, type Measure } from '../domain/outcome-rules';
import { changeText, responderLabel, responderRuleText } from '../domain/course-figures';
import type { summariseCourse } from '../domain/course-summary';
import type { OutcomeSettings } from '../domain/settings';
import { plural } from '../outcomes/format';
import { bodyMapMarks, type BodyMapMark } from './body-map-marks';

/** An adverse event as the letter reports it (see `adverseEventsForLetter`). */
export interface LetterAdverseEvent {
  date: string;
  sessionNumber: number;
  type: string;
  note: string | null;
}

/** A follow-up answer as the letter reports it (see `followUpResultsForLetter`). */
export interface LetterFollowUp {
  timePoint: string;
  answeredOn: string;
  pain: number | null;
  mobility: number | null;
  sleep: number | null;
  globalImpression: string | null;
}

type LetterSession = Pick<TreatmentSession, 'sessionDate' | 'pain' | 'mobility' | 'sleep' | 'ultrasoundGuided' | 'needling'> & {
  number: number;
  injections: number;
  sites: Pick<Injection, 'siteCode' | 'side' | 'injectionCount' | 'dextrosePct' | 'anaesthetic'>[];
};

/** What a letter is made from: the course page's record plus the letter's own parts. */
export interface LetterInput {
  clinic: { name: string; address: string };
  referrer: { name: string; practice: string | null; address: string | null } | null;
  patient: { givenName: string; familyName: string; dateOfBirth: string; mrn: string };
  course: {
    id: number;
    condition: string;
    region: string;
    side: string;
    status: string;
    startDate: string;
    endDate: string | null;
    endReason: string | null;
    plannedSessions: number;
    intervalWeeks: number;
  };
  specialistName: string;
  sessions: readonly LetterSession[];
  summary: ReturnType<typeof summariseCourse>;
  /** The thresholds `summary` was computed with. */
  settings: OutcomeSettings;
  adverseEvents: readonly LetterAdverseEvent[];
  followUps: readonly LetterFollowUp[];
  plan: string;
  /** The letter's date, YYYY-MM-DD. */
  date: string;
}

export interface ScoreRow {
  measure: string;
  direction: string;
  baseline: string;
  latest: string;
  change: string;
}

export interface LetterContent {
  clinic: { name: string; addressLines: string[] };
  date: string;
  reference: string;
  recipient: { name: string; lines: string[] } | null;
  salutation: string;
  patientLine: string;
  courseLine: string;
  summary: string[];
  scores: ScoreRow[];
  scoresCaption: string;
  responder: { label: string; detail: string; rule: string };
  chart: { label: string; pain: number | null; mobility: number | null; sleep: number | null }[];
  sessions: { number: number; date: string; pain: string; mobility: string; sleep: string; injections: number; sites: string; notes: string }[];
  bodyMap: BodyMapMark[];
  adverseEvents: LetterAdverseEvent[];
  followUps: LetterFollowUp[];
  plan: string[];
  signature: { name: string; role: string; clinic: string };
}

const MEASURE_WORDS: Record<Measure, { label: string; direction: string }> = {
  pain: { label: 'Pain', direction: 'lower is better' },
  mobility: { label: 'Mobility', direction: 'higher is better' },
  sleep: { label: 'Sleep', direction: 'higher is better' },
};

const score = (value: number | null | undefined) => (value == null ? '—' : String(value));

/** Address lines: the clinic's address is one line with commas between parts, a referrer's has a part per line. */
function lines(text: string | null, separator: RegExp): string[] {
  return (text ?? '')
    .split(separator)
    .map((l) => l.trim())
    .filter(Boolean);
}

function courseStatusSentence(c: LetterInput['course']): string {
  if (c.status === 'completed') return `The course was completed on ${formatDate(c.endDate)}${c.endReason ? ` (${c.endReason})` : ''}.`;
  if (c.status === 'discontinued') return `The course was discontinued on ${formatDate(c.endDate)}${c.endReason ? ` (${c.endReason})` : ''}.`;
  return 'Treatment is continuing.';
}

function responderSentence(input: LetterInput, rule: string): string {
  const { responder, sessionsToResponse } = input.summary;
  if (responder === null) return 'Response cannot be judged yet: that needs a pain score at baseline and at a later session.';
  if (responder) return `This meets the clinic’s responder rule (${rule})${sessionsToResponse ? `, first at session ${sessionsToResponse}` : ''}.`;
  return `This ${input.course.status === 'active' ? 'does not yet meet' : 'did not meet'} the clinic’s responder rule (${rule}).`;
}

function sessionSites(s: LetterSession): string {
  if (s.sites.length === 0) return 'Review, no injections';
  return s.sites.map((x) => `${siteLabel(x.siteCode, x.side)} ×${x.injectionCount}`).join('; ');
}

function sessionNotes(s: LetterSession): string {
  const dextrose = [...new Set(s.sites.map((x) => x.dextrosePct).filter((d) => d != null))];
  const anaesthetic = [...new Set(s.sites.map((x) => x.anaesthetic).filter(Boolean))];
  return [
    dextrose.length ? `dextrose ${dextrose.join('/')} %` : '',
    anaesthetic.join(', '),
    s.sites.length && s.ultrasoundGuided ? 'ultrasound-guided' : '',
    s.needling ? 'needling' : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The letter's words and figures; scores, change and responder status are the course page's, as shown there. */
export function letterContent(input: LetterInput): LetterContent {
  const { summary, course, patient } = input;
  const name = patientName(patient);
  const active = course.status === 'active';
  const assessable = summary.sessionsDone > 1;
  const rule = responderRuleText(input.settings);
  const condition = conditionLabel(course.condition);
  const sided = course.side !== 'midline' ? `, ${course.side}` : '';
  const place = `${regionLabel(course.region)}${sided}`;
  const treated = `${condition.toLowerCase()}${sided ? ` (${course.side === 'bilateral' ? 'both sides' : `${course.side} side`})` : ''}`;
  const first = input.sessions[0];
  const last = input.sessions.at(-1);
  const changes = MEASURES.map(
    (m) => `${m} ${score(summary.baseline?.[m])} to ${score(summary.latest?.[m])} (${changeText(summary.change[m], assessable)})`,
  );
  const summaryText = [
    first && last
      ? `${patient.givenName} has had ${plural(summary.sessionsDone, 'prolotherapy session')} for ${treated} between ${formatDate(first.sessionDate)} and ${formatDate(last.sessionDate)}, of ${summary.plannedSessions} planned at ${course.intervalWeeks}-weekly intervals. ${courseStatusSentence(course)}`
      : `${patient.givenName} started a course of prolotherapy for ${treated} on ${formatDate(course.startDate)}; no session has been recorded yet.`,
    ...(first && last ? [`On the 0–10 scales, from baseline to the latest session: ${changes.join(', ')}. ${responderSentence(input, rule)}`] : []),
    input.adverseEvents.length === 0
      ? 'No adverse events have been recorded.'
      : `${plural(input.adverseEvents.length, 'adverse event')} ${input.adverseEvents.length === 1 ? 'was' : 'were'} recorded; details are below.`,
  ];
  const recipientName = input.referrer?.name ?? null;
  return {
    clinic: { name: input.clinic.name, addressLines: lines(input.clinic.address, /,/) },
    date: formatLongDate(input.date),
    reference: `MRN ${patient.mrn} · course ${course.id}`,
    recipient: input.referrer
      ? { name: input.referrer.name, lines: [input.referrer.practice ?? '', ...lines(input.referrer.address, /\r?\n/)].filter(Boolean) }
      : null,
    salutation: recipientName ? `Dear ${recipientName},` : 'Dear colleague,',
    patientLine: `Re: ${name}, born ${formatDate(patient.dateOfBirth)}, MRN ${patient.mrn}`,
    courseLine: `${condition} · ${place} · started ${formatDate(course.startDate)}`,
    summary: summaryText,
    scores: MEASURES.map((m) => ({
      measure: MEASURE_WORDS[m].label,
      direction: MEASURE_WORDS[m].direction,
      baseline: score(summary.baseline?.[m]),
      latest: score(summary.latest?.[m]),
      change: changeText(summary.change[m], assessable),
    })),
    scoresCaption:
      first && last
        ? `Baseline: session 1, ${formatDate(first.sessionDate)}. Latest: session ${last.number}, ${formatDate(last.sessionDate)}. Scores 0–10 over the past week.`
        : 'No scores recorded yet.',
    responder: {
      label: responderLabel(summary.responder, active),
      detail: summary.sessionsToResponse ? `first met at session ${summary.sessionsToResponse}` : '',
      rule: `Responder: ${rule}.`,
    },
    chart: input.sessions.map((s) => ({ label: String(s.number), pain: s.pain, mobility: s.mobility, sleep: s.sleep })),
    sessions: input.sessions.map((s) => ({
      number: s.number,
      date: formatDate(s.sessionDate),
      pain: score(s.pain),
      mobility: score(s.mobility),
      sleep: score(s.sleep),
      injections: s.injections,
      sites: sessionSites(s),
      notes: sessionNotes(s),
    })),
    bodyMap: bodyMapMarks(input.sessions),
    adverseEvents: [...input.adverseEvents],
    followUps: [...input.followUps],
    plan: input.plan
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean),
    signature: { name: input.specialistName, role: 'Prolotherapy specialist', clinic: input.clinic.name },
  };
}
