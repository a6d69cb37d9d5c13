// Each figure the app computes through its data layer, paired with one hand-written SQL query that produces the
// same figures on the same connection. The ratio shows what the data layer (auth, drizzle, mapping) adds.
import type Database from 'better-sqlite3';
import { actAs as benchAs, type Actor } from '../tests/unit/support/mock-actor';
import { BENCH_TODAY } from './clinics';
import { outcomesByHand, outcomesFromFactsByHand, type OutcomeFigures } from './outcomes-sql';
import type { OutcomeSummary } from '../lib/outcomes/summary';
import type { SafetyFigures } from '../lib/outcomes/safety';

export interface QueryBench {
  name: string;
  actor: (sqlite: Database.Database) => Actor;
  dataLayer: () => Promise<unknown[] | object>;
  rawSql: (sqlite: Database.Database) => unknown[] | object;
  /** Names the figures on which the two disagree (the benchmark stops: the comparison would be meaningless). */
  mismatch?: (viaLayer: unknown, viaSql: unknown) => string[];
}

const userByEmail = (sqlite: Database.Database, email: string): Actor =>
  sqlite.prepare(`select id, role, name, email from users where email = ?`).get(email) as Actor;

const WORKLIST_SQL = `
  with rows as (
    select c.id as courseId, p.id as patientId, p.given_name || ' ' || p.family_name as patientName, p.mrn,
           c.condition, c.region, c.side, c.planned_sessions as plannedSessions, coalesce(f.sessions, 0) as sessionsDone,
           f.last_date as lastSessionDate,
           coalesce(date(f.last_date, '+' || (7 * c.interval_weeks) || ' days'), c.start_date) as nextDue,
           l.pain as lastPain,
           case when pr.pain is null or l.pain is null then null when l.pain < pr.pain then 'better'
                when l.pain > pr.pain then 'worse' else 'same' end as trend
    from courses c
    join patients p on p.id = c.patient_id
    left join outcome_course_facts f on f.course_id = c.id
    left join outcome_session_facts l on l.course_id = c.id and l.k = f.sessions
    left join outcome_session_facts pr on pr.course_id = c.id and pr.k = f.sessions - 1
    where c.status = 'active' and c.specialist_id = :me and p.archived = 0
  )
  select *, cast(julianday(:today) - julianday(nextDue) as integer) as daysPastDue,
         julianday(:today) - julianday(nextDue) > 7 as overdue
  from rows order by daysPastDue desc`;

/** Names the headline figures on which the data layer and a hand-written query disagree. */
function outcomeMismatch(layer: unknown, raw: unknown): string[] {
  const a = layer as OutcomeSummary;
  const b = raw as OutcomeFigures;
  const pairs: [string, unknown, unknown][] = [
    ['patients', a.patients, b.patients],
    ['courses', a.courses, b.courses],
    ['sessions', a.sessions, b.sessions],
    ['completed', a.completed, b.completed],
    ['injections', a.injections, b.injections],
    ['adverse events', a.adverseEvents, b.adverseEvents],
    ['responders', a.responders, b.responders],
    ['assessable', a.assessable, b.assessable],
    ['median sessions to response', a.medianSessionsToResponse, b.medianSessionsToResponse],
    ['overdue', a.overdue, b.overdue],
    ['mean pain change', a.change.pain.mean?.toFixed(6), b.painChange?.toFixed(6)],
  ];
  return pairs.filter(([, x, y]) => x !== y).map(([name, x, y]) => `${name} ${String(x)} vs ${String(y)}`);
}

/** Injection sessions, those with an adverse event and those with a serious one, straight from the base tables. */
const SAFETY_SQL = `
  select count(*) as n,
         count(case when exists (select 1 from adverse_events a where a.session_id = s.id) then 1 end) as count,
         count(case when exists (select 1 from adverse_events a where a.session_id = s.id and a.serious = 1) then 1 end) as serious
  from treatment_sessions s
  where exists (select 1 from injections i where i.session_id = s.id)`;

function safetyMismatch(layer: unknown, raw: unknown): string[] {
  const a = layer as SafetyFigures;
  const b = raw as { n: number; count: number; serious: number };
  const pairs: [string, number, number][] = [
    ['injection sessions', a.injectionSessions, b.n],
    ['sessions with an event', a.overall.count, b.count],
    ['sessions with a serious event', a.serious.count, b.serious],
  ];
  return pairs.filter(([, x, y]) => x !== y).map(([name, x, y]) => `${name} ${x} vs ${y}`);
}

export async function queryBenches(): Promise<QueryBench[]> {
  // Imported lazily: the data-layer hooks must be installed before lib/ modules load.
  const { getWorklist } = await import('../lib/worklist');
  const { getOutcomeSummary } = await import('../lib/outcomes/summary');
  const { getSafetyFigures } = await import('../lib/outcomes/safety');
  return [
    {
      name: 'worklist (specialist)',
      actor: (sqlite) => userByEmail(sqlite, 'specialist@prolotrack.test'),
      dataLayer: async () => (await getWorklist('', { all: true })).rows,
      rawSql: (sqlite) => sqlite.prepare(WORKLIST_SQL).all({ me: userByEmail(sqlite, 'specialist@prolotrack.test').id, today: BENCH_TODAY }),
    },
    {
      name: 'outcomes summary (manager), SQL from sessions',
      actor: (sqlite) => userByEmail(sqlite, 'manager@prolotrack.test'),
      dataLayer: () => getOutcomeSummary({}, BENCH_TODAY),
      rawSql: (sqlite) => outcomesByHand(sqlite, BENCH_TODAY),
      mismatch: outcomeMismatch,
    },
    {
      name: 'outcomes summary (manager), SQL over maintained facts',
      actor: (sqlite) => userByEmail(sqlite, 'manager@prolotrack.test'),
      dataLayer: () => getOutcomeSummary({}, BENCH_TODAY),
      rawSql: (sqlite) => outcomesFromFactsByHand(sqlite, BENCH_TODAY),
      mismatch: outcomeMismatch,
    },
    {
      name: 'safety figures (manager): rates, serious list, days to resolution',
      actor: (sqlite) => userByEmail(sqlite, 'manager@prolotrack.test'),
      dataLayer: () => getSafetyFigures({}),
      rawSql: (sqlite) => sqlite.prepare(SAFETY_SQL).get() as object,
      mismatch: safetyMismatch,
    },
    // Further outcomes figures (groups by condition/specialist, session series) can join as entries of this shape.
  ];
}

export { benchAs };
