import { describe, expect, it } from 'vitest';
import { injectionsSentence, scoresSentence, sessionAxisLabel, statusHint, summariseCourse } from '@/lib/domain/course-summary';
import { responderRuleText } from '@/lib/domain/outcome-rules';
import { OUTCOME_SETTINGS, type OutcomeSettings } from '@/lib/domain/settings';

const course = { status: 'active', intervalWeeks: 4, plannedSessions: 4, endDate: null, endReason: null };
const session = (sessionDate: string, pain: number | null, mobility: number | null, sleep: number | null, injections: number) => ({
  sessionDate,
  pain,
  mobility,
  sleep,
  injections,
});
const sessions = [session('2026-01-05', 8, 3, 4, 6), session('2026-02-02', 7, 5, 5, 4), session('2026-03-02', 6, 7, 6, 3)];

describe('course page sentences', () => {
  it('describes the scores from baseline to the latest session', () => {
    const summary = summariseCourse(course, sessions, '2026-03-10');
    expect(scoresSentence(summary)).toBe('Pain 8 → 6, mobility 3 → 7, sleep 4 → 6 from baseline to the latest session.');
    expect(scoresSentence(summariseCourse(course, [], '2026-03-10'))).toBe('No scores yet.');
  });

  it('lists every session’s injections', () => {
    expect(injectionsSentence(sessions)).toBe('Injections per session: 6, 4, 3 (session 1 to 3).');
    expect(injectionsSentence([])).toBe('No sessions yet.');
  });

  it('labels a session by number and day on the chart axis', () => {
    expect(sessionAxisLabel({ number: 2, sessionDate: '2026-03-12' })).toBe('2 · 12 Mar');
  });

  it('says when the course responded, how it ended, or what responding means', () => {
    // Pain 8 → 6 no longer responds (25 %, the rule is now "and"); 8 → 7 → 5 does, at session 3.
    const responding = [sessions[0], sessions[1], { ...sessions[2], pain: 5 }];
    const responded = summariseCourse(course, responding, '2026-03-10');
    expect(statusHint(course, responded)).toBe('responded at session 3');
    const low = summariseCourse(course, [session('2026-01-05', 3, 5, 5, 2), session('2026-02-02', 1, 6, 6, 2)], '2026-03-10');
    expect([low.responder, statusHint(course, low)]).toEqual([null, 'not assessable: baseline pain below 4']);
    const notYet = summariseCourse(course, sessions.slice(0, 2), '2026-03-10');
    expect(statusHint(course, notYet)).toBe(`responder: ${responderRuleText()}`);
    const closed = { ...course, status: 'completed', endDate: '2026-03-20', endReason: 'goals met' };
    expect(statusHint(closed, summariseCourse(closed, sessions, '2026-03-30'))).toBe('20 Mar 2026 · goals met');
  });
});

describe('responder rule in words', () => {
  it('is built from the settings, not typed in', () => {
    expect(responderRuleText()).toBe(
      `pain down by ≥ ${OUTCOME_SETTINGS.responderAbsoluteReduction} points and ≥ ${OUTCOME_SETTINGS.responderRelativeReduction * 100} % of baseline (baseline ≥ ${OUTCOME_SETTINGS.responderMinBaseline})`,
    );
    const stricter = {
      ...OUTCOME_SETTINGS,
      responderRelativeReduction: 0.5,
      responderAbsoluteReduction: 3,
      responderMinBaseline: 5,
    } as unknown as OutcomeSettings;
    expect(responderRuleText(stricter)).toBe('pain down by ≥ 3 points and ≥ 50 % of baseline (baseline ≥ 5)');
  });
});

describe('primary time point on the course page', () => {
  const closed = { ...course, status: 'completed', endDate: '2026-03-20', endReason: 'goals met' };
  const answered = (timePoint: string, answeredAt: string, pain: number) => ({ timePoint, answeredAt: `${answeredAt}T10:00:00.000Z`, pain });

  it('judges at the 3-month follow-up when answered, else at the latest score', () => {
    const atSession = summariseCourse(closed, sessions, '2026-07-01');
    expect([atSession.responder, atSession.judgedAt]).toEqual([false, 'the latest score (session 3)']); // 8 → 6
    const atSixWeeks = summariseCourse(closed, sessions, '2026-07-01', OUTCOME_SETTINGS, [answered('w6', '2026-04-13', 5)]);
    expect([atSixWeeks.responder, atSixWeeks.substantial, atSixWeeks.judgedAt]).toEqual([true, false, 'the latest score (follow-up at 6 weeks)']);
    const atThreeMonths = summariseCourse(closed, sessions, '2026-07-01', OUTCOME_SETTINGS, [
      answered('m6', '2026-09-01', 8),
      answered('m3', '2026-06-01', 4),
      answered('w6', '2026-04-13', 7),
    ]);
    expect([atThreeMonths.responder, atThreeMonths.substantial, atThreeMonths.judgedAt]).toEqual([true, true, 'the follow-up at 3 months']);
  });
});
