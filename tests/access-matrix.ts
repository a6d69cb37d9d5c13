/**
 * The access matrix (the access rules in docs/architecture.md) for every page, route handler and server action.
 * tests/unit/access-matrix.test.ts fails when a file under app/ adds one without an entry here; the unit test
 * exercises the actions and route handlers, tests/e2e/access-matrix.spec.ts the pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const ACTORS = ['anonymous', 'specialistA', 'specialistB', 'manager', 'admin', 'deactivated'] as const;
export type ActorKey = (typeof ACTORS)[number];
/** ok = allowed; login = sent to sign in (401 for APIs); 403 = refused; 404 = hidden as if absent. */
export type Expect = 'ok' | 'login' | '403' | '404';
type Row = Record<ActorKey, Expect>;

const signedIn = (specialist: Expect, manager: Expect, admin: Expect): Row => ({
  anonymous: 'login',
  specialistA: specialist,
  specialistB: specialist,
  manager,
  admin,
  deactivated: 'login',
});

/** Specialist A's own records: B sees nothing (404), managers and admins read but never write. */
const ownRead: Row = { ...signedIn('ok', 'ok', 'ok'), specialistB: '404' };
const ownWrite: Row = { ...signedIn('ok', '403', '403'), specialistB: '404' };
/** Patients' link pages: the link is the credential, whoever holds it (PATIENT_LINK_MATRIX covers the token). */
const anyone: Row = { anonymous: 'ok', specialistA: 'ok', specialistB: 'ok', manager: 'ok', admin: 'ok', deactivated: 'ok' };

/** Pages by route pattern. `[id]` segments are filled by the e2e spec (see PAGE_SAMPLES). */
export const PAGE_MATRIX: Record<string, Row> = {
  '/': signedIn('ok', 'ok', 'ok'),
  '/login': { ...signedIn('ok', 'ok', 'ok'), anonymous: 'ok', deactivated: 'ok' },
  '/worklist': signedIn('ok', '403', '403'),
  '/outcomes': signedIn('ok', 'ok', 'ok'),
  '/audit': signedIn('403', 'ok', 'ok'),
  '/staff': signedIn('403', '403', 'ok'),
  '/staff/[id]': signedIn('403', '403', 'ok'),
  '/account': signedIn('ok', 'ok', 'ok'),
  '/settings': signedIn('403', '403', 'ok'),
  '/outcomes/overdue': signedIn('ok', 'ok', 'ok'),
  '/safety': signedIn('403', 'ok', 'ok'),
  '/patients': signedIn('ok', 'ok', 'ok'),
  '/patients/new': signedIn('ok', '403', '403'),
  '/patients/[patientId]': ownRead,
  '/patients/[patientId]/edit': ownWrite,
  '/patients/[patientId]/courses/new': ownWrite,
  '/courses/[courseId]': ownRead,
  '/courses/[courseId]/sessions/new': ownWrite,
  '/courses/[courseId]/sessions/[sessionId]/edit': ownWrite,
  '/r/answer': anyone,
  '/referrers': signedIn('ok', 'ok', 'ok'),
  '/referrers/[referrerId]': signedIn('ok', 'ok', '403'),
};

/** Route handlers as "METHOD /pattern". Course sessions: specialist A owns the course used. */
export const ROUTE_MATRIX: Record<string, Row> = {
  'GET /api/health': { ...signedIn('ok', 'ok', 'ok'), anonymous: 'ok', deactivated: 'ok' },
  'GET /api/auth/[...nextauth]': { ...signedIn('ok', 'ok', 'ok'), anonymous: 'ok', deactivated: 'ok' },
  'POST /api/auth/[...nextauth]': { ...signedIn('ok', 'ok', 'ok'), anonymous: 'ok', deactivated: 'ok' },
  'POST /api/exports/courses': signedIn('403', 'ok', 'ok'),
  'POST /api/exports/sessions': signedIn('403', 'ok', 'ok'),
  'POST /api/exports/follow-ups': signedIn('403', 'ok', 'ok'),
  'POST /api/exports/adverse-events': signedIn('403', 'ok', 'ok'),
  'POST /api/courses/[courseId]/sessions': { ...signedIn('ok', '403', '403'), specialistB: '404' },
  /** With a valid token: opens the questions (303 to /r/answer), signed in or not. */
  'GET /r/[token]': anyone,
  'GET /api/letters/[letterId]': ownRead,
  'GET /api/reports/outcomes': signedIn('403', 'ok', 'ok'),
};

/** The public link route by token (a pre-session and a check-in link), for an anonymous visitor: the HTTP status and whether anything is saved. */
export const PATIENT_LINK_MATRIX = {
  valid: 303,
  used: 410,
  expired: 410,
  altered: 404,
  random: 404,
} as const;

/** Server actions as "file#export". */
export const ACTION_MATRIX: Record<string, Row> = {
  'lib/actions/staff-actions.ts#createStaffAction': signedIn('403', '403', 'ok'),
  'lib/actions/staff-actions.ts#changeRoleAction': signedIn('403', '403', 'ok'),
  'lib/actions/staff-actions.ts#setActiveAction': signedIn('403', '403', 'ok'),
  'lib/actions/staff-actions.ts#resetPasswordAction': signedIn('403', '403', 'ok'),
  'lib/actions/staff-actions.ts#unlockAccountAction': signedIn('403', '403', 'ok'),
  'lib/actions/staff-actions.ts#resetTwoFactorAction': signedIn('403', '403', 'ok'),
  'lib/actions/account-actions.ts#changePasswordAction': signedIn('ok', 'ok', 'ok'),
  'lib/actions/account-actions.ts#startTwoFactorAction': signedIn('ok', 'ok', 'ok'),
  'lib/actions/account-actions.ts#confirmTwoFactorAction': signedIn('ok', 'ok', 'ok'),
  'lib/actions/account-actions.ts#regenerateRecoveryCodesAction': signedIn('ok', 'ok', 'ok'),
  'lib/actions/account-actions.ts#disableTwoFactorAction': signedIn('ok', 'ok', 'ok'),
  'lib/actions/settings-actions.ts#updateSettingAction': signedIn('403', '403', 'ok'),
  'lib/actions/patient-actions.ts#createPatientAction': signedIn('ok', '403', '403'),
  'lib/actions/patient-actions.ts#updatePatientAction': ownWrite,
  'lib/actions/patient-actions.ts#setArchivedAction': ownWrite,
  'lib/actions/course-actions.ts#createCourseAction': ownWrite,
  'lib/actions/course-actions.ts#closeCourseAction': ownWrite,
  'lib/actions/course-actions.ts#updateCourseNotesAction': ownWrite,
  'lib/actions/session-actions.ts#saveSessionAction': ownWrite,
  'lib/actions/session-actions.ts#deleteSessionAction': ownWrite,
  'lib/actions/adverse-event-actions.ts#recordAdverseEventAction': ownWrite,
  'lib/actions/adverse-event-actions.ts#resolveAdverseEventAction': ownWrite,
  'lib/actions/consent-actions.ts#recordConsentAction': ownWrite,
  'lib/actions/patient-link-actions.ts#createFollowUpLinkAction': ownWrite,
  'lib/actions/patient-link-actions.ts#createPreSessionLinkAction': ownWrite,
  'lib/actions/patient-link-actions.ts#createCheckInLinkAction': ownWrite,
  'lib/actions/patient-link-actions.ts#submitPatientAnswersAction': anyone,
  'lib/actions/check-in-actions.ts#recordCheckInHandlingAction': ownWrite,
  'lib/actions/referrer-actions.ts#createReferrerAction': signedIn('ok', 'ok', '403'),
  'lib/actions/referrer-actions.ts#updateReferrerAction': signedIn('ok', 'ok', '403'),
  'lib/actions/referrer-actions.ts#setCourseReferrerAction': ownWrite,
  'lib/actions/letter-actions.ts#generateLetterAction': ownWrite,
};

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

function routePattern(root: string, file: string): string {
  const parts = relative(join(root, 'app'), file)
    .split(sep)
    .slice(0, -1)
    .filter((p) => !/^\(.*\)$/.test(p));
  return `/${parts.join('/')}`;
}

/** What the app actually has, read from the file system. */
export function discoverEndpoints(root: string) {
  const files = walk(join(root, 'app')).filter((f) => /\.(ts|tsx)$/.test(f));
  const pages = files.filter((f) => /[/\\]page\.tsx?$/.test(f)).map((f) => routePattern(root, f));
  const routes = files
    .filter((f) => /[/\\]route\.ts$/.test(f))
    .flatMap((f) => {
      const source = readFileSync(f, 'utf8');
      const methods = new Set<string>();
      for (const m of source.matchAll(/export\s+(?:async\s+)?function\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) methods.add(m[1]);
      for (const m of source.matchAll(/\bas\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) methods.add(m[1]);
      return [...methods].map((method) => `${method} ${routePattern(root, f)}`);
    });
  const actions = ['app', 'lib', 'components']
    .flatMap((dir) => walk(join(root, dir)))
    .filter((f) => /\.(ts|tsx)$/.test(f))
    .filter((f) => /^\s*['"]use server['"]/.test(readFileSync(f, 'utf8')))
    .flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/export\s+async\s+function\s+(\w+)/g)].map((m) => `${relative(root, f).split(sep).join('/')}#${m[1]}`),
    );
  return { pages, routes, actions };
}
