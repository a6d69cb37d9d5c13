import 'server-only';
import { and, asc, count, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/index';
import { auditEvents, patients, users } from '@/db/schema';
import { requireActor } from '../auth/actor';
import { recordAudit } from './chain';

export const AUDIT_PAGE_SIZE = 50;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(Date.parse(s)));
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' || v == null || Array.isArray(v) ? undefined : v), schema.optional()).catch(undefined);

export const auditFilterSchema = z.object({
  user: optional(z.coerce.number().int().positive()),
  patient: optional(z.string().trim().min(1).max(40)),
  action: optional(
    z
      .string()
      .trim()
      .min(1)
      .max(60)
      .regex(/^[\w.:-]+$/),
  ),
  from: optional(isoDate),
  to: optional(isoDate),
  page: optional(z.coerce.number().int().min(1).max(100_000)),
});
export type AuditFilters = z.infer<typeof auditFilterSchema>;

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** One page of the audit log, newest first, for managers and admins. Viewing it is itself audited. */
export async function listAuditEvents(input: Record<string, unknown>) {
  const actor = await requireActor(['manager', 'admin']);
  const filters = auditFilterSchema.parse(input);
  const db = getDb();
  const where: SQL[] = [];
  if (filters.user) where.push(eq(auditEvents.userId, filters.user));
  if (filters.patient) {
    const id = /^\d+$/.test(filters.patient) ? Number(filters.patient) : undefined;
    where.push(
      id != null
        ? sql`(${auditEvents.patientId} = ${id} or ${auditEvents.patientId} in (select id from patients where lower(mrn) = lower(${filters.patient})))`
        : sql`${auditEvents.patientId} in (select id from patients where lower(mrn) = lower(${filters.patient}))`,
    );
  }
  if (filters.action) where.push(eq(auditEvents.action, filters.action));
  if (filters.from) where.push(gte(auditEvents.at, filters.from));
  if (filters.to) where.push(lt(auditEvents.at, nextDay(filters.to)));
  const condition = where.length ? and(...where) : undefined;

  const total = db.select({ n: count() }).from(auditEvents).where(condition).get()?.n ?? 0;
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(filters.page ?? 1, pages);
  const rows = db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      userId: auditEvents.userId,
      userEmail: auditEvents.userEmail,
      userName: users.name,
      action: auditEvents.action,
      entity: auditEvents.entity,
      entityId: auditEvents.entityId,
      patientId: auditEvents.patientId,
      patientMrn: patients.mrn,
      outcome: auditEvents.outcome,
      details: auditEvents.details,
      ip: auditEvents.ip,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.userId))
    .leftJoin(patients, eq(patients.id, auditEvents.patientId))
    .where(condition)
    .orderBy(desc(auditEvents.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((page - 1) * AUDIT_PAGE_SIZE)
    .all();

  recordAudit(db, {
    userId: actor.id,
    userEmail: actor.email,
    action: 'audit.view',
    outcome: 'success',
    details: { filters: { ...filters, page } },
  });
  return { rows, total, page, pages, filters };
}

/** Choices for the audit page's filters: every account (including deactivated) and every recorded action. */
export async function auditFilterOptions() {
  await requireActor(['manager', 'admin']);
  const db = getDb();
  const staff = db.select({ id: users.id, name: users.name, email: users.email }).from(users).orderBy(asc(users.name)).all();
  const actions = db
    .selectDistinct({ action: auditEvents.action })
    .from(auditEvents)
    .orderBy(asc(auditEvents.action))
    .all()
    .map((r) => r.action);
  return { staff, actions };
}
