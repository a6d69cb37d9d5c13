import type { CheckInFigures } from '@/lib/check-ins/stats';
import { wilson95, type RateCi } from './stats';

/** A check-in rate with the courses its n rests on; `small` below the minGroupSize setting. */
export interface CheckInRate extends RateCi {
  courses: number;
  small: boolean;
}

export interface CheckInRates {
  /** Check-ins answered or whose window has closed: the completion rate's n. */
  due: number;
  answered: number;
  /** Window closed without an answer. */
  missed: number;
  /** Window open and not yet answered: outside the rates until answered or closed. */
  pending: number;
  /** Answered over due. */
  completion: CheckInRate;
  /** Answered with at least one warning sign over answered. */
  redFlag: CheckInRate;
  /** Red flags whose handling is recorded, and those still waiting for it. */
  handled: number;
  unhandled: number;
}

function rate(count: number, n: number, courses: number, minGroupSize: number): CheckInRate {
  return { ...wilson95(count, n), courses, small: courses < minGroupSize };
}

/** The safety view's check-in completion and red-flag rates from the check-in counts. */
export function checkInRates(f: CheckInFigures, minGroupSize: number): CheckInRates {
  const due = f.answered + f.missed;
  return {
    due,
    answered: f.answered,
    missed: f.missed,
    pending: f.due - due,
    completion: rate(f.answered, due, f.closedCourses, minGroupSize),
    redFlag: rate(f.redFlagged, f.answered, f.answeredCourses, minGroupSize),
    handled: f.handled,
    unhandled: f.redFlagged - f.handled,
  };
}
