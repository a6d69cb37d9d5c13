import { addDays, parseISO } from 'date-fns';
import { CONDITIONS, type Condition } from '../domain/conditions';
import { SIDED_REGIONS, type RegionCode } from '../domain/regions';
import { sitesInRegion } from '../domain/sites';
import { toIsoDate } from '../domain/outcome-rules';
import { ADVERSE_EVENT_TYPES } from '@/db/schema';
import { createRandom, type Random } from './random';
import { FAMILY_NAMES, GIVEN_NAMES } from './people';

interface GenPatient {
  key: number;
  mrn: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  sex: 'female' | 'male' | 'other';
  phone: string;
  specialistIndex: number;
}

interface GenInjection {
  siteCode: string;
  side: 'left' | 'right' | 'midline';
  injectionCount: number;
  dextrosePct: number;
  anaesthetic: string | null;
  volumeMl: number;
}

interface GenSession {
  sessionDate: string;
  pain: number;
  mobility: number;
  sleep: number;
  ultrasoundGuided: boolean;
  needling: boolean;
  adverseEvents: GenAdverseEvent[];
  notes: string | null;
  injections: GenInjection[];
}

interface GenAdverseEvent {
  type: (typeof ADVERSE_EVENT_TYPES)[number];
  description: string;
  severity: 'mild';
  onsetDate: string;
  resolutionDate: string | null;
}

interface GenCourse {
  patientKey: number;
  specialistIndex: number;
  condition: string;
  region: RegionCode;
  side: 'left' | 'right' | 'bilateral' | 'midline';
  startDate: string;
  plannedSessions: number;
  intervalWeeks: number;
  status: 'active' | 'completed' | 'discontinued';
  endReason: string | null;
  endDate: string | null;
  sessions: GenSession[];
}

interface GenOptions {
  patients: number;
  specialists: number;
  today: string;
  seed?: number;
}

const clamp = (v: number) => Math.max(0, Math.min(10, Math.round(v)));
const DISCONTINUE_REASONS = [
  'Moved away',
  'Insufficient improvement',
  'Patient preference',
  'Referred for surgical opinion',
  'Could not attend appointments',
];
const ADVERSE_NOTES: Partial<Record<(typeof ADVERSE_EVENT_TYPES)[number], string>> = {
  vasovagal: 'Felt faint after injection; recovered lying down within 10 minutes.',
  post_injection_flare: 'Pain flare for 48 hours after treatment, settled with ice and paracetamol.',
  bruising: 'Bruising at injection site, resolved within a week.',
  nerve_irritation: 'Transient tingling in the distribution of the nearby nerve.',
};

function patientOf(rng: Random, key: number, specialists: number, today: string): GenPatient {
  const sex = rng.chance(0.52) ? 'female' : rng.chance(0.97) ? 'male' : 'other';
  const age = rng.int(24, 82);
  const dob = addDays(parseISO(today), -(age * 365 + rng.int(0, 364)));
  return {
    key,
    mrn: `PT-${String(100000 + key * 37).padStart(6, '0')}`,
    givenName: rng.pick(GIVEN_NAMES),
    familyName: rng.pick(FAMILY_NAMES),
    dateOfBirth: toIsoDate(dob),
    sex,
    phone: `07${rng.int(100, 999)} ${rng.int(100000, 999999)}`,
    // Shift each block of conditions so every specialist treats every condition.
    specialistIndex: (key + Math.floor(key / 15)) % specialists,
  };
}

function sideFor(rng: Random, region: RegionCode): GenCourse['side'] {
  if (!SIDED_REGIONS.includes(region)) return 'midline';
  return rng.chance(0.1) ? 'bilateral' : rng.chance(0.5) ? 'left' : 'right';
}

function initialSites(rng: Random, region: RegionCode, side: GenCourse['side']) {
  const sites = rng.shuffle(sitesInRegion(region)).slice(0, rng.int(3, 5));
  return sites.flatMap((site): { code: string; side: GenInjection['side'] }[] => {
    if (!site.sided) return [{ code: site.code, side: 'midline' }];
    if (side === 'bilateral')
      return [
        { code: site.code, side: 'left' },
        { code: site.code, side: 'right' },
      ];
    return [{ code: site.code, side: side === 'midline' ? 'left' : side }];
  });
}

function courseOf(rng: Random, patient: GenPatient, condition: Condition, today: string): GenCourse {
  const region = condition.regions[rng.chance(0.75) ? 0 : rng.int(0, condition.regions.length - 1)];
  const side = sideFor(rng, region);
  const intervalWeeks = rng.pick([4, 4, 4, 5, 6]);
  const plannedSessions = rng.pick([3, 4, 4, 4, 5, 6, 6, 8]);
  const sessionCount = Math.min(8, Math.max(1, plannedSessions + (rng.chance(0.1) ? 1 : rng.int(-3, 0))));
  const kind = rng.next();
  // Where the course's last session falls relative to today.
  const scenario = kind < 0.45 ? 'active' : kind < 0.55 ? 'overdue' : kind < 0.85 ? 'completed' : 'discontinued';
  const intervalDays = intervalWeeks * 7;
  const lastOffset = scenario === 'active' ? rng.int(0, intervalDays + 5) : scenario === 'overdue' ? intervalDays + rng.int(9, 70) : rng.int(20, 540);
  const responder = rng.chance(0.7);
  const baselinePain = rng.int(5, 9);
  const baselineMobility = rng.int(2, 6);
  const baselineSleep = rng.int(2, 6);
  const dextrose = rng.pick([12.5, 15, 15, 20, 25]);
  let sites = initialSites(rng, region, side);
  const dates: string[] = [];
  let cursor = addDays(parseISO(today), -lastOffset);
  for (let i = 0; i < sessionCount; i++) {
    dates.unshift(toIsoDate(cursor));
    cursor = addDays(cursor, -(intervalDays + rng.int(-3, 5)));
  }
  const sessions: GenSession[] = dates.map((sessionDate, i) => {
    const gain = responder ? i * (0.9 + rng.next() * 0.8) : i * (rng.next() * 0.5 - 0.15);
    if (i > 0 && sites.length > 1 && rng.chance(0.6)) sites = sites.slice(0, sites.length - 1);
    const followUp = i > 0 && i === dates.length - 1 && responder && rng.chance(0.15);
    const adverseType = rng.chance(0.03) ? rng.pick(['vasovagal', 'post_injection_flare', 'bruising', 'nerve_irritation'] as const) : null;
    const resolved = toIsoDate(addDays(parseISO(sessionDate), adverseType === 'post_injection_flare' ? 4 : 1));
    return {
      sessionDate,
      pain: clamp(baselinePain - gain + (rng.next() - 0.5)),
      mobility: clamp(baselineMobility + gain * 0.8 + (rng.next() - 0.5)),
      sleep: clamp(baselineSleep + gain * 0.6 + (rng.next() - 0.5)),
      ultrasoundGuided: rng.chance(0.97),
      needling: rng.chance(0.25),
      adverseEvents: adverseType
        ? [
            {
              type: adverseType,
              description: ADVERSE_NOTES[adverseType]!,
              severity: 'mild',
              onsetDate: sessionDate,
              resolutionDate: resolved <= today ? resolved : null,
            },
          ]
        : [],
      notes: followUp ? 'Follow-up review; no injections needed.' : null,
      injections: followUp
        ? []
        : sites.map((s) => ({
            siteCode: s.code,
            side: s.side,
            injectionCount: i < 2 ? rng.int(1, 2) : rng.chance(0.8) ? 1 : 2,
            dextrosePct: dextrose,
            anaesthetic: rng.chance(0.85) ? 'lidocaine 1%' : null,
            volumeMl: rng.pick([0.5, 1, 1, 1.5, 2]),
          })),
    };
  });
  const lastDate = dates[dates.length - 1];
  const ended = scenario === 'completed' || scenario === 'discontinued';
  return {
    patientKey: patient.key,
    specialistIndex: patient.specialistIndex,
    condition: condition.code,
    region,
    side,
    startDate: dates[0],
    plannedSessions,
    intervalWeeks,
    status: scenario === 'overdue' ? 'active' : scenario,
    endReason: scenario === 'discontinued' ? rng.pick(DISCONTINUE_REASONS) : scenario === 'completed' ? 'Course completed' : null,
    endDate: ended ? lastDate : null,
    sessions,
  };
}

/** A synthetic clinic: every condition on the clinic's list is covered once there are 15+ patients. */
export function generateClinic(options: GenOptions): { patients: GenPatient[]; courses: GenCourse[] } {
  const rng = createRandom(options.seed ?? 20261129);
  const patients: GenPatient[] = [];
  const courses: GenCourse[] = [];
  for (let key = 0; key < options.patients; key++) {
    const patient = patientOf(rng, key, options.specialists, options.today);
    patients.push(patient);
    courses.push(courseOf(rng, patient, CONDITIONS[key % CONDITIONS.length], options.today));
    if (rng.chance(0.12)) {
      const previous = courseOf(rng, patient, rng.pick(CONDITIONS), addIsoDays(options.today, -rng.int(400, 700)));
      courses.push({
        ...previous,
        status: previous.status === 'active' ? 'completed' : previous.status,
        endDate: previous.endDate ?? previous.sessions.at(-1)!.sessionDate,
        endReason: previous.endReason ?? 'Course completed',
      });
    }
  }
  return { patients, courses };
}

function addIsoDays(date: string, days: number): string {
  return toIsoDate(addDays(parseISO(date), days));
}
