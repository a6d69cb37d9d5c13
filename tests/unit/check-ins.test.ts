import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { addDays, format } from 'date-fns';
import { useTempDatabase } from './support/test-db';
import { actAs } from './support/mock-actor';
import { insertBasics } from './support/fixtures';
import { resolveLink } from '@/lib/patient-links/resolve';
import { openLink, linkQuestions, submitLinkAnswers } from '@/lib/patient-links/public';

process.env.NEXTAUTH_SECRET ??= 'check-ins-test-secret-of-sufficient-length';
vi.mock('@/lib/auth/actor', () => import('./support/mock-actor'));
const { createCheckInLink } = await import('@/lib/patient-links/links');
const { getCheckInsDue, getCheckInsNeedingAttention, getCourseCheckIns } = await import('@/lib/check-ins/queries');
const { recordCheckInHandling } = await import('@/lib/check-ins/handling');
const { getCheckInFigures } = await import('@/lib/check-ins/stats');
const { recordAdverseEvent } = await import('@/lib/adverse-events');
const { deleteSession } = await import('@/lib/sessions');

const temp = useTempDatabase();
afterAll(() => temp.cleanup());

const sqlite = () => temp.db().$client;
const day = (offset: number) => format(addDays(new Date(), offset), 'yyyy-MM-dd');
const tokenOf = (url: string) => url.split('/r/')[1];
const calm = { pain: 'better', spreadingRedness: false, fever: false, breathlessChestPain: false, posturalHeadache: false, numbnessWeakness: false };
const lastAudit = (entity: string) =>
  sqlite().prepare(`select action, details from audit_events where entity = ? order by id desc limit 1`).get(entity) as {
    action: string;
    details: string;
  };

let a: ReturnType<typeof insertBasics>;
let other: ReturnType<typeof insertBasics>;
const specialistA = () => actAs({ id: a.user, role: 'specialist', name: 'Dr A', email: 'a@test' });

/** A session on the course `daysAgo` days ago; with one injected site unless `injected` is false. */
function session(course: { course: number; user: number }, daysAgo: number, injected = true): number {
  const id = Number(
    sqlite()
      .prepare(`insert into treatment_sessions (course_id, session_date, pain, recorded_by, recorded_at, updated_at) values (?, ?, 5, ?, 'x', 'x')`)
      .run(course.course, day(-daysAgo), course.user).lastInsertRowid,
  );
  if (injected)
    sqlite().prepare(`insert into injections (session_id, site_code, side, injection_count) values (?, 'shoulder.supraspinatus', 'left', 1)`).run(id);
  return id;
}

beforeAll(() => {
  a = insertBasics(sqlite());
  other = insertBasics(sqlite());
  // The fixture's own session has no injected site: no check-in.
  specialistA();
});

describe('check-in links and answers', () => {
  let due: number;
  let token: string;
  it('a link for a due check-in expires at the end of its window and is audited; none for a session without injections', async () => {
    due = session(a, 3);
    const issued = await createCheckInLink(due);
    token = tokenOf(issued.url);
    const expires = new Date(issued.expiresAt);
    expect(format(expires, 'yyyy-MM-dd HH:mm')).toBe(`${day(1)} 23:59`);
    const row = sqlite()
      .prepare(`select purpose, session_id as sessionId, follow_up_id as followUpId from patient_links order by id desc limit 1`)
      .get();
    expect(row).toEqual({ purpose: 'check_in', sessionId: due, followUpId: null });
    expect(lastAudit('patient_link')).toMatchObject({ action: 'create' });
    expect(JSON.parse(lastAudit('patient_link').details)).toMatchObject({ purpose: 'check_in', sessionId: due });
    await expect(createCheckInLink(a.session)).rejects.toThrow('This session had no injections');
    // Another specialist's session does not exist for A.
    await expect(createCheckInLink(other.session)).rejects.toThrow('Not found');
  });

  it('can be made on the day of the session (upcoming), not once the window has passed', async () => {
    await expect(createCheckInLink(session(a, 0))).resolves.toMatchObject({ url: expect.stringContaining('/r/') });
    await expect(createCheckInLink(session(a, 5))).rejects.toThrow('This check-in is missed');
  });

  it('the patient page shows the first name and the injection date; a red-flag answer is saved with its flag, once', async () => {
    expect(openLink(temp.db(), token, '10.0.0.1')).toBe('valid');
    const page = linkQuestions(temp.db(), token);
    expect(page).toMatchObject({ status: 'valid', questions: { purpose: 'check_in', firstName: 'Ada', sessionDate: day(-3), timePoint: null } });
    expect(JSON.stringify(page)).not.toMatch(/Test|MRN|1970|knee/);
    expect(() => submitLinkAnswers(temp.db(), token, { ...calm, fever: 'yes' }, null)).toThrow('Please answer every question.');
    expect(submitLinkAnswers(temp.db(), token, { ...calm, breathlessChestPain: true }, '10.0.0.1')).toEqual({ purpose: 'check_in', redFlag: true });
    expect(resolveLink(temp.db(), token, new Date()).status).toBe('used');
    expect(() => submitLinkAnswers(temp.db(), token, calm, null)).toThrow('This link has already been used');
    const saved = sqlite()
      .prepare(`select breathless_chest_pain as b, pain, red_flag as flag, handled_at as handled from check_ins where session_id = ?`)
      .get(due);
    expect(saved).toEqual({ b: 1, pain: 'better', flag: 1, handled: null });
    const audit = lastAudit('patient_link');
    expect(audit.action).toBe('answer');
    expect(JSON.parse(audit.details)).toEqual({ purpose: 'check_in', sessionId: due, redFlag: true });
  });

  it('a newer link for an answered check-in cannot be made', async () => {
    await expect(createCheckInLink(due)).rejects.toThrow('This check-in is answered');
  });

  it('the course page lists every session with injections and its state; the worklist puts the red flag under Needs attention', async () => {
    const course = await getCourseCheckIns(a.course);
    const states = Object.fromEntries(course.checkIns.map((c) => [c.sessionId, c.state]));
    expect(states[due]).toBe('answered');
    expect(Object.values(states).sort()).toEqual(['answered', 'missed', 'upcoming']);
    expect(course.checkIns.find((c) => c.sessionId === due)!.answer!.flags).toEqual(['Shortness of breath or chest pain']);
    const attention = await getCheckInsNeedingAttention();
    expect(attention.map((r) => r.sessionId)).toEqual([due]);
    expect(attention[0].answer.flags).toEqual(['Shortness of breath or chest pain']);
    expect((await getCheckInsDue()).rows).toEqual([]);
  });

  it('handling "adverse event recorded" needs the event first; then it is stored, audited and leaves the worklist', async () => {
    const checkInId = (sqlite().prepare(`select id from check_ins where session_id = ?`).get(due) as { id: number }).id;
    await expect(recordCheckInHandling(checkInId, { handling: 'adverse_event_recorded', note: '' })).rejects.toMatchObject({
      fields: { handling: expect.stringContaining('Record the adverse event first') },
    });
    await recordAdverseEvent(a.course, {
      sessionId: due,
      type: 'pneumothorax',
      severity: 'severe',
      serious: true,
      onsetDate: day(-2),
      resolutionDate: '',
      description: '',
      actionTaken: 'Sent to emergency',
    });
    await recordCheckInHandling(checkInId, { handling: 'adverse_event_recorded', note: 'Admitted for a chest drain' });
    const handled = sqlite()
      .prepare(`select handling, handling_note as note, handled_by as by, handled_at as at from check_ins where id = ?`)
      .get(checkInId) as Record<string, unknown>;
    expect(handled).toMatchObject({ handling: 'adverse_event_recorded', note: 'Admitted for a chest drain', by: a.user });
    expect(handled.at).toBeTruthy();
    const audit = lastAudit('check_in');
    expect(audit.action).toBe('handle');
    expect(JSON.parse(audit.details).after).toEqual({ sessionId: due, handling: 'adverse_event_recorded', note: 'Admitted for a chest drain' });
    expect(await getCheckInsNeedingAttention()).toEqual([]);
    await expect(recordCheckInHandling(checkInId, { handling: 'no_action', note: '' })).rejects.toThrow('already recorded');
  });

  it('a calm answer has nothing to handle; managers and other specialists cannot handle; an answered session cannot be deleted', async () => {
    const calmSession = session(a, 2);
    submitLinkAnswers(temp.db(), tokenOf((await createCheckInLink(calmSession)).url), calm, null);
    const calmId = (sqlite().prepare(`select id from check_ins where session_id = ?`).get(calmSession) as { id: number }).id;
    await expect(recordCheckInHandling(calmId, { handling: 'no_action', note: '' })).rejects.toThrow('no warning signs');
    actAs({ id: other.user, role: 'specialist', name: 'Dr B', email: 'b@test' });
    await expect(recordCheckInHandling(calmId, { handling: 'no_action', note: '' })).rejects.toThrow('Not found');
    actAs({ id: 999, role: 'manager', name: 'M', email: 'm@test' });
    await expect(recordCheckInHandling(calmId, { handling: 'no_action', note: '' })).rejects.toThrow(/access|treating specialist/);
    specialistA();
    sqlite().prepare(`update treatment_sessions set recorded_by = ? where id = ?`).run(a.user, calmSession);
    await expect(deleteSession(calmSession)).rejects.toThrow('check-in');
  });
});

describe('check-in figures for the safety view', () => {
  it('count check-ins due, answered, missed and red-flagged in a date range, with condition and specialist filters', async () => {
    actAs({ id: 999, role: 'manager', name: 'M', email: 'm@test' });
    // Course A so far: today (upcoming), 2 days ago (answered, calm), 3 days ago (answered, red flag, handled), 5 days ago (missed).
    const all = await getCheckInFigures({ from: day(-30), to: day(0) });
    expect(all).toEqual({ injectionSessions: 4, due: 3, answered: 2, missed: 1, redFlagged: 1, handled: 1, closedCourses: 1, answeredCourses: 1 });
    // Another specialist's shoulder session 10 days ago, answered with pain much worse, not handled.
    const late = session(other, 10);
    sqlite()
      .prepare(
        `insert into patient_links (token_hash, token_salt, purpose, course_id, session_id, created_by, created_at, expires_at) values ('h-late', 's', 'check_in', ?, ?, ?, 'x', 'y')`,
      )
      .run(other.course, late, other.user);
    sqlite()
      .prepare(
        `insert into check_ins (session_id, course_id, link_id, answered_at, pain, spreading_redness, fever, breathless_chest_pain, postural_headache, numbness_weakness, red_flag)
      values (?, ?, last_insert_rowid(), ?, 'much_worse', 0, 0, 0, 0, 0, 1)`,
      )
      .run(late, other.course, new Date().toISOString());
    expect(await getCheckInFigures({ from: day(-30), to: day(0) })).toEqual({
      injectionSessions: 5,
      due: 4,
      answered: 3,
      missed: 1,
      redFlagged: 2,
      handled: 1,
      closedCourses: 2,
      answeredCourses: 2,
    });
    expect(await getCheckInFigures({ from: day(-30), to: day(0), specialist: other.user })).toEqual({
      injectionSessions: 1,
      due: 1,
      answered: 1,
      missed: 0,
      redFlagged: 1,
      handled: 0,
      closedCourses: 1,
      answeredCourses: 1,
    });
    expect(await getCheckInFigures({ from: day(-4), to: day(0) })).toEqual({
      injectionSessions: 3,
      due: 2,
      answered: 2,
      missed: 0,
      redFlagged: 1,
      handled: 1,
      closedCourses: 1,
      answeredCourses: 1,
    });
    expect(await getCheckInFigures({ from: day(-30), to: day(0), condition: 'low_back_pain' })).toEqual({
      injectionSessions: 0,
      due: 0,
      answered: 0,
      missed: 0,
      redFlagged: 0,
      handled: 0,
      closedCourses: 0,
      answeredCourses: 0,
    });
    // The course status filter of the safety page: only the other specialist's course is completed.
    sqlite().prepare(`update courses set status = 'completed', end_date = ? where id = ?`).run(day(0), other.course);
    expect(await getCheckInFigures({ from: day(-30), to: day(0), status: 'completed' })).toEqual({
      injectionSessions: 1,
      due: 1,
      answered: 1,
      missed: 0,
      redFlagged: 1,
      handled: 0,
      closedCourses: 1,
      answeredCourses: 1,
    });
    expect((await getCheckInFigures({ from: day(-30), to: day(0), status: 'active' })).injectionSessions).toBe(4);
    sqlite().prepare(`update courses set status = 'active', end_date = null where id = ?`).run(other.course);
    // A specialist sees their own courses whatever the filter says.
    actAs({ id: other.user, role: 'specialist', name: 'Dr B', email: 'b@test' });
    expect((await getCheckInFigures({ from: day(-30), to: day(0), specialist: a.user })).injectionSessions).toBe(1);
  });
});
