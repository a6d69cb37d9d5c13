import 'server-only';
import { and, asc, eq, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import { getDb } from '@/db';
import { patients, users } from '@/db/schema';
import { AppError } from './errors';
import { auditListViewed, auditRecordChange, auditViewed } from './audit/record';
import { requireActor, type Actor } from './auth/actor';
import { assertPatientAccess, patientOwner } from './auth/access';
import { fieldErrorsOf } from './validation/form-errors';
import { patientInputSchema } from './validation/patient';
import { idSchema } from './validation/common';
import { patientName } from './domain/patient-name';

const PATIENT_PAGE_SIZE = 25;
const PATIENT_SORTS = ['name', 'mrn', 'dob', 'recent'] as const;
type PatientSort = (typeof PATIENT_SORTS)[number];

interface PatientListQuery {
  q?: string;
  page?: number;
  sort?: string;
  archived?: boolean;
}

function scope(actor: Actor): SQL | undefined {
  return actor.role === 'specialist' ? eq(patients.specialistId, actor.id) : undefined;
}

const ORDER: Record<PatientSort, SQL[]> = {
  name: [asc(patients.familyName), asc(patients.givenName)],
  mrn: [asc(patients.mrn)],
  dob: [asc(patients.dateOfBirth)],
  // The selected "lastSession" column, so the subquery is not written (or run) twice.
  recent: [sql`"lastSession" desc nulls last`, asc(patients.familyName)],
};

/** The patient on a course row (worklist, overdue list): what `patientName` and the patient cell need. */
export interface PatientRef {
  patientId: number;
  givenName: string;
  familyName: string;
  mrn: string;
}

/** `patients p` in hand-written queries (`from courses c join patients p on p.id = c.patient_id`). */
export const patientsP = alias(patients, 'p');

/** Selects a `PatientRef` from `patients p`. */
export const PATIENT_REF_COLUMNS = sql`${patientsP.id} as "patientId", ${patientsP.givenName} as "givenName",
  ${patientsP.familyName} as "familyName", ${patientsP.mrn} as "mrn"`;

/** The patient as a course row shows it (`PatientCell`). */
export interface ShownPatient {
  patientId: number;
  patientName: string;
  mrn: string;
}

export function showPatient(ref: PatientRef): ShownPatient {
  return { patientId: ref.patientId, patientName: patientName(ref), mrn: ref.mrn };
}

/** The search box's text as the searches match it: trimmed, lower case, at most 100 characters. */
export function searchTerm(query: string | undefined): string {
  return (query ?? '').trim().toLowerCase().slice(0, 100);
}

type NameColumns = Record<'givenName' | 'familyName' | 'mrn', AnyColumn>;

/** Patients (the table or an alias of it) whose name as shown ("Ada Lovelace") or MRN contains `q`, a `searchTerm`. */
export function patientSearch(p: NameColumns, q: string): SQL | undefined {
  if (!q) return undefined;
  const like = `%${q}%`;
  return sql`(lower(${p.givenName} || ' ' || ${p.familyName}) like ${like} or lower(${p.mrn}) like ${like})`;
}

export async function listPatients(query: PatientListQuery) {
  const actor = await requireActor();
  const q = searchTerm(query.q);
  const sort: PatientSort = (PATIENT_SORTS as readonly string[]).includes(query.sort ?? '') ? (query.sort as PatientSort) : 'name';
  const where = and(scope(actor), eq(patients.archived, Boolean(query.archived)), patientSearch(patients, q));
  const db = getDb();
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(patients)
      .where(where)
      .get()?.n ?? 0;
  const pages = Math.max(1, Math.ceil(total / PATIENT_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(query.page ?? 1) || 1), pages);
  const rows = db
    .select({
      id: patients.id,
      mrn: patients.mrn,
      givenName: patients.givenName,
      familyName: patients.familyName,
      dateOfBirth: patients.dateOfBirth,
      sex: patients.sex,
      specialistName: users.name,
      activeCourses: sql<number>`(select count(*) from courses c where c.patient_id = ${patients.id} and c.status = 'active')`,
      lastSession: sql<
        string | null
      >`(select max(s.session_date) from treatment_sessions s join courses c on c.id = s.course_id where c.patient_id = ${patients.id})`.as(
        'lastSession',
      ),
    })
    .from(patients)
    .innerJoin(users, eq(users.id, patients.specialistId))
    .where(where)
    .orderBy(...ORDER[sort])
    .limit(PATIENT_PAGE_SIZE)
    .offset((page - 1) * PATIENT_PAGE_SIZE)
    .all();
  auditListViewed(
    db,
    actor,
    'patient_list',
    rows.map((r) => r.id),
    { q, page, archived: Boolean(query.archived) },
  );
  return { rows, total, page, pages, sort, q };
}

/** One patient with demographics; audits the view. */
export async function getPatient(idRaw: unknown) {
  const actor = await requireActor();
  const id = idSchema.safeParse(idRaw);
  if (!id.success) throw new AppError('not_found');
  const db = getDb();
  const row = db
    .select({ patient: patients, specialistName: users.name })
    .from(patients)
    .innerJoin(users, eq(users.id, patients.specialistId))
    .where(eq(patients.id, id.data))
    .get();
  assertPatientAccess(actor, row?.patient.specialistId, 'read');
  auditViewed(db, actor, 'patient', id.data, id.data);
  return { ...row!.patient, specialistName: row!.specialistName };
}

function parsePatient(input: unknown) {
  const parsed = patientInputSchema.safeParse(input);
  if (!parsed.success) throw new AppError('invalid', 'Some fields need attention.', fieldErrorsOf(parsed.error));
  return parsed.data;
}

function assertMrnFree(mrn: string, exceptId?: number) {
  const clash = getDb().select({ id: patients.id }).from(patients).where(eq(patients.mrn, mrn)).get();
  if (clash && clash.id !== exceptId) {
    throw new AppError('invalid', 'Some fields need attention.', { mrn: 'Another patient already has this MRN' });
  }
}

export async function createPatient(input: unknown): Promise<{ id: number }> {
  const actor = await requireActor(['specialist']);
  const data = parsePatient(input);
  assertMrnFree(data.mrn);
  const db = getDb();
  return db.transaction(
    (tx) => {
      const { id } = tx
        .insert(patients)
        .values({ ...data, specialistId: actor.id })
        .returning({ id: patients.id })
        .get();
      auditRecordChange(tx, actor, { action: 'create', entity: 'patient', entityId: id, patientId: id, after: data });
      return { id };
    },
    { behavior: 'immediate' },
  );
}

export async function updatePatient(idRaw: unknown, input: unknown): Promise<{ id: number }> {
  const actor = await requireActor(['specialist']);
  const id = idSchema.safeParse(idRaw);
  if (!id.success) throw new AppError('not_found');
  assertPatientAccess(actor, patientOwner(id.data), 'write');
  const data = parsePatient(input);
  assertMrnFree(data.mrn, id.data);
  const db = getDb();
  db.transaction(
    (tx) => {
      const { mrn, givenName, familyName, dateOfBirth, sex, phone, email } = tx.select().from(patients).where(eq(patients.id, id.data)).get()!;
      const before = { mrn, givenName, familyName, dateOfBirth, sex, phone, email };
      tx.update(patients).set(data).where(eq(patients.id, id.data)).run();
      auditRecordChange(tx, actor, { action: 'update', entity: 'patient', entityId: id.data, patientId: id.data, before, after: data });
    },
    { behavior: 'immediate' },
  );
  return { id: id.data };
}

export async function setPatientArchived(idRaw: unknown, archivedRaw: unknown): Promise<{ id: number }> {
  const actor = await requireActor(['specialist']);
  const id = idSchema.safeParse(idRaw);
  if (!id.success) throw new AppError('not_found');
  // Bound action arguments arrive from the browser like any other input.
  const archived = z.boolean().safeParse(archivedRaw);
  if (!archived.success) throw new AppError('invalid', 'Choose whether to archive or restore the patient.');
  assertPatientAccess(actor, patientOwner(id.data), 'write');
  const db = getDb();
  db.transaction(
    (tx) => {
      tx.update(patients).set({ archived: archived.data }).where(eq(patients.id, id.data)).run();
      auditRecordChange(tx, actor, { action: archived.data ? 'archive' : 'unarchive', entity: 'patient', entityId: id.data, patientId: id.data });
    },
    { behavior: 'immediate' },
  );
  return { id: id.data };
}
