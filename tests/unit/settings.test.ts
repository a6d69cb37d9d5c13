import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import { useTempDatabase } from './support/test-db';
import { clinicSettings, users } from '@/db/schema';
import { actAs } from './support/mock-actor';
import { OUTCOME_SETTINGS, formatSetting, parseSettingInput, settingInputValue } from '@/lib/domain/settings';

vi.mock('@/lib/auth/actor', () => import('./support/mock-actor'));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));

const { listSettings, readSettings, updateSetting } = await import('@/lib/settings');
const { updateSettingAction } = await import('@/lib/actions/settings-actions');

const temp = useTempDatabase();
afterAll(() => temp.cleanup());
let adminId: number;
beforeAll(() => {
  adminId = Number(
    temp.db().insert(users).values({ email: 'a@clinic.test', name: 'Ada Admin', role: 'admin', passwordHash: 'x' }).run().lastInsertRowid,
  );
});
const admin = () => ({ id: adminId, role: 'admin' as const, name: 'Ada Admin', email: 'a@clinic.test' });
const versions = () => temp.db().get<{ n: number }>(sql`select count(*) as n from clinic_settings`)!.n;
const form = (values: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) fd.set(k, v);
  return fd;
};

describe('setting definitions', () => {
  it('types percentages as percent and stores fractions', () => {
    expect(parseSettingInput('responderRelativeReduction', '50')).toEqual({ value: 0.5 });
    expect(settingInputValue('responderRelativeReduction', 0.3)).toBe('30');
    expect(formatSetting('responderRelativeReduction', 0.3)).toBe('30 %');
    expect(formatSetting('overdueGraceDays', 1)).toBe('1 day');
    expect(formatSetting('overdueGraceDays', 7)).toBe('7 days');
  });
  it('refuses values outside their limits with a message for the field', () => {
    expect(parseSettingInput('responderAbsoluteReduction', '11')).toEqual({ error: 'The pain reduction can be at most 10' });
    expect(parseSettingInput('responderAbsoluteReduction', '1.5')).toEqual({ error: 'Enter the pain reduction as a whole number' });
    expect(parseSettingInput('overdueGraceDays', '')).toHaveProperty('error');
    expect(parseSettingInput('clinicName', '   ')).toHaveProperty('error');
  });
});

describe('versioned settings', () => {
  it('reads the defaults until an admin changes one', () => {
    expect(readSettings(temp.db())).toEqual(OUTCOME_SETTINGS);
  });

  it('saves a new version in force from now, keeps the old one and audits both values', async () => {
    actAs(admin());
    await updateSetting({ key: 'overdueGraceDays', value: '10', reason: 'Longer holidays' });
    expect(readSettings(temp.db()).overdueGraceDays).toBe(10);
    await updateSetting({ key: 'overdueGraceDays', value: '5' });
    expect(readSettings(temp.db()).overdueGraceDays).toBe(5);
    expect(readSettings(temp.db(), '2000-01-01T00:00:00.000Z').overdueGraceDays).toBe(OUTCOME_SETTINGS.overdueGraceDays);
    const listed = (await listSettings()).find((s) => s.key === 'overdueGraceDays')!;
    expect(listed.versions.map((v) => v.value)).toEqual([5, 10]);
    expect(listed.versions[1]).toMatchObject({ reason: 'Longer holidays', changedByName: 'Ada Admin' });
    const events = temp.db().all<{ details: string }>(sql`select details from audit_events where action = 'settings.change' order by id`);
    expect(JSON.parse(events[0].details)).toMatchObject({ changes: { value: { from: 7, to: 10 } }, reason: 'Longer holidays' });
  });

  it('a future version is not in force yet', () => {
    temp.db().insert(clinicSettings).values({ key: 'minGroupSize', value: '9', effectiveFrom: '2999-01-01T00:00:00.000Z' }).run();
    expect(readSettings(temp.db()).minGroupSize).toBe(OUTCOME_SETTINGS.minGroupSize);
    expect(readSettings(temp.db(), '2999-06-01T00:00:00.000Z').minGroupSize).toBe(9);
  });

  it('bad input is refused next to the field and saves nothing', async () => {
    actAs(admin());
    const before = versions();
    expect(await updateSettingAction('responderRelativeReduction', {}, form({ responderRelativeReduction: '150' }))).toMatchObject({
      errors: { responderRelativeReduction: 'The share of baseline can be at most 100 %' },
    });
    expect(await updateSettingAction('overdueGraceDays', {}, form({ overdueGraceDays: '5' }))).toMatchObject({
      errors: { overdueGraceDays: 'This is already the value in force' },
    });
    expect(await updateSettingAction('noSuchSetting', {}, form({ noSuchSetting: '5' }))).toMatchObject({ message: 'Not found.' });
    expect(versions()).toBe(before);
  });

  it('only admins change settings', async () => {
    const before = versions();
    for (const role of ['specialist', 'manager'] as const) {
      actAs({ id: adminId, role, name: 'X', email: 'x@clinic.test' });
      await expect(updateSetting({ key: 'overdueGraceDays', value: '3' })).rejects.toMatchObject({ code: 'forbidden' });
    }
    actAs(null);
    await expect(updateSetting({ key: 'overdueGraceDays', value: '3' })).rejects.toMatchObject({ code: 'unauthenticated' });
    expect(versions()).toBe(before);
  });
});
