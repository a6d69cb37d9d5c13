import { lte } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db';
import { clinicSettings } from '@/db/schema';
import { OUTCOME_SETTINGS, SETTING_DEFINITIONS, isSettingKey, type ClinicSettings, type SettingKey } from './domain/settings';

// Framework-free (no server-only): the demo seeder schedules follow-ups with these settings outside Next.

/** A stored JSON value, validated against its setting's definition; undefined when unreadable. */
export function decodeSetting(key: SettingKey, json: string): number | string | undefined {
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
    const value = decodeSetting(row.key, row.value);
    if (value !== undefined) settings[row.key] = value;
  }
  return settings as ClinicSettings;
}
