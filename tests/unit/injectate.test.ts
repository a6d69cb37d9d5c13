import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useTempDatabase } from './support/test-db';
import { actAs } from './support/mock-actor';
import { insertBasics } from './support/fixtures';
import { doseCheck } from '@/lib/domain/anaesthetics';
import { OUTCOME_SETTINGS } from '@/lib/domain/settings';

vi.mock('@/lib/auth/actor', () => import('./support/mock-actor'));
const { createSession } = await import('@/lib/sessions');

const temp = useTempDatabase();
afterAll(() => temp.cleanup());

let ids: ReturnType<typeof insertBasics>;
const q = <T>(sql: string, ...args: unknown[]) =>
  temp
    .db()
    .$client.prepare(sql)
    .get(...args) as T;
const session = (sites: Record<string, unknown>[], extra: Record<string, unknown> = {}) => ({
  sessionDate: '2026-02-02',
  pain: 6,
  mobility: 5,
  sleep: 5,
  ultrasoundGuided: true,
  needling: false,
  notes: '',
  sites: sites.map((s, i) => ({ siteCode: ['shoulder.supraspinatus', 'knee.mcl'][i], side: 'left', injectionCount: 1, dextrosePct: 15, ...s })),
  ...extra,
});

beforeAll(() => {
  ids = insertBasics(temp.db().$client);
  temp.db().$client.prepare('update patients set weight_kg = 60 where id = ?').run(ids.patient);
  actAs({ id: ids.user, role: 'specialist', name: 'A', email: 'a@test' });
});

describe('dose check', () => {
  it('totals mg per drug, limits per kg and in total, and adds fractions across drugs', () => {
    expect(doseCheck([{ anaestheticAgent: 'lidocaine_1', anaestheticMl: 30 }], 60, OUTCOME_SETTINGS)).toEqual({
      totals: [{ drug: 'lidocaine', mg: 300, maxMg: 270 }],
      exceeded: true,
    });
    expect(doseCheck([{ anaestheticAgent: 'lidocaine_1', anaestheticMl: 10 }], 60, OUTCOME_SETTINGS).exceeded).toBe(false);
    // Without a weight only the total limit applies; 2 % holds twice as much.
    expect(doseCheck([{ anaestheticAgent: 'lidocaine_2', anaestheticMl: 15 }], null, OUTCOME_SETTINGS).exceeded).toBe(false);
    expect(doseCheck([{ anaestheticAgent: 'lidocaine_2', anaestheticMl: 15.5 }], null, OUTCOME_SETTINGS).exceeded).toBe(true);
    // 60 % of the lidocaine maximum and 60 % of the bupivacaine maximum together exceed.
    const mixed = [
      { anaestheticAgent: 'lidocaine_1', anaestheticMl: 16.2 },
      { anaestheticAgent: 'bupivacaine_0_5', anaestheticMl: 14.4 },
    ];
    expect(doseCheck(mixed, 60, OUTCOME_SETTINGS).exceeded).toBe(true);
    expect(doseCheck(mixed.slice(0, 1), 60, OUTCOME_SETTINGS).exceeded).toBe(false);
  });
});

describe('injectate on save', () => {
  it('refuses lidocaine 1 % 30 mL for 60 kg without a reason, and saves it with one, stored and audited', async () => {
    const before = q<{ n: number }>('select count(*) as n from treatment_sessions').n;
    const over = session([{ anaestheticAgent: 'lidocaine_1', anaestheticMl: 30, lotNumber: 'LX-1' }]);
    await expect(createSession(ids.course, over)).rejects.toMatchObject({ fields: { doseOverrideReason: expect.stringContaining('300 mg') } });
    expect(q<{ n: number }>('select count(*) as n from treatment_sessions').n).toBe(before);
    const { id } = await createSession(ids.course, { ...over, doseOverrideReason: 'Large joint, discussed with patient' });
    expect(q('select dose_override_reason as r from treatment_sessions where id = ?', id)).toEqual({ r: 'Large joint, discussed with patient' });
    expect(q('select anaesthetic_agent as a, anaesthetic_ml as ml, lot_number as lot from injections where session_id = ?', id)).toEqual({
      a: 'lidocaine_1',
      ml: 30,
      lot: 'LX-1',
    });
    const audit = q<{ details: string }>(
      `select details from audit_events where entity = 'session' and entity_id = ? and action = 'create'`,
      String(id),
    );
    expect(audit.details).toContain('Large joint, discussed with patient');
  });

  it('saves 10 mL without a warning and keeps no reason', async () => {
    const { id } = await createSession(
      ids.course,
      session([{ anaestheticAgent: 'lidocaine_1', anaestheticMl: 10 }], { doseOverrideReason: 'not needed' }),
    );
    expect(q('select dose_override_reason as r from treatment_sessions where id = ?', id)).toEqual({ r: null });
  });

  it('needs a volume with an agent, and refuses dextrose above the limit', async () => {
    await expect(createSession(ids.course, session([{ anaestheticAgent: 'bupivacaine_0_5' }]))).rejects.toMatchObject({
      fields: { 'sites.0.anaestheticMl': expect.any(String) },
    });
    await expect(createSession(ids.course, session([{ dextrosePct: 55 }]))).rejects.toMatchObject({
      fields: { 'sites.0.dextrosePct': expect.any(String) },
    });
    temp
      .db()
      .$client.prepare(`insert into clinic_settings (key, value, effective_from) values ('dextroseMaxPct', '30', '2020-01-01T00:00:00.000Z')`)
      .run();
    await expect(createSession(ids.course, session([{ dextrosePct: 35 }]))).rejects.toMatchObject({
      fields: { 'sites.0.dextrosePct': 'Dextrose can be at most 30 %' },
    });
  });
});
