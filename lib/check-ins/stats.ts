import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { requireActor } from '../auth/actor';
import { getSettings } from '../settings';
import { todayIso } from '../domain/dates';
import { courseWhere, periodCondition } from '../outcomes/cohort-sql';
import type { OutcomeFilters } from '../outcomes/filters';
import { checkInApplies, checkInDateBounds } from './window-sql';

export interface CheckInFigures {
  /** Sessions with injections in the range that have a check-in (none before check-ins started). */
  injectionSessions: number;
  /** Of those, check-ins whose window has opened by today (answered, missed or still open), or answered early. */
  due: number;
  answered: number;
  /** Window closed without an answer. */
  missed: number;
  redFlagged: number;
  /** Red flags whose handling is recorded. */
  handled: number;
  /** Courses with an answered check-in or one whose window has closed (for the smallest-group check). */
  closedCourses: number;
  /** Courses with an answered check-in. */
  answeredCourses: number;
}

/**
 * Check-in counts for sessions with injections dated in the filters' range (condition, specialist and course status
 * filters apply; a specialist sees their own courses only). For the manager's safety view.
 */
export async function getCheckInFigures(filters: OutcomeFilters, today = todayIso()): Promise<CheckInFigures> {
  const actor = await requireActor();
  const settings = getSettings();
  const { openedBy, openFrom } = checkInDateBounds(today, settings);
  const row = getDb().get<CheckInFigures>(sql`
    select count(*) as "injectionSessions",
           coalesce(sum(s.session_date <= ${openedBy} or k.id is not null), 0) as "due",
           coalesce(sum(k.id is not null), 0) as "answered",
           coalesce(sum(k.id is null and s.session_date < ${openFrom}), 0) as "missed",
           coalesce(sum(k.red_flag = 1), 0) as "redFlagged",
           coalesce(sum(k.handled_at is not null), 0) as "handled",
           count(distinct case when k.id is not null or s.session_date < ${openFrom} then c.id end) as "closedCourses",
           count(distinct case when k.id is not null then c.id end) as "answeredCourses"
    from treatment_sessions s
    join courses c on c.id = s.course_id
    left join check_ins k on k.session_id = s.id
    where exists (select 1 from injections i where i.session_id = s.id) and ${checkInApplies(settings)}
      and ${courseWhere(actor, filters)} and ${periodCondition(filters, sql`s.session_date`)}`);
  return row!;
}
