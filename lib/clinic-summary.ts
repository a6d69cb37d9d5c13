import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { requireActor } from './session';

export interface ClinicSummary {
  patients: number;
  activeCourses: number;
  sessions: number;
  adverseEvents: number;
}

/** Headline counts; a specialist sees only their own patients. */
export async function getClinicSummary(): Promise<ClinicSummary> {
  const actor = await requireActor();
  const own = actor.role === 'specialist' ? sql`c.specialist_id = ${actor.id}` : sql`1 = 1`;
  const ownPatients = actor.role === 'specialist' ? sql`specialist_id = ${actor.id}` : sql`1 = 1`;
  const row = getDb().get<ClinicSummary>(sql`
    select
      (select count(*) from patients where archived = 0 and ${ownPatients}) as "patients",
      (select count(*) from courses c where c.status = 'active' and ${own}) as "activeCourses",
      (select count(*) from treatment_sessions s join courses c on c.id = s.course_id where ${own}) as "sessions",
      (select count(*) from treatment_sessions s join courses c on c.id = s.course_id
        where s.adverse_event <> 'none' and ${own}) as "adverseEvents"
  `);
  return row;
}
