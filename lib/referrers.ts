import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db';
import { courses, referrers, type Referrer } from '@/db/schema';
import { AppError } from './errors';
import { auditRecordChange } from './audit/record';
import { requireActor } from './auth/actor';
import { loadCourseForAccess } from './auth/access';
import { parseId, parseOrThrow } from './validation/parse';
import { courseReferrerSchema, referrerInputSchema, type ReferrerInput } from './validation/referrer';

/** Who keeps the clinic's list of referrers; admins read it. */
const KEEPERS = ['specialist', 'manager'] as const;

export type ReferrerOption = { value: string; label: string };

function referrerValues(r: Referrer): ReferrerInput {
  return { name: r.name, practice: r.practice, address: r.address, email: r.email };
}

/** A referrer as a letter addresses it or a list shows it (no access check: callers have made theirs). */
export function findReferrer(db: DbOrTx, id: number | null): Referrer | null {
  if (id == null) return null;
  return db.select().from(referrers).where(eq(referrers.id, id)).get() ?? null;
}

/** The clinic's referrers with how many courses name each, by name. */
export async function listReferrers() {
  await requireActor();
  return getDb()
    .select({
      id: referrers.id,
      name: referrers.name,
      practice: referrers.practice,
      address: referrers.address,
      email: referrers.email,
      courses: sql<number>`(select count(*) from courses c where c.referrer_id = ${referrers.id})`,
    })
    .from(referrers)
    .orderBy(asc(referrers.name), asc(referrers.id))
    .all();
}

/** Choices for a course's "Referred by" field: "Dr Ann Shaw — Harbour Practice". */
export async function referrerOptions(): Promise<ReferrerOption[]> {
  await requireActor();
  return getDb()
    .select({ id: referrers.id, name: referrers.name, practice: referrers.practice })
    .from(referrers)
    .orderBy(asc(referrers.name), asc(referrers.id))
    .all()
    .map((r) => ({ value: String(r.id), label: r.practice ? `${r.name} — ${r.practice}` : r.name }));
}

export async function getReferrer(idRaw: unknown): Promise<Referrer> {
  await requireActor(KEEPERS);
  const referrer = findReferrer(getDb(), parseId(idRaw));
  if (!referrer) throw new AppError('not_found');
  return referrer;
}

export async function createReferrer(input: unknown): Promise<{ id: number }> {
  const actor = await requireActor(KEEPERS);
  const data = parseOrThrow(referrerInputSchema.safeParse(input));
  return getDb().transaction(
    (tx) => {
      const { id } = tx.insert(referrers).values(data).returning({ id: referrers.id }).get();
      auditRecordChange(tx, actor, { action: 'create', entity: 'referrer', entityId: id, after: data });
      return { id };
    },
    { behavior: 'immediate' },
  );
}

export async function updateReferrer(idRaw: unknown, input: unknown): Promise<{ id: number }> {
  const actor = await requireActor(KEEPERS);
  const id = parseId(idRaw);
  const data = parseOrThrow(referrerInputSchema.safeParse(input));
  getDb().transaction(
    (tx) => {
      const before = findReferrer(tx, id);
      if (!before) throw new AppError('not_found');
      tx.update(referrers).set(data).where(eq(referrers.id, id)).run();
      auditRecordChange(tx, actor, { action: 'update', entity: 'referrer', entityId: id, before: referrerValues(before), after: data });
    },
    { behavior: 'immediate' },
  );
  return { id };
}

/** A referrer id from a form, checked to exist: the field's message otherwise. */
export function checkedReferrerId(db: DbOrTx, referrerId: number | null): number | null {
  if (referrerId != null && !findReferrer(db, referrerId)) {
    throw new AppError('invalid', 'Some fields need attention.', { referrerId: 'Choose a referrer from the list' });
  }
  return referrerId;
}

/** Names the course's referrer (or none); the course's own specialist only. */
export async function setCourseReferrer(courseIdRaw: unknown, input: unknown): Promise<{ id: number }> {
  const actor = await requireActor(['specialist']);
  const course = loadCourseForAccess(actor, parseId(courseIdRaw), 'write');
  const data = parseOrThrow(courseReferrerSchema.safeParse(input));
  getDb().transaction(
    (tx) => {
      const referrerId = checkedReferrerId(tx, data.referrerId);
      tx.update(courses).set({ referrerId }).where(eq(courses.id, course.id)).run();
      auditRecordChange(tx, actor, {
        action: 'update',
        entity: 'course',
        entityId: course.id,
        patientId: course.patientId,
        before: { referrerId: course.referrerId },
        after: { referrerId },
      });
    },
    { behavior: 'immediate' },
  );
  return { id: course.id };
}
