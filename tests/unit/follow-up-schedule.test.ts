import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useTempDatabase } from './support/test-db';
import { actAs } from './support/mock-actor';
import { insertBasics } from './support/fixtures';
import { OUTCOME_SETTINGS } from '@/lib/domain/settings';
import { FOLLOW_UP_TIME_POINTS, followUpPlan, followUpState, treatmentEnded } from '@/lib/domain/follow-up-schedule';

vi.mock('@/lib/auth/actor', () => import('./support/mock-actor'));
const { createSession, updateSession, deleteSession } = await import('@/lib/sessions');
const { closeCourse } = await import('@/lib/courses');
const { scheduleMissingFollowUps } = await import('@/lib/follow-ups/schedule');

const temp = useTempDatabase();
afterAll(() => temp.cleanup());

describe('the follow-up plan', () => {
  it('is due 6 weeks, 3, 6 and 12 months after the last injection, windows ±2 weeks then ±4 weeks', () => {
    expect(FOLLOW_UP_TIME_POINTS.map((p) => p.code)).toEqual(['w6', 'm3', 'm6', 'm12']);
    expect(followUpPlan('2026-01-31', OUTCOME_SETTINGS)).toEqual([
      { timePoint: 'w6', dueDate: '2026-03-14', windowStart: '2026-02-28', windowEnd: '2026-03-28' },
      { timePoint: 'm3', dueDate: '2026-04-30', windowStart: '2026-04-02', windowEnd: '2026-05-28' },
      { timePoint: 'm6', dueDate: '2026-07-31', windowStart: '2026-07-03', windowEnd: '2026-08-28' },
      { timePoint: 'm12', dueDate: '2027-01-31', windowStart: '2027-01-03', windowEnd: '2027-02-28' },
    ]);
  });

  it('derives the state from the window and the answer', () => {
    const f = { windowStart: '2026-02-28', windowEnd: '2026-03-28', answeredAt: null };
    expect(followUpState(f, '2026-02-27')).toBe('upcoming');
    expect(followUpState(f, '2026-02-28')).toBe('due');
    expect(followUpState(f, '2026-03-28')).toBe('due');
    expect(followUpState(f, '2026-03-29')).toBe('missed');
    expect(followUpState({ ...f, answeredAt: '2026-04-10T09:00:00Z' }, '2026-04-10')).toBe('answered');
  });

  it('treats a closed course or a course with its planned sessions done as ended', () => {
    expect(treatmentEnded({ status: 'active', plannedSessions: 3 }, 2)).toBe(false);
    expect(treatmentEnded({ status: 'active', plannedSessions: 3 }, 3)).toBe(true);
    expect(treatmentEnded({ status: 'discontinued', plannedSessions: 6 }, 1)).toBe(true);
  });
});

const session = (sessionDate: string, sites: number) => ({
  sessionDate,
  pain: 5,
  mobility: 5,
  sleep: 5,
  ultrasoundGuided: true,
  needling: false,
  notes: '',
  sites: sites ? [{ siteCode: 'knee.mcl', side: 'left', injectionCount: sites }] : [],
});

describe('scheduling on the course close and session save paths', () => {
  let ids: ReturnType<typeof insertBasics>;
  const rows = () =>
    temp
      .db()
      .$client.prepare(`select id, time_point as tp, due_date as due, answered_at as answered from follow_ups where course_id = ? order by due_date`)
      .all(ids.course) as { id: number; tp: string; due: string; answered: string | null }[];

  beforeAll(() => {
    ids = insertBasics(temp.db().$client); // one session on 2026-01-05 without sites; 4 planned
    temp.db().$client.prepare(`update courses set planned_sessions = 3 where id = ?`).run(ids.course);
    actAs({ id: ids.user, role: 'specialist', name: 'A', email: 'a@test' });
  });

  it('schedules nothing while the course is running', async () => {
    await createSession(ids.course, session('2026-02-02', 2));
    expect(rows()).toEqual([]);
  });

  it('schedules four follow-ups from the last session with injections once the last planned session is recorded', async () => {
    await createSession(ids.course, session('2026-03-02', 0)); // review, no injections: not the anchor
    expect(rows().map((r) => [r.tp, r.due])).toEqual([
      ['w6', '2026-03-16'],
      ['m3', '2026-05-02'],
      ['m6', '2026-08-02'],
      ['m12', '2027-02-02'],
    ]);
  });

  it('recomputes without duplicating, keeps ids of unanswered ones and never touches answered ones', async () => {
    const before = rows();
    temp
      .db()
      .$client.prepare(
        `update follow_ups set answered_at = '2026-03-20T10:00:00Z', pain = 2, mobility = 8, sleep = 8, global_impression = 2 where id = ?`,
      )
      .run(before[0].id);
    const { id } = await createSession(ids.course, session('2026-02-16', 1)); // a later injection moves the anchor
    const after = rows();
    expect(after).toHaveLength(4);
    expect(after[0]).toEqual({ ...before[0], answered: '2026-03-20T10:00:00Z' });
    expect(after.slice(1).map((r) => r.id)).toEqual(before.slice(1).map((r) => r.id));
    expect(after.slice(1).map((r) => r.due)).toEqual(['2026-05-16', '2026-08-16', '2027-02-16']);

    await updateSession(id, session('2026-02-16', 1)); // same values: nothing moves
    expect(rows()).toEqual(after);
    await closeCourse(ids.course, { status: 'completed', endDate: '2026-03-05', endReason: 'Goals met' });
    expect(rows()).toEqual(after);
  });

  it('removes unanswered follow-ups when treatment is no longer ended', async () => {
    const other = insertBasics(temp.db().$client, ids.user);
    temp.db().$client.prepare(`update courses set planned_sessions = 2 where id = ?`).run(other.course);
    const { id } = await createSession(other.course, session('2026-02-02', 1));
    expect((temp.db().$client.prepare(`select count(*) as n from follow_ups where course_id = ?`).get(other.course) as { n: number }).n).toBe(4);
    await deleteSession(id);
    expect((temp.db().$client.prepare(`select count(*) as n from follow_ups where course_id = ?`).get(other.course) as { n: number }).n).toBe(0);
  });

  it('schedules courses that ended before follow-ups existed, once', () => {
    const old = insertBasics(temp.db().$client, ids.user);
    temp
      .db()
      .$client.prepare(`insert into injections (session_id, site_code, side, injection_count) values (?, 'knee.mcl', 'left', 1)`)
      .run(old.session);
    temp.db().$client.prepare(`update courses set status = 'completed', end_date = '2026-01-05' where id = ?`).run(old.course);
    const count = () => (temp.db().$client.prepare(`select count(*) as n from follow_ups where course_id = ?`).get(old.course) as { n: number }).n;
    expect(count()).toBe(0);
    scheduleMissingFollowUps(temp.db());
    expect(count()).toBe(4);
    scheduleMissingFollowUps(temp.db());
    expect(count()).toBe(4);
  });
});
