import type Database from 'better-sqlite3';
import { addDays, parseISO } from 'date-fns';
import type { DbOrTx } from '@/db/index';
import { FOLLOW_UP_TIME_POINTS, followUpState } from '../domain/follow-up-schedule';
import { toIsoDate } from '../domain/outcome-rules';
import { OUTCOME_SETTINGS } from '../domain/settings';
import { scheduleFollowUps } from '../follow-ups/schedule';
import { hashToken } from '../patient-links/token';
import { createRandom } from './random';

/** Share of follow-ups answered once their window has passed: high at 6 weeks, under half at 12 months. */
const ANSWER_RATE: Record<string, number> = { w6: 0.76, m3: 0.64, m6: 0.53, m12: 0.42 };
/** Comments that fit the patient's impression: better, about the same, worse. */
const COMMENTS = {
  better: ['Much easier on the stairs now.', 'Back to walking the dog every day.', 'Sleeping through the night most nights.'],
  same: ['Still stiff in the mornings.', 'Some aching after long days at work.'],
  worse: ['Flared up again after gardening.', 'The pain is back most evenings.'],
};

const clamp = (v: number) => Math.max(0, Math.min(10, Math.round(v)));
const at = (date: string, hour: number) => `${date}T${String(hour).padStart(2, '0')}:15:00.000Z`;

interface Row {
  id: number;
  courseId: number;
  timePoint: string;
  dueDate: string;
  windowStart: string;
  windowEnd: string;
  specialistId: number;
  basePain: number;
  lastPain: number;
  lastMobility: number;
  lastSleep: number;
}

/**
 * Follow-ups of the demo clinic's finished courses, scheduled the way the app does it, with patient answers,
 * used, pending and expired links. Deterministic for a given day. Demo link tokens are not openable: their
 * hashes are of strings that are not tokens.
 */
export function seedDemoFollowUps(sqlite: Database.Database, db: DbOrTx, today: string, seed = 20261129): { followUps: number; answered: number } {
  const courseIds = sqlite.prepare('select id from courses order by id').all() as { id: number }[];
  for (const { id } of courseIds) scheduleFollowUps(db, id);
  const rows = sqlite
    .prepare(
      `select f.id, f.course_id as courseId, f.time_point as timePoint, f.due_date as dueDate, f.window_start as windowStart,
              f.window_end as windowEnd, c.specialist_id as specialistId, cf.pain0 as basePain, cf.pain1 as lastPain,
              cf.mobility1 as lastMobility, cf.sleep1 as lastSleep
       from follow_ups f join courses c on c.id = f.course_id join outcome_course_facts cf on cf.course_id = c.id
       order by f.id`,
    )
    .all() as Row[];
  const rng = createRandom(seed + 6);
  const answer = sqlite.prepare(
    `update follow_ups set answered_at = ?, pain = ?, mobility = ?, sleep = ?, global_impression = ?, comment = ?, updated_at = ? where id = ?`,
  );
  const link = sqlite.prepare(
    `insert into patient_links (token_hash, token_salt, purpose, course_id, follow_up_id, created_by, created_at, expires_at, opened_at, used_at, expired_at)
     values (?, ?, 'follow_up', ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const addLink = (r: Row, created: string, opened: string | null, used: string | null, expired: boolean) => {
    const key = `demo-link-${r.id}`;
    const expires = toIsoDate(addDays(parseISO(created.slice(0, 10)), OUTCOME_SETTINGS.followUpLinkExpiryDays));
    link.run(hashToken(key), key, r.courseId, r.id, r.specialistId, created, at(expires, 9), opened, used, expired ? at(expires, 9) : null);
  };
  let answered = 0;
  for (const r of rows) {
    const state = followUpState({ ...r, answeredAt: null }, today);
    if (state === 'upcoming') continue;
    const point = FOLLOW_UP_TIME_POINTS.findIndex((p) => p.code === r.timePoint);
    const rate = ANSWER_RATE[r.timePoint] ?? 0.5;
    const linkDay = r.windowStart;
    if (state === 'due' && !rng.chance(rate / 2)) {
      // Window open, not answered yet: about half have a link waiting.
      const sent = [r.windowStart, toIsoDate(addDays(parseISO(today), -rng.int(1, 6)))].sort()[1];
      if (rng.chance(0.5)) addLink(r, at(sent, 8), rng.chance(0.4) ? at(sent, 19) : null, null, false);
      continue;
    }
    if (state === 'missed' && !rng.chance(rate)) {
      if (rng.chance(0.6)) addLink(r, at(linkDay, 8), null, null, true);
      continue;
    }
    const latest = [r.windowEnd, today].sort()[0];
    const span = Math.max(0, Math.round((parseISO(latest).getTime() - parseISO(linkDay).getTime()) / 86_400_000));
    const day = toIsoDate(addDays(parseISO(linkDay), rng.int(0, Math.min(span, 20))));
    const drift = rng.next() < 0.25 ? rng.int(1, 2) + point * 0.3 : rng.int(-1, 0);
    const pain = clamp((r.lastPain ?? 5) + drift);
    const change = (r.basePain ?? pain) - pain;
    const impression = change >= 4 ? rng.int(1, 2) : change >= 2 ? rng.int(2, 3) : change >= 0 ? rng.int(3, 4) : rng.int(5, 6);
    answer.run(
      at(day, 18),
      pain,
      clamp((r.lastMobility ?? 5) - drift * 0.6),
      clamp((r.lastSleep ?? 5) - drift * 0.5),
      impression,
      rng.chance(0.25) ? rng.pick(COMMENTS[impression <= 3 ? 'better' : impression === 4 ? 'same' : 'worse']) : null,
      at(day, 18),
      r.id,
    );
    addLink(r, at(day, 8), at(day, 17), at(day, 18), false);
    answered++;
  }
  return { followUps: rows.length, answered };
}
