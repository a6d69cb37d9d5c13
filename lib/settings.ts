import 'server-only';
import { cache } from 'react';
import { desc, eq, lte } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db';
import { clinicSettings, users } from '@/db/schema';
import { AppError } from './errors';
import { auditRecordChange } from './audit/record';
import { requireActor } from './auth/actor';
import {
  OUTCOME_SETTINGS,
  SETTING_DEFINITIONS,
  SETTING_KEYS,
  isSettingKey,
  parseSettingInput,
  type ClinicSettings,
  type SettingKey,
} from './domain/settings';
import { optionalText } from './validation/common';

const HISTORY_LENGTH = 5;

function decode(key: SettingKey, json: string): number | string | undefined {
  try {
    const parsed = SETTING_DEFINITIONS[key].schema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The settings in force at `at`: the latest version of each key that had taken effect, else its default. */
export function readSettings(db: DbOrTx = getDb(), at: string = new Date().toISOString()): ClinicSettings {
  const rows = db
    .select({ key: clinicSettings.key, value: clinicSettings.value })
    .from(clinicSettings)
    .where(lte(clinicSettings.effectiveFrom, at))
    .orderBy(clinicSettings.effectiveFrom, clinicSettings.id)
    .all();
  const settings: Record<string, number | string> = { ...OUTCOME_SETTINGS };
  for (const row of rows) {
    if (!isSettingKey(row.key)) continue;
    const value = decode(row.key, row.value);
    if (value !== undefined) settings[row.key] = value;
  }
  return settings as ClinicSettings;
}

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
      versions: versions.slice(0, HISTORY_LENGTH).map((v) => ({ ...v, value: decode(key, v.value) })),
    };
  });
}

const reasonSchema = optionalText('Reason', 500);

/**
 * Saves a new version of one setting, in force from now, with its audit event (before and after). Field errors are
 * keyed by the setting's key (the value) and `<key>Reason`, the names of the Settings page's fields.
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
      const before = readSettings(tx)[key];
      if (before === parsed.value) throw new AppError('invalid', 'Some fields need attention.', { [key]: 'This is already the value in force' });
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
