import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import { useTempDatabase } from './support/test-db';
import { actAs } from './support/mock-actor';
import { insertBasics } from './support/fixtures';
import { OUTCOME_SETTINGS } from '@/lib/domain/settings';
import { followUpPlan, followUpTimingText, overlappingWindows } from '@/lib/domain/follow-up-schedule';
import { settingConflicts } from '@/lib/domain/setting-rules';
import { getDb } from '@/db';

process.env.NEXTAUTH_SECRET ??= 'follow-up-settings-test-secret-of-sufficient-length';
vi.mock('@/lib/auth/actor', () => import('./support/mock-actor'));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
const { updateSetting } = await import('@/lib/settings');
const { updateSettingAction } = await import('@/lib/actions/settings-actions');
const { createSession, updateSession } = await import('@/lib/sessions');
const { createFollowUpLink, createPreSessionLink } = await import('@/lib/patient-links/links');
const { runLinkJob } = await import('@/lib/patient-links/link-job');

const temp = useTempDatabase();
afterAll(() => temp.cleanup());
const sqlite = () => temp.db().$client;
const DAY = 86_400_000;
const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

let specialist: { id: number; role: 'specialist'; name: string; email: string };
let admin: { id: number; role: 'admin'; name: string; email: string };
beforeAll(() => {
  const ids = insertBasics(sqlite());
  specialist = { id: ids.user, role: 'specialist', name: 'A', email: 'a@test' };
  const adminId = Number(
    sqlite()
      .prepare(
        `insert into users (email, name, role, password_hash, created_at, updated_at)
    values ('admin@test', 'Ada Admin', 'admin', 'x', '2026-01-01', '2026-01-01')`,
      )
      .run().lastInsertRowid,
  );
  admin = { id: adminId, role: 'admin', name: 'Ada Admin', email: 'admin@test' };
});

const change = async (key: string, value: string) => {
  actAs(admin);
  await updateSetting({ key, value, reason: 'Test' });
  await pause();
};
const form = (values: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) fd.set(k, v);
  return fd;
};
const versions = () => temp.db().get<{ n: number }>(sql`select count(*) as n from clinic_settings`)!.n;

describe('follow-up time points from the settings', () => {
  it('plan each time point at its offset and window', () => {
    const settings = { ...OUTCOME_SETTINGS, followUpW6Weeks: 8, followUpW6WindowDays: 7, followUpM3Months: 4, followUpM12WindowDays: 14 };
    expect(followUpPlan('2026-01-31', settings)).toEqual([
      { timePoint: 'w6', dueDate: '2026-03-28', windowStart: '2026-03-21', windowEnd: '2026-04-04' },
      { timePoint: 'm3', dueDate: '2026-05-31', windowStart: '2026-05-03', windowEnd: '2026-06-28' },
      { timePoint: 'm6', dueDate: '2026-07-31', windowStart: '2026-07-03', windowEnd: '2026-08-28' },
      { timePoint: 'm12', dueDate: '2027-01-31', windowStart: '2027-01-17', windowEnd: '2027-02-14' },
    ]);
  });

  it('are stated in words from the settings', () => {
    expect(followUpTimingText(OUTCOME_SETTINGS)).toBe('6 weeks, 3, 6 and 12 months');
    expect(followUpTimingText({ ...OUTCOME_SETTINGS, followUpW6Weeks: 8, followUpM3Months: 4, followUpM12Months: 18 })).toBe(
      '8 weeks, 4, 6 and 18 months',
    );
  });

  it('find windows that would overlap for some last injection, and reminders out of order or after expiry', () => {
    expect(overlappingWindows(OUTCOME_SETTINGS)).toBeNull();
    expect(settingConflicts(OUTCOME_SETTINGS)).toEqual([]);
    expect(overlappingWindows({ ...OUTCOME_SETTINGS, followUpM3WindowDays: 40 })).toEqual(['w6', 'm3']);
    // 4 and 6 months ± 30 days: the end of a 31-day month run meets the start of a shorter one.
    expect(overlappingWindows({ ...OUTCOME_SETTINGS, followUpM3Months: 4, followUpM3WindowDays: 30, followUpM6WindowDays: 30 })).toEqual([
      'm3',
      'm6',
    ]);
    expect(overlappingWindows({ ...OUTCOME_SETTINGS, followUpM3Months: 4, followUpM3WindowDays: 29, followUpM6WindowDays: 29 })).toBeNull();
    expect(settingConflicts({ ...OUTCOME_SETTINGS, linkFirstReminderDays: 7 }).map((c) => c.keys)).toEqual([
      ['linkFirstReminderDays', 'linkSecondReminderDays'],
    ]);
    expect(settingConflicts({ ...OUTCOME_SETTINGS, followUpLinkExpiryDays: 7 }).map((c) => c.keys)).toEqual([
      ['linkSecondReminderDays', 'followUpLinkExpiryDays'],
    ]);
  });

  it('the Settings page refuses a value that breaks a rule with the others, next to the field, and saves nothing', async () => {
    actAs(admin);
    const before = versions();
    expect(await updateSettingAction('followUpM3WindowDays', {}, form({ followUpM3WindowDays: '40' }))).toMatchObject({
      errors: {
        followUpM3WindowDays:
          'The answer windows of the 6 weeks and 3 months follow-ups would overlap: shorten a window or move the time points apart.',
      },
    });
    expect(await updateSettingAction('followUpW6Weeks', {}, form({ followUpW6Weeks: '12' }))).toMatchObject({
      errors: { followUpW6Weeks: expect.stringMatching(/6 weeks and 3 months follow-ups would overlap/) },
    });
    expect(await updateSettingAction('followUpLinkExpiryDays', {}, form({ followUpLinkExpiryDays: '7' }))).toMatchObject({
      errors: { followUpLinkExpiryDays: 'The second reminder (day 7) must go out before follow-up links expire (after 7 days).' },
    });
    expect(await updateSettingAction('linkFirstReminderDays', {}, form({ linkFirstReminderDays: '8' }))).toMatchObject({
      errors: { linkFirstReminderDays: 'The first reminder (day 8) must come before the second (day 7).' },
    });
    expect(await updateSettingAction('followUpM6Months', {}, form({ followUpM6Months: '3' }))).toMatchObject({
      errors: { followUpM6Months: 'The time to the 6 months follow-up must be at least 4' },
    });
    expect(versions()).toBe(before);
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

describe('a settings change and follow-ups already scheduled', () => {
  const due = (courseId: number) =>
    (
      sqlite()
        .prepare(`select time_point as tp, due_date as due, window_start as ws from follow_ups where course_id = ? order by due_date`)
        .all(courseId) as { tp: string; due: string; ws: string }[]
    ).map((r) => `${r.tp} ${r.due} from ${r.ws}`);
  const finishedCourse = async (lastDate: string) => {
    const ids = insertBasics(sqlite(), specialist.id);
    sqlite().prepare(`update courses set planned_sessions = 2 where id = ?`).run(ids.course);
    actAs(specialist);
    const { id } = await createSession(ids.course, session(lastDate, 2));
    return { course: ids.course, lastSession: id };
  };

  it('keeps their dates; a new schedule uses the version in force; a moved last injection keeps the original offsets', async () => {
    const before = await finishedCourse('2026-03-02');
    expect(due(before.course)).toEqual([
      'w6 2026-04-13 from 2026-03-30',
      'm3 2026-06-02 from 2026-05-05',
      'm6 2026-09-02 from 2026-08-05',
      'm12 2027-03-02 from 2027-02-02',
    ]);
    await pause();
    await change('followUpW6WindowDays', '7');
    await change('followUpW6Weeks', '7');

    const after = await finishedCourse('2026-03-02');
    expect(due(after.course)[0]).toBe('w6 2026-04-20 from 2026-04-13');
    expect(due(before.course)[0]).toBe('w6 2026-04-13 from 2026-03-30'); // not moved by the change

    actAs(specialist);
    await updateSession(before.lastSession, session('2026-03-09', 2)); // the last injection moves a week
    expect(due(before.course)[0]).toBe('w6 2026-04-20 from 2026-04-06'); // 6 weeks ± 14 days, as when it was scheduled
  });
});

describe('patient links from the settings', () => {
  it('expire after the days and hours in force when created, and keep that expiry', async () => {
    await change('followUpLinkExpiryDays', '10');
    await change('preSessionLinkExpiryHours', '1');
    const ids = insertBasics(sqlite(), specialist.id);
    const today = new Date().toISOString().slice(0, 10);
    const followUpId = Number(
      sqlite()
        .prepare(
          `insert into follow_ups (course_id, time_point, due_date, window_start, window_end, created_at, updated_at)
      values (?, 'w6', ?, date(?, '-14 days'), date(?, '+14 days'), 'x', 'x')`,
        )
        .run(ids.course, today, today, today).lastInsertRowid,
    );
    actAs(specialist);
    const start = Date.now();
    const followUp = await createFollowUpLink(followUpId);
    expect(Date.parse(followUp.expiresAt) - start).toBeGreaterThanOrEqual(10 * DAY - 1000);
    expect(Date.parse(followUp.expiresAt) - start).toBeLessThan(10 * DAY + 5000);
    const preSession = await createPreSessionLink(ids.course);
    expect(Date.parse(preSession.expiresAt) - start).toBeGreaterThanOrEqual(3_600_000 - 1000);
    expect(Date.parse(preSession.expiresAt) - start).toBeLessThan(3_600_000 + 5000);

    await change('followUpLinkExpiryDays', '20');
    const stored = sqlite().prepare(`select expires_at as e from patient_links where follow_up_id = ?`).get(followUpId) as { e: string };
    expect(stored.e).toBe(followUp.expiresAt);
  });

  it('send reminders on the days in force at each run of the link job, still at most two', async () => {
    await change('linkFirstReminderDays', '2');
    await change('linkSecondReminderDays', '5');
    const ids = insertBasics(sqlite(), specialist.id);
    sqlite().prepare(`update patients set email = 'ada.test@example.test' where id = ?`).run(ids.patient);
    const today = new Date().toISOString().slice(0, 10);
    const followUpId = Number(
      sqlite()
        .prepare(
          `insert into follow_ups (course_id, time_point, due_date, window_start, window_end, created_at, updated_at)
      values (?, 'w6', ?, date(?, '-14 days'), date(?, '+14 days'), 'x', 'x')`,
        )
        .run(ids.course, today, today, today).lastInsertRowid,
    );
    actAs(specialist);
    await createFollowUpLink(followUpId);
    const start = Date.now();
    sqlite().prepare(`update patient_links set emailed_at = ? where follow_up_id = ?`).run(new Date(start).toISOString(), followUpId);
    const sent: string[] = [];
    const send = async (mail: { to: string }) => void sent.push(mail.to);
    const at = (days: number) => () => new Date(start + days * DAY);
    expect((await runLinkJob({ db: getDb(), send, now: at(1.9) })).reminders).toBe(0);
    expect((await runLinkJob({ db: getDb(), send, now: at(2.01) })).reminders).toBe(1);
    expect((await runLinkJob({ db: getDb(), send, now: at(4.9) })).reminders).toBe(0);
    expect((await runLinkJob({ db: getDb(), send, now: at(5.01) })).reminders).toBe(1);
    expect((await runLinkJob({ db: getDb(), send, now: at(9) })).reminders).toBe(0);
    expect(sent).toEqual(['ada.test@example.test', 'ada.test@example.test']);
  });
});
