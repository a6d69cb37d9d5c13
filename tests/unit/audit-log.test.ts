import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useTempDatabase } from './support/test-db';
import { insertBasics } from './support/fixtures';
import { recordAudit } from '@/lib/audit/chain';
import type { Actor } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';

const as = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/actor', () => ({
  getActor: async () => as.actor,
  requireActor: async (roles?: string[]) => {
    if (!as.actor) throw new AppError('unauthenticated');
    if (roles && !roles.includes(as.actor.role)) throw new AppError('forbidden');
    return as.actor;
  },
}));

const { auditRecordChange, changedFields } = await import('@/lib/audit/record');
const { AUDIT_PAGE_SIZE, listAuditEvents } = await import('@/lib/audit/queries');

const temp = useTempDatabase();
const manager: Actor = { id: 900, role: 'manager', name: 'M', email: 'm@clinic.test' };
let basics: ReturnType<typeof insertBasics>;
let mrn = '';
beforeAll(() => {
  const db = temp.db();
  basics = insertBasics(db.$client);
  mrn = (db.$client.prepare('select mrn from patients where id = ?').get(basics.patient) as { mrn: string }).mrn;
  for (let i = 0; i < 120; i++) {
    recordAudit(db, {
      userId: i % 2 ? basics.user : 77,
      action: i % 3 ? 'patient.view' : 'login',
      patientId: i % 3 ? basics.patient : null,
      outcome: 'success',
    });
  }
});
afterAll(() => temp.cleanup());

describe('audit log listing', () => {
  it('is for managers and admins only', async () => {
    as.actor = { ...manager, role: 'specialist' };
    await expect(listAuditEvents({})).rejects.toMatchObject({ status: 403 });
    as.actor = null;
    await expect(listAuditEvents({})).rejects.toMatchObject({ status: 401 });
  });

  it('pages newest first and filters by user, patient MRN, action and date', async () => {
    as.actor = manager;
    const all = await listAuditEvents({});
    expect(all.total).toBeGreaterThanOrEqual(120);
    expect(all.rows).toHaveLength(AUDIT_PAGE_SIZE);
    expect(all.rows[0].id).toBeGreaterThan(all.rows[1].id);
    const page3 = await listAuditEvents({ page: '3' });
    expect(page3.page).toBe(3);
    expect(page3.rows.at(-1)!.id).toBeLessThan(all.rows.at(-1)!.id);

    const byUser = await listAuditEvents({ user: String(basics.user) });
    expect(byUser.total).toBe(60);
    const byPatient = await listAuditEvents({ patient: mrn.toLowerCase() });
    expect(byPatient.total).toBe(80);
    expect(byPatient.rows.every((r) => r.patientMrn === mrn)).toBe(true);
    const logins = await listAuditEvents({ action: 'login' });
    expect(logins.total).toBe(40);
    const today = new Date().toISOString().slice(0, 10);
    expect((await listAuditEvents({ action: 'login', from: today, to: today })).total).toBe(40);
    expect((await listAuditEvents({ action: 'login', to: '2020-01-01' })).total).toBe(0);
  });

  it('ignores malformed filters instead of failing', async () => {
    as.actor = manager;
    const result = await listAuditEvents({ user: 'x; drop table', from: '2026-13-45', action: "'; --", page: ['1', '2'] });
    expect(result.filters).toEqual({});
  });

  it('records its own viewing', async () => {
    as.actor = manager;
    await listAuditEvents({ action: 'login' });
    const last = await listAuditEvents({ action: 'audit.view' });
    expect(last.rows[0].userEmail).toBe(manager.email);
  });
});

describe('record changes', () => {
  it('keeps only changed fields, with before and after', () => {
    expect(changedFields({ a: 1, b: 'x', updatedAt: '1' }, { a: 2, b: 'x', updatedAt: '2', c: true })).toEqual({
      a: { from: 1, to: 2 },
      c: { from: null, to: true },
    });
  });

  it('writes a change event with the patient it concerns', async () => {
    as.actor = manager;
    auditRecordChange(temp.db(), manager, {
      action: 'course.update',
      entity: 'course',
      entityId: basics.course,
      patientId: basics.patient,
      before: { status: 'active' },
      after: { status: 'completed' },
    });
    const [row] = (await listAuditEvents({ action: 'course.update' })).rows;
    expect(JSON.parse(row.details!)).toEqual({ changes: { status: { from: 'active', to: 'completed' } } });
    expect(row.patientId).toBe(basics.patient);
  });
});
