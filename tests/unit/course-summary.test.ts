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
    const responded = summariseCourse(course, sessions, '2026-03-10');
    expect(statusHint(course, responded)).toBe('responded at session 3');
    const notYet = summariseCourse(course, sessions.slice(0, 2), '2026-03-10');
    expect(statusHint(course, notYet)).toBe(`responder: ${responderRuleText()}`);
    const closed = { ...course, status: 'completed', endDate: '2026-03-20', endReason: 'goals met' };
    expect(statusHint(closed, summariseCourse(closed, sessions, '2026-03-30'))).toBe('20 Mar 2026 · goals met');
  });
});

describe('responder rule in words', () => {
  it('is built from the settings, not typed in', () => {
    expect(responderRuleText()).toBe(
      `pain down by ≥ ${OUTCOME_SETTINGS.responderRelativeReduction * 100} % or ≥ ${OUTCOME_SETTINGS.responderAbsoluteReduction} points from baseline`,
    );
    const stricter = { ...OUTCOME_SETTINGS, responderRelativeReduction: 0.5, responderAbsoluteReduction: 3 } as unknown as OutcomeSettings;
    expect(responderRuleText(stricter)).toBe('pain down by ≥ 50 % or ≥ 3 points from baseline');
  });
});
