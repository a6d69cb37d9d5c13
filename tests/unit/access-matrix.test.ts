import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { useTempDatabase } from './support/test-db';
import { forgetSessions, signedIn } from './support/session-cookies';
import { insertBasics } from './support/fixtures';
import { createHash } from 'node:crypto';
import { courses, letters, referrers, users } from '@/db/schema';
import {
  ACTION_MATRIX,
  ACTORS,
  PAGE_MATRIX,
  PATIENT_LINK_MATRIX,
  ROUTE_MATRIX,
  discoverEndpoints,
  type ActorKey,
  type Expect,
} from '../access-matrix';
import { newLinkToken } from '@/lib/patient-links/token';
import { resetLinkRateLimit } from '@/lib/patient-links/rate-limit';
import { OUTCOME_SETTINGS } from '@/lib/domain/settings';
import { currentTotp, newTotpSecret } from '@/lib/auth/two-factor';
import { enableTwoFactor, removeTwoFactor, storePendingSecret } from '@/lib/auth/two-factor-store';

process.env.NEXTAUTH_SECRET ??= 'access-matrix-test-secret-of-sufficient-length';
process.env.EXPORT_KEY ??= 'access-matrix-export-key-of-sufficient-length';
// Access only: the handful of courses here are exportable (tests/unit/export-safety.test.ts covers the group size).
(OUTCOME_SETTINGS as { minGroupSize: number }).minGroupSize = 1;
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
const linkCookie = vi.hoisted(() => ({ token: undefined as string | undefined }));
// The staff member's session cookie (real token, real server-side session) beside the patient's link cookie.
vi.mock('next/headers', async () => {
  const session = await import('./support/session-cookies');
  return {
    cookies: async () => {
      const staff = await session.cookies();
      return {
        getAll: staff.getAll,
        get: (name: string) => staff.get(name) ?? (linkCookie.token && !name.includes('next-auth') ? { value: linkCookie.token } : undefined),
        delete: () => {},
      };
    },
    headers: async () => new Headers({ 'x-forwarded-for': '198.51.100.7' }),
  };
});

const staffActions = await import('@/lib/actions/staff-actions');
const accountActions = await import('@/lib/actions/account-actions');
const { hashPassword } = await import('@/lib/auth/password');
const patientActions = await import('@/lib/actions/patient-actions');
const courseActions = await import('@/lib/actions/course-actions');
const sessionActions = await import('@/lib/actions/session-actions');
const adverseEventActions = await import('@/lib/actions/adverse-event-actions');
const consentActions = await import('@/lib/actions/consent-actions');
const settingsActions = await import('@/lib/actions/settings-actions');
const referrerActions = await import('@/lib/actions/referrer-actions');
const letterActions = await import('@/lib/actions/letter-actions');
const letterRoute = await import('@/app/api/letters/[letterId]/route');
const reportRoute = await import('@/app/api/reports/outcomes/route');
const sessionsRoute = await import('@/app/api/courses/[courseId]/sessions/route');
const healthRoute = await import('@/app/api/health/route');
const coursesExport = await import('@/app/api/exports/courses/route');
const sessionsExport = await import('@/app/api/exports/sessions/route');
const followUpsExport = await import('@/app/api/exports/follow-ups/route');
const adverseEventsExport = await import('@/app/api/exports/adverse-events/route');
const linkActions = await import('@/lib/actions/patient-link-actions');
const checkInActions = await import('@/lib/actions/check-in-actions');
const linkRoute = await import('@/app/r/[token]/route');

const temp = useTempDatabase();
afterAll(() => temp.cleanup());

const ids = {} as Record<ActorKey, number | null> & {
  course: number;
  target: number;
  patient: number;
  closable: number;
  loggable: number;
  session: number;
  followUp: number;
  referrer: number;
  letter: number;
  courseSession: number;
  checkInSession: number;
};
beforeAll(() => {
  const db = temp.db();
  const a = insertBasics(db.$client);
  const closable = insertBasics(db.$client, a.user);
  const loggable = insertBasics(db.$client, a.user);
  const deletable = insertBasics(db.$client, a.user);
  const add = (email: string, role: 'specialist' | 'manager' | 'admin', active = true) =>
    Number(db.insert(users).values({ email, name: email, role, passwordHash: 'x', active }).run().lastInsertRowid);
  Object.assign(ids, {
    anonymous: null,
    specialistA: a.user,
    specialistB: add('b@clinic.test', 'specialist'),
    manager: add('m@clinic.test', 'manager'),
    admin: add('admin@clinic.test', 'admin'),
    deactivated: add('gone@clinic.test', 'specialist', false),
    course: a.course,
    courseSession: a.session,
    patient: a.patient,
    closable: closable.course,
    loggable: loggable.course,
    session: deletable.session,
    target: add('target@clinic.test', 'specialist'),
    followUp: Number(
      db.$client
        .prepare(
          `insert into follow_ups (course_id, time_point, due_date, window_start, window_end, created_at, updated_at)
       values (?, 'w6', date('now', 'localtime'), date('now', 'localtime', '-14 days'), date('now', 'localtime', '+14 days'), 'x', 'x')`,
        )
        .run(a.course).lastInsertRowid,
    ),
    referrer: Number(db.insert(referrers).values({ name: 'Dr Matrix Referrer' }).run().lastInsertRowid),
    // A session with injections two days ago on A's course: its check-in is due.
    checkInSession: Number(
      db.$client
        .prepare(
          `insert into treatment_sessions (course_id, session_date, pain, recorded_by, recorded_at, updated_at) values (?, date('now', 'localtime', '-2 days'), 5, ?, 'x', 'x')`,
        )
        .run(a.course, a.user).lastInsertRowid,
    ),
  });
  db.$client
    .prepare(`insert into injections (session_id, site_code, side, injection_count) values (?, 'knee.mcl', 'left', 1)`)
    .run(ids.checkInSession);
  // Specialist A's course names a referrer (so a letter can be written) and has one letter already sent.
  db.update(courses).set({ referrerId: ids.referrer }).where(eq(courses.id, ids.course)).run();
  const pdf = Buffer.from('%PDF-1.4 matrix letter');
  ids.letter = Number(
    db
      .insert(letters)
      .values({
        courseId: ids.course,
        referrerId: ids.referrer,
        createdBy: a.user,
        plan: 'Review',
        sha256: createHash('sha256').update(pdf).digest('hex'),
        byteLength: pdf.length,
        pdf,
      })
      .run().lastInsertRowid,
  );
});

type LinkPurpose = 'pre_session' | 'check_in';

/** A pre-session (or check-in) link on specialist A's course, written directly; `state` sets how it stands. */
function linkToken(state: 'valid' | 'used' | 'expired' = 'valid', purpose: LinkPurpose = 'pre_session'): string {
  const { token, salt, hash } = newLinkToken();
  const expires = new Date(Date.now() + (state === 'expired' ? -60_000 : 3_600_000)).toISOString();
  temp
    .db()
    .$client.prepare(
      `insert into patient_links (token_hash, token_salt, purpose, course_id, session_id, created_by, created_at, expires_at, used_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      hash,
      salt,
      purpose,
      ids.course,
      purpose === 'check_in' ? ids.checkInSession : null,
      ids.specialistA,
      new Date().toISOString(),
      expires,
      state === 'used' ? new Date().toISOString() : null,
    );
  return token;
}

/** A red-flag check-in on A's course nobody has handled, fresh for each call (on a fresh session with injections). */
function openRedFlag(): number {
  const db = temp.db().$client;
  const session = db
    .prepare(
      `insert into treatment_sessions (course_id, session_date, pain, recorded_by, recorded_at, updated_at) values (?, date('now', 'localtime', '-3 days'), 5, ?, 'x', 'x')`,
    )
    .run(ids.course, ids.specialistA).lastInsertRowid;
  const link = db
    .prepare(
      `insert into patient_links (token_hash, token_salt, purpose, course_id, session_id, created_by, created_at, expires_at, used_at) values (?, 's', 'check_in', ?, ?, ?, 'x', 'y', 'x')`,
    )
    .run(`matrix-${session}`, ids.course, session, ids.specialistA).lastInsertRowid;
  return Number(
    db
      .prepare(
        `insert into check_ins (session_id, course_id, link_id, answered_at, pain, spreading_redness, fever, breathless_chest_pain, postural_headache, numbness_weakness, red_flag)
    values (?, ?, ?, 'x', 'same', 0, 1, 0, 0, 0, 1)`,
      )
      .run(session, ids.course, link).lastInsertRowid,
  );
}

const openLinkRoute = (token: string) =>
  linkRoute.GET(new Request(`http://localhost/r/${token}`, { headers: { 'x-forwarded-for': '198.51.100.7' } }), {
    params: Promise.resolve({ token }),
  });

function observed(state: { ok?: boolean | string; message?: string }): Expect | string {
  if (state.ok) return 'ok';
  if (state.message === 'Please sign in.' || state.message === 'Your session has ended. Sign in again to save.') return 'login';
  if (state.message === 'You do not have access to this.') return '403';
  if (state.message === 'Not found.') return '404';
  return `unexpected: ${JSON.stringify(state)}`;
}

function statusToExpect(status: number): Expect | string {
  if (status >= 200 && status < 300) return 'ok';
  return ({ 401: 'login', 403: '403', 404: '404' } as Record<number, Expect>)[status] ?? `status ${status}`;
}

const patientForm = { givenName: 'Mat', familyName: 'Rix', dateOfBirth: '1970-05-05', sex: 'female' };

/** A successful action that ends in redirect() counts as allowed. */
async function redirects(call: () => Promise<{ ok?: boolean | string; message?: string }>) {
  try {
    return await call();
  } catch (error) {
    if (String((error as { digest?: string }).digest ?? '').startsWith('NEXT_REDIRECT')) return { ok: 'redirect' };
    throw error;
  }
}

const form = (values: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) fd.set(k, v);
  return fd;
};

/** The signed-in user's two-factor, set up afresh: none, waiting for its first code, or on. Returns a current code. */
async function ownTwoFactor(state: 'none' | 'pending' | 'on'): Promise<string> {
  const id = signedIn.userId;
  if (id == null) return '000000';
  const db = temp.db();
  removeTwoFactor(db, id);
  if (state === 'none') return '000000';
  const secret = newTotpSecret();
  storePendingSecret(db, id, secret);
  if (state === 'on') enableTwoFactor(db, id);
  return currentTotp(secret);
}

let seq = 0;
const ACTION_CALLS: Record<string, () => Promise<{ ok?: boolean | string; message?: string }>> = {
  'lib/actions/staff-actions.ts#createStaffAction': () =>
    staffActions.createStaffAction({}, form({ name: 'Dr Matrix', email: `matrix${++seq}@clinic.test`, role: 'specialist' })),
  'lib/actions/staff-actions.ts#changeRoleAction': () =>
    staffActions.changeRoleAction({}, form({ id: String(ids.target), role: seq++ % 2 ? 'manager' : 'specialist' })),
  'lib/actions/staff-actions.ts#setActiveAction': () => staffActions.setActiveAction({}, form({ id: String(ids.target), active: 'true' })),
  'lib/actions/staff-actions.ts#resetPasswordAction': () => staffActions.resetPasswordAction({}, form({ id: String(ids.target) })),
  'lib/actions/staff-actions.ts#unlockAccountAction': () => staffActions.unlockAccountAction({}, form({ id: String(ids.target) })),
  'lib/actions/account-actions.ts#changePasswordAction': async () => {
    // A known current password; the change ends every session of the account, so the next request signs in afresh.
    const id = signedIn.userId;
    if (id != null)
      temp
        .db()
        .update(users)
        .set({ passwordHash: await hashPassword('matrix-current-password') })
        .where(eq(users.id, id))
        .run();
    forgetSessions();
    try {
      return await redirects(() =>
        accountActions.changePasswordAction(
          {},
          form({
            currentPassword: 'matrix-current-password',
            newPassword: `matrix-new-password-${++seq}`,
            confirmPassword: `matrix-new-password-${seq}`,
          }),
        ),
      );
    } finally {
      forgetSessions();
    }
  },
  'lib/actions/staff-actions.ts#resetTwoFactorAction': () => staffActions.resetTwoFactorAction({}, form({ id: String(ids.target) })),
  'lib/actions/account-actions.ts#startTwoFactorAction': async () => {
    await ownTwoFactor('none');
    return accountActions.startTwoFactorAction({}, form({}));
  },
  'lib/actions/account-actions.ts#confirmTwoFactorAction': async () =>
    accountActions.confirmTwoFactorAction({}, form({ code: await ownTwoFactor('pending') })),
  'lib/actions/account-actions.ts#regenerateRecoveryCodesAction': async () =>
    accountActions.regenerateRecoveryCodesAction({}, form({ code: await ownTwoFactor('on') })),
  'lib/actions/account-actions.ts#disableTwoFactorAction': async () => {
    const code = await ownTwoFactor('on');
    // A known password; setting it ends the account's sessions, so the next request signs in afresh.
    const id = signedIn.userId;
    if (id != null)
      temp
        .db()
        .update(users)
        .set({ passwordHash: await hashPassword('matrix-current-password') })
        .where(eq(users.id, id))
        .run();
    forgetSessions();
    return accountActions.disableTwoFactorAction({}, form({ password: 'matrix-current-password', code }));
  },
  'lib/actions/settings-actions.ts#updateSettingAction': () =>
    settingsActions.updateSettingAction(
      'overdueGraceDays',
      {},
      form({ overdueGraceDays: String(8 + (++seq % 20)), overdueGraceDaysReason: 'Matrix' }),
    ),
  'lib/actions/patient-actions.ts#createPatientAction': () =>
    redirects(() => patientActions.createPatientAction({}, form({ ...patientForm, mrn: `MX-${++seq}` }))),
  'lib/actions/patient-actions.ts#updatePatientAction': () =>
    redirects(() => patientActions.updatePatientAction(ids.patient, {}, form({ ...patientForm, mrn: `MU-${++seq}` }))),
  'lib/actions/patient-actions.ts#setArchivedAction': () => patientActions.setArchivedAction(ids.patient, false, {}, form({})),
  'lib/actions/course-actions.ts#createCourseAction': () =>
    redirects(() =>
      courseActions.createCourseAction(
        ids.patient,
        {},
        form({ condition: 'knee_pain', region: 'knee', side: 'left', startDate: '2026-01-05', plannedSessions: '4', intervalWeeks: '4' }),
      ),
    ),
  'lib/actions/course-actions.ts#closeCourseAction': () =>
    redirects(() => courseActions.closeCourseAction(ids.closable, {}, form({ status: 'completed', endDate: '2026-03-01', endReason: 'Goals met' }))),
  'lib/actions/course-actions.ts#updateCourseNotesAction': () =>
    courseActions.updateCourseNotesAction(ids.course, {}, form({ notes: `Note ${++seq}` })),
  'lib/actions/session-actions.ts#saveSessionAction': () =>
    redirects(() => sessionActions.saveSessionAction(ids.loggable, null, JSON.parse(sessionBody()))),
  'lib/actions/session-actions.ts#deleteSessionAction': () => redirects(() => sessionActions.deleteSessionAction(ids.session)),
  'lib/actions/adverse-event-actions.ts#recordAdverseEventAction': () =>
    adverseEventActions.recordAdverseEventAction(
      ids.course,
      {},
      form({
        sessionId: String(ids.courseSession),
        type: 'bruising',
        severity: 'mild',
        onsetDate: '2026-01-06',
        serious: 'on',
      }),
    ),
  'lib/actions/adverse-event-actions.ts#resolveAdverseEventAction': () => {
    // An ongoing event on specialist A's course, fresh for each call.
    const id = Number(
      temp
        .db()
        .$client.prepare(
          `insert into adverse_events (course_id, session_id, type, severity, onset_date, recorded_by, recorded_at, updated_at)
       values (?, ?, 'vasovagal', 'mild', '2026-01-05', ?, 'x', 'x')`,
        )
        .run(ids.course, ids.courseSession, ids.specialistA).lastInsertRowid,
    );
    return adverseEventActions.resolveAdverseEventAction(id, {}, form({ resolutionDate: '2026-01-07' }));
  },
  'lib/actions/consent-actions.ts#recordConsentAction': () =>
    consentActions.recordConsentAction(ids.course, {}, form({ versionId: '1', consentDate: '2026-01-05', witness: 'Matrix' })),
  'lib/actions/patient-link-actions.ts#createFollowUpLinkAction': () => linkActions.createFollowUpLinkAction({}, form({ id: String(ids.followUp) })),
  'lib/actions/patient-link-actions.ts#createPreSessionLinkAction': () =>
    linkActions.createPreSessionLinkAction({}, form({ id: String(ids.course) })),
  'lib/actions/patient-link-actions.ts#createCheckInLinkAction': () =>
    linkActions.createCheckInLinkAction({}, form({ id: String(ids.checkInSession) })),
  'lib/actions/check-in-actions.ts#recordCheckInHandlingAction': () =>
    checkInActions.recordCheckInHandlingAction(openRedFlag(), {}, form({ handling: 'patient_contacted', note: 'Called back, settled' })),
  'lib/actions/patient-link-actions.ts#submitPatientAnswersAction': () => {
    linkCookie.token = linkToken();
    return linkActions.submitPatientAnswersAction({ pain: 4, mobility: 6, sleep: 5 });
  },
  'lib/actions/referrer-actions.ts#createReferrerAction': () =>
    redirects(() => referrerActions.createReferrerAction({}, form({ name: `Dr Matrix ${++seq}`, practice: 'Matrix Practice' }))),
  'lib/actions/referrer-actions.ts#updateReferrerAction': () =>
    redirects(() => referrerActions.updateReferrerAction(ids.referrer, {}, form({ name: `Dr Matrix Referrer ${++seq}` }))),
  'lib/actions/referrer-actions.ts#setCourseReferrerAction': () =>
    referrerActions.setCourseReferrerAction(ids.loggable, {}, form({ referrerId: seq++ % 2 ? String(ids.referrer) : '' })),
  'lib/actions/letter-actions.ts#generateLetterAction': () =>
    letterActions.generateLetterAction(ids.course, {}, form({ plan: 'Review in three months.' })),
};

const sessionBody = () =>
  JSON.stringify({
    sessionDate: '2026-01-20',
    pain: 5,
    mobility: 5,
    sleep: 5,
    ultrasoundGuided: true,
    needling: false,
    notes: null,
    sites: [{ siteCode: 'knee.mcl', side: 'left', injectionCount: 1 }],
  });
const postSession = (headers: Record<string, string> = {}) =>
  sessionsRoute.POST(
    new Request(`http://localhost/api/courses/${ids.course}/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', host: 'localhost', origin: 'http://localhost', ...headers },
      body: sessionBody(),
    }),
    { params: Promise.resolve({ courseId: String(ids.course) }) },
  );

/** Route handlers invoked directly; next-auth's own routes are public and exercised by the e2e sign-in tests. */
const ROUTE_CALLS: Record<string, (() => Promise<Response>) | 'e2e'> = {
  'GET /api/health': async () => healthRoute.GET(),
  'GET /api/auth/[...nextauth]': 'e2e',
  'POST /api/auth/[...nextauth]': 'e2e',
  'POST /api/courses/[courseId]/sessions': () => postSession(),
  'POST /api/exports/courses': async () => coursesExport.POST(new Request('http://localhost/api/exports/courses', { method: 'POST' })),
  'POST /api/exports/sessions': async () => sessionsExport.POST(new Request('http://localhost/api/exports/sessions', { method: 'POST' })),
  'POST /api/exports/follow-ups': async () => followUpsExport.POST(new Request('http://localhost/api/exports/follow-ups', { method: 'POST' })),
  'POST /api/exports/adverse-events': async () =>
    adverseEventsExport.POST(new Request('http://localhost/api/exports/adverse-events', { method: 'POST' })),
  'GET /r/[token]': async () => {
    const response = await openLinkRoute(linkToken());
    // A valid link sends the visitor on to its questions.
    return response.status === 303 && response.headers.get('location') === '/r/answer' ? new Response('opened', { status: 200 }) : response;
  },
  'GET /api/letters/[letterId]': () =>
    letterRoute.GET(new Request(`http://localhost/api/letters/${ids.letter}`), { params: Promise.resolve({ letterId: String(ids.letter) }) }),
  'GET /api/reports/outcomes': async () => reportRoute.GET(new Request('http://localhost/api/reports/outcomes?condition=knee_pain')),
};

describe('the access matrix covers every endpoint', () => {
  const found = discoverEndpoints(process.cwd());
  it('has an entry for every page, route handler and server action, and none stale', () => {
    expect(found.pages.sort()).toEqual(Object.keys(PAGE_MATRIX).sort());
    expect(found.routes.sort()).toEqual(Object.keys(ROUTE_MATRIX).sort());
    expect(found.actions.sort()).toEqual(Object.keys(ACTION_MATRIX).sort());
    expect(Object.keys(ACTION_CALLS).sort()).toEqual(Object.keys(ACTION_MATRIX).sort());
    expect(Object.keys(ROUTE_CALLS).sort()).toEqual(Object.keys(ROUTE_MATRIX).sort());
  });
});

describe.each(ACTORS)('as %s', (actor) => {
  beforeAll(() => resetLinkRateLimit());
  for (const [action, row] of Object.entries(ACTION_MATRIX)) {
    it(`${action} → ${row[actor]}`, async () => {
      signedIn.userId = ids[actor];
      const events = temp.db().get<{ n: number }>(sql`select count(*) as n from audit_events`)!.n;
      expect(observed(await ACTION_CALLS[action]())).toBe(row[actor]);
      const after = temp.db().get<{ n: number }>(sql`select count(*) as n from audit_events`)!.n;
      expect(after - events).toBe(row[actor] === 'ok' ? 1 : 0);
    });
  }
  for (const [route, row] of Object.entries(ROUTE_MATRIX)) {
    const call = ROUTE_CALLS[route];
    if (call === 'e2e') continue;
    it(`${route} → ${row[actor]}`, async () => {
      signedIn.userId = ids[actor];
      const response = await call();
      expect(statusToExpect(response.status)).toBe(row[actor]);
      const body = await response.text();
      if (row[actor] !== 'ok') expect(body).not.toMatch(/knee|Ada|Test|MRN/);
    });
  }
});

describe('the public link route, for an anonymous visitor', () => {
  const snapshot = () =>
    temp
      .db()
      .get<{ s: string }>(
        sql`select (select count(*) from pre_session_reports) || '/' || (select count(*) from follow_ups where answered_at is not null) || '/' || (select count(*) from check_ins) || '/' || (select count(used_at) from patient_links) as s`,
      )!.s;
  for (const purpose of ['pre_session', 'check_in'] as const) {
    const tokens: Record<keyof typeof PATIENT_LINK_MATRIX, () => string> = {
      valid: () => linkToken('valid', purpose),
      used: () => linkToken('used', purpose),
      expired: () => linkToken('expired', purpose),
      altered: () => {
        const token = linkToken('valid', purpose);
        return (token[0] === 'A' ? 'B' : 'A') + token.slice(1);
      },
      random: () => newLinkToken().token,
    };
    for (const [kind, status] of Object.entries(PATIENT_LINK_MATRIX)) {
      it(`${purpose}: ${kind} token → ${status}, no patient data, no answers saved`, async () => {
        signedIn.userId = null;
        resetLinkRateLimit();
        const token = tokens[kind as keyof typeof PATIENT_LINK_MATRIX]();
        const before = snapshot();
        const response = await openLinkRoute(token);
        expect(response.status).toBe(status);
        expect(await response.text()).not.toMatch(/Ada|Test\b|MRN|1970|knee/i);
        expect(snapshot()).toBe(before);
      });
    }
  }
  it('says "already used" and "expired — ask the clinic for a new one"', async () => {
    resetLinkRateLimit();
    expect(await (await openLinkRoute(linkToken('used'))).text()).toContain('This link has already been used');
    expect(await (await openLinkRoute(linkToken('expired'))).text()).toContain('This link has expired — please ask the clinic for a new one');
  });
  it('is rate-limited per address', async () => {
    resetLinkRateLimit();
    const statuses = [];
    for (let i = 0; i < 65; i++) statuses.push((await openLinkRoute(newLinkToken().token)).status);
    expect(statuses.slice(0, 60).every((s) => s === 404)).toBe(true);
    expect(statuses.slice(60)).toEqual([429, 429, 429, 429, 429]);
  });
});

describe('state-changing requests from another site', () => {
  it('refuses a cross-site Origin and Origin: null even for the course’s own specialist', async () => {
    signedIn.userId = ids.specialistA;
    const sessions = () => temp.db().get<{ n: number }>(sql`select count(*) as n from treatment_sessions`)!.n;
    const before = sessions();
    expect((await postSession({ origin: 'https://evil.example' })).status).toBe(403);
    expect((await postSession({ origin: 'null' })).status).toBe(403);
    expect(sessions()).toBe(before);
    expect((await postSession()).status).toBe(201);
    expect(sessions()).toBe(before + 1);
  });
});
