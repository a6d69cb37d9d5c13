import { addDays, endOfDay, parseISO } from 'date-fns';
import type { CHECK_IN_HANDLINGS, CHECK_IN_PAIN } from '@/db/value-sets';
import { followUpState, type FollowUpState } from './follow-up-schedule';
import { toIsoDate } from './outcome-rules';

/**
 * The check-in after every session with injections (docs/clinical-rules.md): due from `checkInFromDays` to
 * `checkInToDays` after the session (settings); a red flag is any "yes" or pain "much worse".
 */
export type CheckInPain = (typeof CHECK_IN_PAIN)[number];
export type CheckInHandling = (typeof CHECK_IN_HANDLINGS)[number];
export type CheckInState = FollowUpState;

export const CHECK_IN_PAIN_OPTIONS: readonly { value: CheckInPain; label: string }[] = [
  { value: 'better', label: 'Better' },
  { value: 'same', label: 'About the same' },
  { value: 'worse', label: 'Worse' },
  { value: 'much_worse', label: 'Much worse' },
];

/** The yes/no questions, each a warning sign when answered "yes". */
export const CHECK_IN_SYMPTOMS = [
  {
    key: 'spreadingRedness',
    question: 'Is there swelling or redness that is spreading around an injection site?',
    short: 'Spreading swelling or redness',
  },
  { key: 'fever', question: 'Have you had a fever (a temperature of 38 °C or more, or feeling hot and shivery)?', short: 'Fever' },
  { key: 'breathlessChestPain', question: 'Have you been short of breath, or had pain in your chest?', short: 'Shortness of breath or chest pain' },
  {
    key: 'posturalHeadache',
    question: 'Do you have a headache that gets worse when you sit or stand up, and eases when you lie down?',
    short: 'Headache worse sitting or standing',
  },
  { key: 'numbnessWeakness', question: 'Do you have new numbness or weakness (for example in an arm or a leg)?', short: 'New numbness or weakness' },
] as const;

export type CheckInSymptom = (typeof CHECK_IN_SYMPTOMS)[number]['key'];

export type CheckInAnswers = { pain: CheckInPain } & Record<CheckInSymptom, boolean>;

export const CHECK_IN_HANDLING_LABELS: Record<CheckInHandling, string> = {
  patient_contacted: 'Patient contacted',
  adverse_event_recorded: 'Adverse event recorded',
  no_action: 'No action needed',
};

export function checkInPainLabel(pain: CheckInPain): string {
  return CHECK_IN_PAIN_OPTIONS.find((o) => o.value === pain)?.label ?? pain;
}

/** The answers that are warning signs, in plain words (empty when none). */
export function redFlags(answers: CheckInAnswers): string[] {
  const flags: string[] = answers.pain === 'much_worse' ? ['Pain much worse'] : [];
  for (const s of CHECK_IN_SYMPTOMS) if (answers[s.key]) flags.push(s.short);
  return flags;
}

export function isRedFlag(answers: CheckInAnswers): boolean {
  return redFlags(answers).length > 0;
}

export interface CheckInWindow {
  windowStart: string;
  windowEnd: string;
}

/**
 * Whether a session with injections has a check-in: check-ins start on a date (setting `checkInsStartDate`, blank
 * for every session); one answered before it is kept all the same.
 */
export function hasCheckIn(sessionDate: string, answered: boolean, settings: { checkInsStartDate: string }): boolean {
  return answered || settings.checkInsStartDate === '' || sessionDate >= settings.checkInsStartDate;
}

/** The days (YYYY-MM-DD) in which a session's check-in is due. */
export function checkInWindow(sessionDate: string, settings: { checkInFromDays: number; checkInToDays: number }): CheckInWindow {
  const day = parseISO(sessionDate);
  const from = Math.min(settings.checkInFromDays, settings.checkInToDays);
  return { windowStart: toIsoDate(addDays(day, from)), windowEnd: toIsoDate(addDays(day, settings.checkInToDays)) };
}

/** upcoming before the window, due in it, answered, or missed once it passed unanswered. */
export function checkInState(window: CheckInWindow, answeredAt: string | null, today: string): CheckInState {
  return followUpState({ ...window, answeredAt }, today);
}

/**
 * A check-in link works from when it is made (often with the patient still in the room) until the end of the last
 * day of the window: an early warning sign is worth hearing, and after the window the check-in is missed.
 */
export function checkInLinkExpiry(window: CheckInWindow): Date {
  return endOfDay(parseISO(window.windowEnd));
}
