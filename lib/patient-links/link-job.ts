import { and, eq, isNotNull, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/index';
import { followUps, patientLinks, type PatientLink } from '@/db/schema';
import { auditLink, linkPatient } from './audit';
import { daysAgo } from './policy';
import { readSettings } from '../settings-read';
import { hashToken, tokenFromSalt } from './token';
import { linkUrl } from './clinic';
import { linkEmail, type SendMail } from './mailer';

export interface LinkJobOptions {
  db: Db;
  /** null when email is not configured: links still expire, no reminders go out. */
  send: SendMail | null;
  now?: () => Date;
}

/** Days after the email when the first and the second reminder are due: the settings in force at each run. */
interface ReminderDays {
  first: number;
  second: number;
}

function audit(
  db: DbOrTx,
  link: PatientLink,
  patientId: number,
  action: 'email' | 'expire',
  outcome: 'success' | 'failure',
  details: Record<string, unknown> = {},
) {
  auditLink(db, link, patientId, { action, outcome, details: { by: 'link job', ...details } });
}

/** Marks links that passed their expiry unanswered, once each, with an audit event. */
function expireLinks(db: Db, now: Date): number {
  const at = now.toISOString();
  return db.transaction(
    (tx) => {
      const due = tx
        .select()
        .from(patientLinks)
        .where(and(isNull(patientLinks.usedAt), isNull(patientLinks.revokedAt), isNull(patientLinks.expiredAt), lte(patientLinks.expiresAt, at)))
        .all();
      for (const link of due) {
        tx.update(patientLinks).set({ expiredAt: at }).where(eq(patientLinks.id, link.id)).run();
        audit(tx, link, linkPatient(tx, link.courseId).id, 'expire', 'success');
      }
      return due.length;
    },
    { behavior: 'immediate' },
  );
}

/**
 * Claims a link's next reminder before sending it: the claim commits first, so a crash or a second job instance
 * can never send it twice. A link whose first reminder was missed gets only the second. The columns are named for the
 * default days (3 and 7); they record the first and the second reminder.
 */
function claimReminder(db: Db, link: PatientLink, now: Date, days: ReminderDays): number | null {
  const at = now.toISOString();
  const second = link.emailedAt! <= daysAgo(now, days.second);
  const claimed = second
    ? db
        .update(patientLinks)
        .set({ reminderDay7At: at, reminderDay3At: link.reminderDay3At ?? at })
        .where(and(eq(patientLinks.id, link.id), isNull(patientLinks.reminderDay7At), isNull(patientLinks.usedAt)))
        .run()
    : db
        .update(patientLinks)
        .set({ reminderDay3At: at })
        .where(and(eq(patientLinks.id, link.id), isNull(patientLinks.reminderDay3At), isNull(patientLinks.usedAt)))
        .run();
  return claimed.changes === 1 ? (second ? days.second : days.first) : null;
}

/** Emailed, unanswered, live links whose next reminder is due. */
function remindersDue(db: Db, now: Date, days: ReminderDays): PatientLink[] {
  const at = now.toISOString();
  return db
    .select({ link: patientLinks })
    .from(patientLinks)
    .leftJoin(followUps, eq(followUps.id, patientLinks.followUpId))
    .where(
      and(
        isNotNull(patientLinks.emailedAt),
        isNull(patientLinks.usedAt),
        isNull(patientLinks.revokedAt),
        isNull(patientLinks.expiredAt),
        sql`${patientLinks.expiresAt} > ${at}`,
        isNull(followUps.answeredAt),
        or(
          and(isNull(patientLinks.reminderDay3At), lte(patientLinks.emailedAt, daysAgo(now, days.first))),
          and(isNull(patientLinks.reminderDay7At), lte(patientLinks.emailedAt, daysAgo(now, days.second))),
        ),
      ),
    )
    .all()
    .map((r) => r.link);
}

/** One pass of the link job: expire, then send the reminders that are due. Safe to run from several processes. */
export async function runLinkJob({ db, send, now = () => new Date() }: LinkJobOptions): Promise<{ expired: number; reminders: number }> {
  const expired = expireLinks(db, now());
  let reminders = 0;
  if (!send) return { expired, reminders };
  const settings = readSettings(db, now().toISOString());
  const days = { first: settings.linkFirstReminderDays, second: settings.linkSecondReminderDays };
  for (const link of remindersDue(db, now(), days)) {
    const day = db.transaction(() => claimReminder(db, link, now(), days), { behavior: 'immediate' });
    if (day == null) continue;
    const patient = linkPatient(db, link.courseId);
    const token = tokenFromSalt(link.tokenSalt);
    if (!patient.email || hashToken(token) !== link.tokenHash) {
      audit(db, link, patient.id, 'email', 'failure', { kind: 'reminder', day, reason: patient.email ? 'key changed' : 'no address' });
      continue;
    }
    try {
      await send({ to: patient.email, ...linkEmail('reminder', linkUrl(token), link.expiresAt) });
      audit(db, link, patient.id, 'email', 'success', { kind: 'reminder', day });
      reminders++;
    } catch (error) {
      console.error('Patient link reminder failed:', error instanceof Error ? error.message : 'unknown');
      audit(db, link, patient.id, 'email', 'failure', { kind: 'reminder', day });
    }
  }
  return { expired, reminders };
}
