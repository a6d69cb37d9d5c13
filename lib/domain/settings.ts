import { isValid, parseISO } from 'date-fns';
import { z } from 'zod';
import { formatDate } from './dates';

/**
 * The clinic's settings: every clinical threshold and limit the app applies, with its default and its source.
 * Admins change them on the Settings page; each change is a new version with the time it took effect
 * (lib/settings.ts). This module is pure: definitions and defaults only. The rules are explained in
 * docs/clinical-rules.md.
 */
export type SettingGroup = 'outcomes' | 'scheduling' | 'followUps' | 'clinic' | 'safety';
/** `percent` settings are stored as a fraction (0.3) and typed as a percentage (30). */
export type SettingUnit =
  'points' | 'percent' | 'hours' | 'days' | 'weeks' | 'months' | 'sessions' | 'courses' | 'text' | 'date' | 'mg' | 'mg/kg' | 'concentration';

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

const decimal = (label: string, min: number, max: number) =>
  z.coerce
    .number({ error: `Enter the ${label} as a number` })
    .min(min, { error: `The ${label} must be at least ${min}` })
    .max(max, { error: `The ${label} can be at most ${max}` });

// Maximum single doses of local anaesthetic without adrenaline, per kg and in total (the lower applies).
const LIDOCAINE_SOURCE =
  'Xylocaine (lidocaine HCl) prescribing information: without epinephrine at most 4.5 mg/kg and in general not more than 300 mg in total';
const BUPIVACAINE_SOURCE = 'Bupivacaine (Marcaine) UK SmPC: 2 mg/kg; Marcaine US prescribing information: at most 175 mg without epinephrine';
const ROPIVACAINE_SOURCE = 'NYSORA, Clinical pharmacology of local anesthetics (maximum dose table): ropivacaine 3 mg/kg, about 225 mg';

const FOLLOW_UP_TIMING =
  'Prolotherapy trials measure outcomes 6 weeks to 12 months after the last injection, e.g. Rabago D et al., Ann Fam Med 2013;11:229–237 (to 52 weeks)';
const FOLLOW_UP_WINDOW = 'Clinic practice: ±2 weeks around the 6-week follow-up, ±4 weeks around the later ones, without overlap';
const REMINDERS =
  'Edwards PJ et al., Methods to increase response to postal and electronic questionnaires, Cochrane Database Syst Rev 2009;(3):MR000008: reminders raise response';

/** A follow-up time point's offset after the last injection: its name (the code) stays; the range keeps its place. */
const followUpOffset = (name: string, unit: 'weeks' | 'months', value: number, min: number, max: number): Definition<number> => ({
  group: 'followUps',
  label: `Follow-up “${name}”: due after the last injection`,
  help: `When the “${name}” follow-up is due, counted from the last session with injections. Applies to follow-ups scheduled from now on; those already scheduled keep their dates.`,
  unit,
  source: FOLLOW_UP_TIMING,
  default: value,
  schema: whole(`time to the ${name} follow-up`, min, max),
});

const followUpWindow = (name: string, value: number): Definition<number> => ({
  group: 'followUps',
  label: `Follow-up “${name}”: answer window (±)`,
  help: `Days before and after the due date in which the “${name}” follow-up can be answered; after it the follow-up is missed. Windows of successive time points must not overlap.`,
  unit: 'days',
  source: FOLLOW_UP_WINDOW,
  default: value,
  schema: whole(`${name} answer window`, 1, 90),
});

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
  followUpW6Weeks: followUpOffset('6 weeks', 'weeks', 6, 2, 12),
  followUpW6WindowDays: followUpWindow('6 weeks', 14),
  followUpM3Months: followUpOffset('3 months', 'months', 3, 2, 5),
  followUpM3WindowDays: followUpWindow('3 months', 28),
  followUpM6Months: followUpOffset('6 months', 'months', 6, 4, 9),
  followUpM6WindowDays: followUpWindow('6 months', 28),
  followUpM12Months: followUpOffset('12 months', 'months', 12, 9, 24),
  followUpM12WindowDays: followUpWindow('12 months', 28),
  followUpLinkExpiryDays: {
    group: 'followUps',
    label: 'Follow-up links expire after',
    help: 'Days a follow-up questionnaire link works, from the moment staff create it. Links already given out keep their expiry.',
    unit: 'days',
    source: 'Clinic practice: two weeks, about the 6-week answer window; the reminders must fall inside it.',
    default: 14,
    schema: whole('link lifetime', 1, 60),
  },
  preSessionLinkExpiryHours: {
    group: 'followUps',
    label: 'Pre-session links expire after',
    help: 'Hours a link for today’s pre-session questions works (waiting room or the patient’s phone).',
    unit: 'hours',
    source: 'Clinic practice: the scores describe the patient on the day of the session, so the link lasts for the wait.',
    default: 2,
    schema: whole('pre-session link lifetime', 1, 24),
  },
  linkFirstReminderDays: {
    group: 'followUps',
    label: 'First reminder email after',
    help: 'Days after a follow-up link was emailed when the first reminder goes out, while it is unanswered.',
    unit: 'days',
    source: REMINDERS,
    default: 3,
    schema: whole('first reminder', 1, 59),
  },
  linkSecondReminderDays: {
    group: 'followUps',
    label: 'Second reminder email after',
    help: 'Days after a follow-up link was emailed when the second and last reminder goes out; before the link expires.',
    unit: 'days',
    source: REMINDERS,
    default: 7,
    schema: whole('second reminder', 2, 59),
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
  checkInFromDays: {
    group: 'safety',
    label: 'Check-in due from',
    help: 'Days after a session with injections when its patient check-in becomes due.',
    unit: 'days',
    source:
      'Clinic practice: a post-injection flare usually settles within 72 hours; complications such as infection or a post-dural-puncture headache show within days.',
    default: 2,
    schema: whole('start of the check-in window', 1, 14),
  },
  checkInToDays: {
    group: 'safety',
    label: 'Check-in due until',
    help: 'Days after a session with injections until which its patient check-in can be answered.',
    unit: 'days',
    source: 'Clinic practice: the 72-hour check-in, answered 2–4 days after the session.',
    default: 4,
    schema: whole('end of the check-in window', 1, 30),
  },
  checkInsStartDate: {
    group: 'safety',
    label: 'Check-ins start on',
    help: 'Sessions with injections dated before this day have no check-in: none is due or missed, and none counts in the figures. Blank: every session has one (a clinic that had check-ins from its first session).',
    unit: 'date',
    source: 'Set when the check-ins were introduced: the day a clinic that already had sessions upgraded (blank on a new installation).',
    default: '',
    schema: z
      .string({ error: 'Enter the date as YYYY-MM-DD' })
      .trim()
      .refine((v) => v === '' || (/^\d{4}-\d{2}-\d{2}$/.test(v) && isValid(parseISO(v))), { error: 'Enter the date as YYYY-MM-DD' }),
  },
  redFlagMessage: {
    group: 'safety',
    label: 'Red-flag advice to the patient',
    help: 'Shown to a patient whose check-in answers include a warning sign.',
    unit: 'text',
    source: 'The clinic.',
    default:
      'Some of your answers need attention today. Please call the clinic now. If you are short of breath, have chest pain or feel very unwell, call emergency services (999).',
    schema: line('red-flag advice', 600),
  },
  dextroseWarnPct: {
    group: 'safety',
    label: 'Dextrose: warn above',
    help: 'The session form warns when a site’s dextrose concentration is above this.',
    unit: 'concentration',
    source: 'Rabago D et al., Prolotherapy in primary care practice, Prim Care 2010;37:65–80: 12.5–25 % dextrose is the usual range.',
    default: 25,
    schema: decimal('dextrose warning', 1, 50),
  },
  dextroseMaxPct: {
    group: 'safety',
    label: 'Dextrose: refuse above',
    help: 'A site’s dextrose concentration above this cannot be saved.',
    unit: 'concentration',
    source: 'Rabago D et al., Prim Care 2010;37:65–80: hyperosmolar dextrose up to 50 % (the stock solution).',
    default: 50,
    schema: decimal('dextrose limit', 1, 50),
  },
  lidocaineMaxMgPerKg: {
    group: 'safety',
    label: 'Lidocaine: maximum per kg',
    help: 'Maximum total lidocaine per session per kg of body weight.',
    unit: 'mg/kg',
    source: LIDOCAINE_SOURCE,
    default: 4.5,
    schema: decimal('lidocaine maximum per kg', 0.5, 10),
  },
  lidocaineMaxMg: {
    group: 'safety',
    label: 'Lidocaine: maximum total',
    help: 'Maximum total lidocaine per session whatever the weight.',
    unit: 'mg',
    source: LIDOCAINE_SOURCE,
    default: 300,
    schema: decimal('lidocaine maximum', 10, 1000),
  },
  bupivacaineMaxMgPerKg: {
    group: 'safety',
    label: 'Bupivacaine: maximum per kg',
    help: 'Maximum total bupivacaine per session per kg of body weight.',
    unit: 'mg/kg',
    source: BUPIVACAINE_SOURCE,
    default: 2,
    schema: decimal('bupivacaine maximum per kg', 0.5, 10),
  },
  bupivacaineMaxMg: {
    group: 'safety',
    label: 'Bupivacaine: maximum total',
    help: 'Maximum total bupivacaine per session whatever the weight.',
    unit: 'mg',
    source: BUPIVACAINE_SOURCE,
    default: 175,
    schema: decimal('bupivacaine maximum', 10, 1000),
  },
  ropivacaineMaxMgPerKg: {
    group: 'safety',
    label: 'Ropivacaine: maximum per kg',
    help: 'Maximum total ropivacaine per session per kg of body weight.',
    unit: 'mg/kg',
    source: ROPIVACAINE_SOURCE,
    default: 3,
    schema: decimal('ropivacaine maximum per kg', 0.5, 10),
  },
  ropivacaineMaxMg: {
    group: 'safety',
    label: 'Ropivacaine: maximum total',
    help: 'Maximum total ropivacaine per session whatever the weight.',
    unit: 'mg',
    source: ROPIVACAINE_SOURCE,
    default: 225,
    schema: decimal('ropivacaine maximum', 10, 1000),
  },
} satisfies Record<string, Definition<number> | Definition<string>>;

export type SettingKey = keyof typeof SETTING_DEFINITIONS;
export type ClinicSettings = { [K in SettingKey]: (typeof SETTING_DEFINITIONS)[K]['default'] };
export const SETTING_KEYS = Object.keys(SETTING_DEFINITIONS) as SettingKey[];

export const SETTING_GROUP_LABELS: Record<SettingGroup, string> = {
  outcomes: 'Outcome rules',
  scheduling: 'Scheduling',
  followUps: 'Follow-ups and patient links',
  clinic: 'Clinic',
  safety: 'Safety',
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
  if (unit === 'date') return value === '' ? 'Every session' : formatDate(String(value));
  if (unit === 'percent') return `${Math.round(Number(value) * 1000) / 10} %`;
  const n = Number(value);
  if (unit === 'concentration') return `${n} %`;
  if (unit === 'mg' || unit === 'mg/kg') return `${n} ${unit}`;
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
