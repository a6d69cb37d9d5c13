import 'server-only';
import { cache } from 'react';
import { desc, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { clinicSettings, users } from '@/db/schema';
import { AppError } from './errors';
import { auditRecordChange } from './audit/record';
import { requireActor } from './auth/actor';
import { decodeSetting, readSettings } from './settings-read';
import { SETTING_DEFINITIONS, SETTING_KEYS, isSettingKey, parseSettingInput, type ClinicSettings, type SettingKey } from './domain/settings';
import { settingConflicts } from './domain/setting-rules';
import { optionalText } from './validation/common';

export { readSettings };

const HISTORY_LENGTH = 5;

/** The settings for this request (read once per request). Callers have already checked who is asking. */
export const getSettings = cache((): ClinicSettings => readSettings());

/** Every setting with its value in force, source and recent versions, for the Settings page (admins). */
export async function listSettings() {
  await requireActor(['admin']);
  const db = getDb();
  const current = readSettings(db);
  const history = db
    .select({
      id: clinicSettings.id,
      key: clinicSettings.key,
      value: clinicSettings.value,
      effectiveFrom: clinicSettings.effectiveFrom,
      reason: clinicSettings.reason,
      changedByName: users.name,
    })
    .from(clinicSettings)
    .leftJoin(users, eq(users.id, clinicSettings.changedBy))
    .orderBy(desc(clinicSettings.effectiveFrom), desc(clinicSettings.id))
    .all();
  return SETTING_KEYS.map((key) => {
    const versions = history.filter((h) => h.key === key);
    return {
      key,
      ...SETTING_DEFINITIONS[key],
      value: current[key],
      isDefault: versions.length === 0,
      versions: versions.slice(0, HISTORY_LENGTH).map((v) => ({ ...v, value: decodeSetting(key, v.value) })),
    };
  });
}

const reasonSchema = optionalText('Reason', 500);

/**
 * Saves a new version of one setting, in force from now, with its audit event (before and after). A value that breaks
 * a rule across settings with the others in force (lib/domain/setting-rules.ts) is refused. Field errors are keyed
 * by the setting's key (the value) and `<key>Reason`, the names of the Settings page's fields.
 */
export async function updateSetting(input: { key: unknown; value: unknown; reason?: unknown }): Promise<{ key: SettingKey }> {
  const actor = await requireActor(['admin']);
  if (!isSettingKey(input.key)) throw new AppError('not_found');
  const key = input.key;
  const parsed = parseSettingInput(key, typeof input.value === 'string' ? input.value : '');
  if ('error' in parsed) throw new AppError('invalid', 'Some fields need attention.', { [key]: parsed.error });
  const reason = reasonSchema.safeParse(input.reason);
  if (!reason.success) throw new AppError('invalid', 'Some fields need attention.', { [`${key}Reason`]: reason.error.issues[0].message });
  const db = getDb();
  db.transaction(
    (tx) => {
      const current = readSettings(tx);
      const before = current[key];
      if (before === parsed.value) throw new AppError('invalid', 'Some fields need attention.', { [key]: 'This is already the value in force' });
      const conflict = settingConflicts({ ...current, [key]: parsed.value }).find((c) => c.keys.includes(key));
      if (conflict) throw new AppError('invalid', 'Some fields need attention.', { [key]: conflict.message });
      tx.insert(clinicSettings)
        .values({ key, value: JSON.stringify(parsed.value), changedBy: actor.id, reason: reason.data })
        .run();
      auditRecordChange(tx, actor, {
        action: 'settings.change',
        entity: 'setting',
        entityId: key,
        before: { value: before },
        after: { value: parsed.value },
        extra: reason.data ? { reason: reason.data } : undefined,
      });
    },
    { behavior: 'immediate' },
  );
  return { key };
}
