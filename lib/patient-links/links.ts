import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/db';
import { followUps, patientLinks, type Course, type PatientLink } from '@/db/schema';
import { AppError } from '../errors';
import { requireActor, type Actor } from '../auth/actor';
import { loadCourseForAccess, loadSessionForAccess } from '../auth/access';
import { parseId } from '../validation/parse';
import { followUpState } from '../domain/follow-up-schedule';
import { checkInState, type CheckInWindow } from '../domain/check-in';
import { loadCheckInSession } from '../check-ins/session';
import { todayIso } from '../domain/dates';
import { linkExpiry } from './policy';
import { getSettings } from '../settings';
import { newLinkToken } from './token';
import { linkUrl } from './clinic';
import { qrDataUrl } from './qr';
import { emailConfigured, linkEmail, smtpSender } from './mailer';
import { auditLink, linkPatient } from './audit';

export interface IssuedLink {
  url: string;
  qr: string;
  expiresAt: string;
  /** null when no email was asked for. */
  emailed: boolean | null;
  emailMessage?: string;
}

interface LinkTarget {
  followUpId?: number;
  /** A check-in's session, with its window (the link's expiry follows from it). */
  checkIn?: { sessionId: number } & CheckInWindow;
}

/** Creates the link (replacing earlier unused ones for the same questions) in one transaction with its audit event. */
function issue(actor: Actor, course: Course, purpose: PatientLink['purpose'], { followUpId = undefined, checkIn = undefined }: LinkTarget = {}) {
  const now = new Date();
  const { token, salt, hash } = newLinkToken();
  const expiresAt = linkExpiry(purpose, now, getSettings(), checkIn).toISOString();
  const sessionId = checkIn?.sessionId ?? null;
  const link = getDb().transaction(
    (tx) => {
      const same =
        followUpId != null
          ? eq(patientLinks.followUpId, followUpId)
          : sessionId != null
            ? eq(patientLinks.sessionId, sessionId)
            : and(eq(patientLinks.courseId, course.id), eq(patientLinks.purpose, 'pre_session'));
      tx.update(patientLinks)
        .set({ revokedAt: now.toISOString() })
        .where(and(same, isNull(patientLinks.usedAt), isNull(patientLinks.revokedAt)))
        .run();
      const row = tx
        .insert(patientLinks)
        .values({
          tokenHash: hash,
          tokenSalt: salt,
          purpose,
          courseId: course.id,
          followUpId: followUpId ?? null,
          sessionId,
          createdBy: actor.id,
          createdAt: now.toISOString(),
          expiresAt,
        })
        .returning()
        .get();
      const target = sessionId != null ? { sessionId } : { followUpId: followUpId ?? null };
      auditLink(tx, row, course.patientId, { action: 'create', outcome: 'success', actor, details: { ...target, expiresAt } });
      return row;
    },
    { behavior: 'immediate' },
  );
  return { link, token };
}

/** Emails the link to the address on the patient's record; says plainly why not when it cannot. */
async function emailLink(actor: Actor, course: Course, link: PatientLink, url: string): Promise<Pick<IssuedLink, 'emailed' | 'emailMessage'>> {
  if (!emailConfigured()) return { emailed: false, emailMessage: 'Email is not configured: show the code or print the link.' };
  const to = linkPatient(getDb(), course.id).email;
  if (!to) return { emailed: false, emailMessage: 'No email address on the patient’s record: show the code or print the link.' };
  try {
    await smtpSender()({ to, ...linkEmail('link', url, link.expiresAt) });
  } catch (error) {
    console.error('Patient link email failed:', error instanceof Error ? error.message : 'unknown');
    auditLink(getDb(), link, course.patientId, { action: 'email', outcome: 'failure', actor, details: { kind: 'link' } });
    return { emailed: false, emailMessage: 'The email could not be sent. Show the code or print the link instead.' };
  }
  getDb().transaction(
    (tx) => {
      tx.update(patientLinks).set({ emailedAt: new Date().toISOString() }).where(eq(patientLinks.id, link.id)).run();
      auditLink(tx, link, course.patientId, { action: 'email', outcome: 'success', actor, details: { kind: 'link' } });
    },
    { behavior: 'immediate' },
  );
  return { emailed: true, emailMessage: 'Emailed to the patient.' };
}

async function issued(actor: Actor, course: Course, link: PatientLink, token: string, email: boolean): Promise<IssuedLink> {
  const url = linkUrl(token);
  const mail = email ? await emailLink(actor, course, link, url) : { emailed: null };
  return { url, qr: await qrDataUrl(url), expiresAt: link.expiresAt, ...mail };
}

/** A link for one follow-up, by the course's specialist, while the follow-up is due. */
export async function createFollowUpLink(followUpIdRaw: unknown, options: { email?: boolean } = {}): Promise<IssuedLink> {
  const actor = await requireActor(['specialist']);
  const followUp = getDb()
    .select()
    .from(followUps)
    .where(eq(followUps.id, parseId(followUpIdRaw)))
    .get();
  if (!followUp) throw new AppError('not_found');
  const course = loadCourseForAccess(actor, followUp.courseId, 'write');
  const state = followUpState(followUp, todayIso());
  if (state !== 'due') throw new AppError('conflict', `This follow-up is ${state}: links can be created while it is due.`);
  const { link, token } = issue(actor, course, 'follow_up', { followUpId: followUp.id });
  return issued(actor, course, link, token, options.email === true);
}

/** A link for today's scores before a session (also the waiting-room tablet), on an active course. */
export async function createPreSessionLink(courseIdRaw: unknown, options: { email?: boolean } = {}): Promise<IssuedLink> {
  const actor = await requireActor(['specialist']);
  const course = loadCourseForAccess(actor, parseId(courseIdRaw), 'write');
  if (course.status !== 'active') throw new AppError('conflict', 'This course is closed: pre-session questions are for an active course.');
  const { link, token } = issue(actor, course, 'pre_session');
  return issued(actor, course, link, token, options.email === true);
}

/**
 * A link for the check-in after a session with injections, by the course's specialist, from the moment the session
 * is saved (the patient is often still in the room) until its window closes.
 */
export async function createCheckInLink(sessionIdRaw: unknown, options: { email?: boolean } = {}): Promise<IssuedLink> {
  const actor = await requireActor(['specialist']);
  const { course, session } = loadSessionForAccess(actor, parseId(sessionIdRaw), 'write');
  const checkIn = loadCheckInSession(getDb(), session.id);
  if (!checkIn) throw new AppError('conflict', 'This session had no injections, so it has no check-in.');
  const state = checkInState(checkIn.window, checkIn.answeredAt, todayIso());
  if (state === 'answered' || state === 'missed')
    throw new AppError('conflict', `This check-in is ${state}: links can be created until its window closes.`);
  const { link, token } = issue(actor, course, 'check_in', { checkIn: { sessionId: session.id, ...checkIn.window } });
  return issued(actor, course, link, token, options.email === true);
}
