/**
 * What the clinic asks about pain, mobility and sleep, in the same words wherever scores are entered (the session
 * form, a follow-up, the waiting-room questions), so every score means the same.
 */
export const RECALL_PERIOD = 'over the past week';

export const SCORE_QUESTIONS = {
  pain: {
    label: 'Pain',
    question: 'How much pain have you had over the past week?',
    low: 'no pain',
    high: 'worst pain imaginable',
    better: 'lower is better',
  },
  mobility: {
    label: 'Mobility',
    question: 'How well have you been able to move over the past week?',
    low: 'cannot move at all',
    high: 'full mobility',
    better: 'higher is better',
  },
  sleep: {
    label: 'Sleep',
    question: 'How well have you slept over the past week?',
    low: 'no sleep',
    high: 'best sleep',
    better: 'higher is better',
  },
} as const;

export type ScoreKey = keyof typeof SCORE_QUESTIONS;
export const SCORE_KEYS = Object.keys(SCORE_QUESTIONS) as ScoreKey[];

/** The hint a clinician sees beside each score: recall period, both anchors and the direction of better. */
export function scoreHint(key: ScoreKey): string {
  const q = SCORE_QUESTIONS[key];
  return `${RECALL_PERIOD[0].toUpperCase()}${RECALL_PERIOD.slice(1)} · 0 = ${q.low}, 10 = ${q.high} · ${q.better}`;
}

/** Patient global impression of change, 1–7. */
export const GLOBAL_IMPRESSION = [
  { value: 1, label: 'Very much improved' },
  { value: 2, label: 'Much improved' },
  { value: 3, label: 'A little improved' },
  { value: 4, label: 'No change' },
  { value: 5, label: 'A little worse' },
  { value: 6, label: 'Much worse' },
  { value: 7, label: 'Very much worse' },
] as const;

export function globalImpressionLabel(value: number | null | undefined): string {
  return GLOBAL_IMPRESSION.find((g) => g.value === value)?.label ?? '—';
}
