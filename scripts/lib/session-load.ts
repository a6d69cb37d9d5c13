// Drives concurrent session saves over HTTP and records what the server acknowledged.
import Database from 'better-sqlite3';
import { sitesInRegion } from '../../lib/domain/sites';
import type { RegionCode } from '../../lib/domain/regions';
import { todayIso } from '../../lib/domain/dates';

export const LOAD_NOTE = 'load-driver';

export interface CourseTarget {
  courseId: number;
  patientId: number;
  region: RegionCode;
  email: string;
}

export interface Client {
  baseUrl: string;
  cookie: string;
  courses: CourseTarget[];
}

export interface Ack {
  id: number;
  courseId: number;
  sites: { siteCode: string; side: string; injectionCount: number }[];
}

export interface LoadTally {
  acks: Ack[];
  /** Non-2xx HTTP answers, by status. */
  rejected: Record<number, number>;
  /** Requests without a complete HTTP answer (connection refused or reset mid-response). */
  unanswered: number;
  latenciesMs: number[];
}

/** Active courses of the given specialists on non-archived patients, read straight from the database file. */
export function activeCourses(databasePath: string, emails: readonly string[]): CourseTarget[] {
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare(
        `select c.id as courseId, c.patient_id as patientId, c.region as region, u.email as email
         from courses c join users u on u.id = c.specialist_id join patients p on p.id = c.patient_id
         where c.status = 'active' and p.archived = 0 and p.specialist_id = c.specialist_id
           and u.email in (${emails.map(() => '?').join(', ')}) order by c.id`,
      )
      .all(...emails) as CourseTarget[];
    return rows.filter((r) => sitesInRegion(r.region).length > 0);
  } finally {
    db.close();
  }
}

export function sessionPayload(course: CourseTarget, n: number) {
  const catalogue = sitesInRegion(course.region);
  const count = 1 + (n % Math.min(3, catalogue.length));
  const sites = Array.from({ length: count }, (_, k) => {
    const site = catalogue[(n + k) % catalogue.length];
    return {
      siteCode: site.code,
      side: site.sided ? (n % 2 ? 'left' : 'right') : 'midline',
      injectionCount: 1 + ((n + k) % 3),
      dextrosePct: 15,
      anaesthetic: null,
      volumeMl: 1,
    };
  });
  return {
    sessionDate: todayIso(),
    pain: n % 11,
    mobility: (n * 3) % 11,
    sleep: (n * 7) % 11,
    ultrasoundGuided: true,
    needling: n % 4 === 0,
    notes: LOAD_NOTE,
    sites,
  };
}

export function emptyTally(): LoadTally {
  return { acks: [], rejected: {}, unanswered: 0, latenciesMs: [] };
}

/** Each client saves sessions back to back until `until()` is true. */
export async function driveSaves(clients: Client[], until: () => boolean, tally: LoadTally = emptyTally()): Promise<LoadTally> {
  let counter = 0;
  await Promise.all(
    clients.map(async (client) => {
      while (!until()) {
        const n = counter++;
        const course = client.courses[n % client.courses.length];
        const body = sessionPayload(course, n);
        const started = performance.now();
        try {
          const res = await fetch(`${client.baseUrl}/api/courses/${course.courseId}/sessions`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie: client.cookie },
            body: JSON.stringify(body),
          });
          const json = (await res.json().catch(() => null)) as { id?: number } | null;
          if (res.status === 201 && typeof json?.id === 'number') {
            tally.acks.push({ id: json.id, courseId: course.courseId, sites: body.sites });
            tally.latenciesMs.push(performance.now() - started);
          } else if (res.ok) {
            // A 2xx whose body was cut off by the crash: saved, but its id never reached the client.
            tally.unanswered++;
          } else {
            tally.rejected[res.status] = (tally.rejected[res.status] ?? 0) + 1;
          }
        } catch {
          tally.unanswered++;
          if (!until()) await new Promise((r) => setTimeout(r, 50));
        }
      }
    }),
  );
  return tally;
}
