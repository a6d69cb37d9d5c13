import { describe, expect, it } from 'vitest';
import {
  changeFromBaseline,
  daysPastDue,
  isOverdue,
  isResponder,
  isSubstantialResponse,
  lowBaselineText,
  meetsResponderRule,
  nextDueDate,
  painTrend,
  sessionsToResponse,
} from '@/lib/domain/outcome-rules';
import { OUTCOME_SETTINGS } from '@/lib/domain/settings';

const s = (sessionDate: string, pain: number | null, mobility: number | null = null, sleep: number | null = null) => ({
  sessionDate,
  pain,
  mobility,
  sleep,
});

describe('responder rule', () => {
  it('needs a 2-point and a 30 % reduction from a baseline of at least 4', () => {
    expect(meetsResponderRule(8, 6)).toBe(false); // 2 points but 25 %: was a responder under the old "or" rule
    expect(meetsResponderRule(3, 2)).toBe(false); // 33 % but 1 point and baseline below 4: was a responder under "or"
    expect(meetsResponderRule(8, 7)).toBe(false); // 1 point, 12.5 %
    expect(meetsResponderRule(5, 6)).toBe(false); // worse
  });

  it('follows the responder table', () => {
    const course = (baseline: number, latest: number) => [s('2026-01-01', baseline), s('2026-04-01', latest)];
    expect(isResponder(course(3, 1))).toBeNull(); // not assessable: baseline below 4
    expect(isResponder(course(8, 6))).toBe(false); // 2 points, 25 %
    expect(isResponder(course(8, 5))).toBe(true);
    expect(isResponder(course(10, 7))).toBe(true); // exactly 30 %
    expect(isResponder(course(6, 3))).toBe(true);
    expect(isSubstantialResponse(6, 3)).toBe(true); // 50 %
    expect(isSubstantialResponse(8, 5)).toBe(false); // 37.5 %
  });

  it('reads every threshold from the settings', () => {
    const lenient = { ...OUTCOME_SETTINGS, responderMinBaseline: 2, responderAbsoluteReduction: 1, responderRelativeReduction: 0.7 };
    expect(isResponder([s('2026-01-01', 3), s('2026-02-01', 1)], lenient)).toBe(false); // 67 % < 70 %
    expect(isResponder([s('2026-01-01', 10), s('2026-02-01', 3)], lenient)).toBe(true); // 70 % of 10 is 7
    expect(isResponder([s('2026-01-01', 3), s('2026-02-01', 0)], lenient)).toBe(true);
    expect(lowBaselineText({ ...OUTCOME_SETTINGS, responderMinBaseline: 5 })).toBe('not assessable: baseline pain below 5');
  });

  it('uses the latest recorded session, in date order', () => {
    expect(isResponder([s('2026-03-01', 4), s('2026-01-01', 8), s('2026-02-01', 6)])).toBe(true);
    expect(isResponder([s('2026-01-01', 8), s('2026-02-01', 5), s('2026-03-01', 8)])).toBe(false);
  });

  it('is not assessable with a single session or no pain scores', () => {
    expect(isResponder([s('2026-01-01', 8)])).toBeNull();
    expect(isResponder([s('2026-01-01', null), s('2026-02-01', null)])).toBeNull();
  });

  it('does not assess a baseline of 0', () => {
    expect(isResponder([s('2026-01-01', 0), s('2026-02-01', 0)])).toBeNull();
  });

  it('skips sessions with missing pain', () => {
    expect(isResponder([s('2026-01-01', 7), s('2026-02-01', 4), s('2026-03-01', null)])).toBe(true);
  });

  it('finds the session number of first response', () => {
    expect(sessionsToResponse([s('2026-01-01', 8), s('2026-02-01', 7), s('2026-03-01', 5), s('2026-04-01', 2)])).toBe(3);
    expect(sessionsToResponse([s('2026-01-01', 8), s('2026-02-01', 8)])).toBeNull();
    expect(sessionsToResponse([s('2026-01-01', 8)])).toBeNull();
  });
});

describe('change from baseline', () => {
  it('is latest minus baseline for each score', () => {
    const sessions = [s('2026-01-01', 8, 3, 4), s('2026-02-01', 6, 5, 5), s('2026-03-01', 3, 7, 8)];
    expect(changeFromBaseline(sessions, 'pain')).toBe(-5);
    expect(changeFromBaseline(sessions, 'mobility')).toBe(4);
    expect(changeFromBaseline(sessions, 'sleep')).toBe(4);
  });

  it('is 0 for a single session and null with no scores', () => {
    expect(changeFromBaseline([s('2026-01-01', 8)], 'pain')).toBe(0);
    expect(changeFromBaseline([s('2026-01-01', null)], 'pain')).toBeNull();
    expect(changeFromBaseline([], 'pain')).toBeNull();
  });

  it('ignores sessions where the score is missing', () => {
    expect(changeFromBaseline([s('2026-01-01', null), s('2026-02-01', 7), s('2026-03-01', 5), s('2026-04-01', null)], 'pain')).toBe(-2);
  });
});

describe('next due and overdue', () => {
  it('adds the course interval to the last session', () => {
    expect(nextDueDate('2026-01-05', 4)).toBe('2026-02-02');
    expect(nextDueDate('2026-12-20', 6)).toBe('2027-01-31');
    expect(nextDueDate(null, 4)).toBeNull();
  });

  it('is overdue only when more than 7 days past due on an active course', () => {
    const course = { status: 'active', lastSessionDate: '2026-01-05', intervalWeeks: 4 };
    expect(daysPastDue('2026-02-02', '2026-02-09')).toBe(7);
    expect(isOverdue(course, '2026-02-09')).toBe(false); // exactly 7 days
    expect(isOverdue(course, '2026-02-10')).toBe(true); // 8 days
    expect(isOverdue({ ...course, status: 'completed' }, '2026-06-01')).toBe(false);
    expect(isOverdue({ ...course, lastSessionDate: null }, '2026-06-01')).toBe(false);
  });
});

describe('pain trend', () => {
  it('reads lower pain as better', () => {
    expect(painTrend(6, 4)).toBe('better');
    expect(painTrend(4, 6)).toBe('worse');
    expect(painTrend(4, 4)).toBe('same');
    expect(painTrend(null, 4)).toBeNull();
  });
});
