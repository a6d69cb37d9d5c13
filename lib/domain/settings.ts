import { z } from 'zod';

/**
 * The clinic's settings: every clinical threshold and limit the app applies, with its default and its source.
 * Admins change them on the Settings page; each change is a new version with the time it took effect
 * (lib/settings.ts). This module is pure: definitions and defaults only. The rules are explained in
 * docs/clinical-rules.md.
 */
export type SettingGroup = 'outcomes' | 'scheduling' | 'clinic';
/** `percent` settings are stored as a fraction (0.3) and typed as a percentage (30). */
export type SettingUnit = 'points' | 'percent' | 'days' | 'weeks' | 'sessions' | 'courses' | 'text';

interface Definition<T extends number | string> {
  group: SettingGroup;
  label: string;
  help: string;
  unit: SettingUnit;
  /** Where the default comes from (a publication or the clinic's own practice). */
  source: string;
  default: T;
  schema: z.ZodType<T>;
}

const whole = (label: string, min: number, max: number) =>
  z.coerce
    .number({ error: `Enter the ${label} as a number` })
    .int({ error: `Enter the ${label} as a whole number` })
    .min(min, { error: `The ${label} must be at least ${min}` })
    .max(max, { error: `The ${label} can be at most ${max}` });

const fraction = (label: string, minPercent: number, maxPercent: number) =>
  z.coerce
    .number({ error: `Enter the ${label} as a percentage` })
    .min(minPercent / 100, { error: `The ${label} must be at least ${minPercent} %` })
    .max(maxPercent / 100, { error: `The ${label} can be at most ${maxPercent} %` });

const line = (label: string, max: number) =>
  z
    .string({ error: `Enter the ${label}` })
    .trim()
    .min(1, { error: `Enter the ${label}` })
    .max(max, { error: `The ${label} can be at most ${max} characters` });

const IMMPACT = 'Dworkin RH et al., IMMPACT recommendations, J Pain 2008;9:105–121; Farrar JT et al., Pain 2001;94:149–158';

export const SETTING_DEFINITIONS = {
  responderAbsoluteReduction: {
    group: 'outcomes',
    label: 'Responder: pain reduction in points',
    help: 'A course responds when pain on the 0–10 scale falls from baseline by at least this many points (and by the share below).',
    unit: 'points',
    source: IMMPACT,
    default: 2,
    schema: whole('pain reduction', 1, 10),
  },
  responderRelativeReduction: {
    group: 'outcomes',
    label: 'Responder: pain reduction as a share of baseline',
    help: 'A course responds when pain falls by at least this share of its baseline value (and by the points above).',
    unit: 'percent',
    source: IMMPACT,
    default: 0.3,
    schema: fraction('share of baseline', 10, 100),
  },
  substantialRelativeReduction: {
    group: 'outcomes',
    label: 'Substantial response: pain reduction as a share of baseline',
    help: 'A responding course counts as a substantial response when pain falls by at least this share of baseline.',
    unit: 'percent',
    source: IMMPACT,
    default: 0.5,
    schema: fraction('substantial share of baseline', 10, 100),
  },
  responderMinBaseline: {
    group: 'outcomes',
    label: 'Responder: lowest assessable baseline pain',
    help: 'A course is assessed for response only when its baseline pain is at least this value; below it a fall is within the scale’s measurement error.',
    unit: 'points',
    source: IMMPACT,
    default: 4,
    schema: whole('lowest baseline pain', 1, 10),
  },
  minGroupSize: {
    group: 'outcomes',
    label: 'Smallest group to judge',
    help: 'Groups (a condition, a specialist, a session number) with fewer courses are flagged as too small to judge.',
    unit: 'courses',
    source: 'Clinic practice: rates from fewer than 5 courses have 95 % intervals wider than ±40 points.',
    default: 5,
    schema: whole('group size', 2, 100),
  },
  overdueGraceDays: {
    group: 'scheduling',
    label: 'Overdue after',
    help: 'An active course is overdue once its next due date (last session + interval) is this many days past.',
    unit: 'days',
    source: 'Clinic practice: one week of grace on a 4–6-week treatment interval.',
    default: 7,
    schema: whole('grace period', 0, 60),
  },
  defaultIntervalWeeks: {
    group: 'scheduling',
    label: 'Default treatment interval',
    help: 'Weeks between sessions suggested for a new course.',
    unit: 'weeks',
    source: 'The clinic’s treatment description: sessions every 4–6 weeks.',
    default: 4,
    schema: whole('interval', 1, 12),
  },
  defaultPlannedSessions: {
    group: 'scheduling',
    label: 'Default planned sessions',
    help: 'Sessions suggested for a new course.',
    unit: 'sessions',
    source: 'The clinic’s treatment description: usually 3–6 treatments.',
    default: 4,
    schema: whole('number of sessions', 1, 30),
  },
  clinicName: {
    group: 'clinic',
    label: 'Clinic name',
    help: 'Shown to staff in the sidebar and to patients on their questionnaire links, letters and emails.',
    unit: 'text',
    source: 'The clinic.',
    default: 'ProloTrack Demo Clinic',
    schema: line('clinic name', 120),
  },
  clinicPhone: {
    group: 'clinic',
    label: 'Clinic phone',
    help: 'Shown to patients on their questionnaire pages, for when pain gets much worse. Leave blank to show none.',
    unit: 'text',
    source: 'The clinic.',
    default: '+44 20 7946 0000',
    schema: z.string().trim().max(40, { error: 'The clinic phone can be at most 40 characters' }),
  },
  clinicAddress: {
    group: 'clinic',
    label: 'Clinic address',
    help: 'The letterhead of letters and reports, on one line (commas between parts).',
    unit: 'text',
    source: 'The clinic.',
    default: '1 Harbour Street, Springfield',
    schema: line('clinic address', 300),
  },
} satisfies Record<string, Definition<number> | Definition<string>>;

export type SettingKey = keyof typeof SETTING_DEFINITIONS;
export type ClinicSettings = { [K in SettingKey]: (typeof SETTING_DEFINITIONS)[K]['default'] };
export const SETTING_KEYS = Object.keys(SETTING_DEFINITIONS) as SettingKey[];

export const SETTING_GROUP_LABELS: Record<SettingGroup, string> = {
  outcomes: 'Outcome rules',
  scheduling: 'Scheduling',
  clinic: 'Clinic',
};

/** The settings in force when an admin has changed none of them. */
export const OUTCOME_SETTINGS: ClinicSettings = Object.fromEntries(
  SETTING_KEYS.map((key) => [key, SETTING_DEFINITIONS[key].default]),
) as ClinicSettings;

export type OutcomeSettings = ClinicSettings;

export function isSettingKey(value: unknown): value is SettingKey {
  return typeof value === 'string' && Object.hasOwn(SETTING_DEFINITIONS, value);
}

/** How a stored value reads on screen: `30 %`, `7 days`, `2 points`. */
export function formatSetting(key: SettingKey, value: number | string): string {
  const { unit } = SETTING_DEFINITIONS[key];
  if (unit === 'text') return String(value);
  if (unit === 'percent') return `${Math.round(Number(value) * 1000) / 10} %`;
  const n = Number(value);
  const singular = unit.replace(/s$/, '');
  return `${n} ${n === 1 ? singular : unit}`;
}

/** The value as an admin types it (percentages as 30, not 0.3). */
export function settingInputValue(key: SettingKey, value: number | string): string {
  return SETTING_DEFINITIONS[key].unit === 'percent' ? String(Math.round(Number(value) * 1000) / 10) : String(value);
}

/** Parses what an admin typed into the stored value, or the field's error message. */
export function parseSettingInput(key: SettingKey, raw: string): { value: number | string } | { error: string } {
  const definition = SETTING_DEFINITIONS[key];
  if (raw.trim() === '' && definition.unit !== 'text') return { error: `Enter a value for “${definition.label}”` };
  const input = definition.unit === 'percent' && raw.trim() !== '' ? Number(raw) / 100 : raw;
  const parsed = (definition.schema as z.ZodType<number | string>).safeParse(input);
  return parsed.success ? { value: parsed.data } : { error: parsed.error.issues[0]?.message ?? 'Enter a valid value' };
}
