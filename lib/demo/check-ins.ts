import type Database from 'better-sqlite3';
import { addDays, parseISO } from 'date-fns';
import {
  checkInLinkExpiry,
  checkInState,
  checkInWindow,
  isRedFlag,
  type CheckInAnswers,
  type CheckInHandling,
  type CheckInPain,
} from '../domain/check-in';
import { toIsoDate } from '../domain/outcome-rules';
import { OUTCOME_SETTINGS } from '../domain/settings';
import { hashToken } from '../patient-links/token';
import { DEMO_STAFF } from './people';
import { createRandom, type Random } from './random';

interface Row {
  sessionId: number;
  courseId: number;
  sessionDate: string;
  specialistId: number;
  adverseType: string | null;
}

interface Answer {
  day: string;
  answers: CheckInAnswers;
  /** What the specialist did about a red flag; null leaves it open. */
  handling: { handling: CheckInHandling; note: string } | null;
}

const CALM: Omit<CheckInAnswers, 'pain'> = {
  spreadingRedness: false,
  fever: false,
  breathlessChestPain: false,
  posturalHeadache: false,
  numbnessWeakness: false,
};
/** Share of check-ins answered once their window has passed; the others are missed. */
const ANSWER_RATE = 0.82;
/** Red flags without a recorded adverse event, and what the specialist did about them. */
const FLAGS: { symptom: keyof typeof CALM | null; handling: CheckInHandling; note: string }[] = [
  {
    symptom: 'spreadingRedness',
    handling: 'patient_contacted',
    note: 'Phoned: warm pink area around one site, no fever, already fading. Advised to call again if it spreads.',
  },
  { symptom: 'fever', handling: 'patient_contacted', note: 'Phoned: had a cold since the weekend; injection sites calm. Safety-netted.' },
  { symptom: null, handling: 'no_action', note: 'Seen in clinic the same day for a planned review; pain settling.' },
];
/** Adverse events the check-in brought to light: the answer that reports them and the call that followed. */
const REPORTED: Record<string, { pain: CheckInPain; symptom: keyof typeof CALM | null; note: string }> = {
  post_injection_flare: {
    pain: 'much_worse',
    symptom: null,
    note: 'Phoned: flare settling with ice and paracetamol; recorded as a post-injection flare.',
  },
  nerve_irritation: {
    pain: 'same',
    symptom: 'numbnessWeakness',
    note: 'Phoned: tingling near one site, no weakness; recorded as nerve irritation, review at next session.',
  },
};
/** The open red flag left on the demo specialist's worklist so "Needs attention" has something to show. */
const OPEN_FLAG: CheckInAnswers = { ...CALM, pain: 'worse', spreadingRedness: true };

const at = (date: string, hour: number, minute = 15) => `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00.000Z`;
const plusDays = (date: string, days: number) => toIsoDate(addDays(parseISO(date), days));
const daysBetween = (from: string, to: string) => Math.round((parseISO(to).getTime() - parseISO(from).getTime()) / 86_400_000);

function calmPain(rng: Random): CheckInPain {
  const r = rng.next();
  return r < 0.52 ? 'better' : r < 0.85 ? 'same' : 'worse';
}

/** The answer to one check-in, consistent with the adverse event recorded for its session. */
function answerFor(rng: Random, r: Row, day: string): Answer {
  const reported = r.adverseType ? REPORTED[r.adverseType] : undefined;
  if (reported) {
    const answers = { ...CALM, pain: reported.pain, ...(reported.symptom ? { [reported.symptom]: true } : {}) };
    return { day, answers, handling: { handling: 'adverse_event_recorded', note: reported.note } };
  }
  if (r.adverseType === 'bruising') return { day, answers: { ...CALM, pain: rng.chance(0.5) ? 'same' : 'worse' }, handling: null };
  if (!r.adverseType && rng.chance(0.03)) {
    const flag = rng.pick(FLAGS);
    const answers = flag.symptom ? { ...CALM, pain: calmPain(rng), [flag.symptom]: true } : { ...CALM, pain: 'much_worse' as const };
    return { day, answers, handling: { handling: flag.handling, note: flag.note } };
  }
  return { day, answers: { ...CALM, pain: calmPain(rng) }, handling: null };
}

/**
 * Check-ins after the demo clinic's sessions with injections: most answered in their window through a used link, some
 * missed (their link expired or none given), some due or upcoming with a link waiting; a few red flags, each handled
 * (those that revealed one of the demo's adverse events recorded it then), and exactly one left open on the demo
 * specialist's worklist. Deterministic for a given day; link tokens are not openable (hashes of non-tokens).
 */
export function seedDemoCheckIns(sqlite: Database.Database, today: string, seed = 20261129): { checkIns: number; missed: number } {
  const rows = sqlite
    .prepare(
      `select s.id as sessionId, s.course_id as courseId, s.session_date as sessionDate, c.specialist_id as specialistId,
              (select a.type from adverse_events a where a.session_id = s.id order by a.id limit 1) as adverseType
       from treatment_sessions s join courses c on c.id = s.course_id
       where exists (select 1 from injections i where i.session_id = s.id) and s.session_date <= ?
       order by s.session_date, s.id`,
    )
    .all(today) as Row[];
  const demoSpecialist = (sqlite.prepare('select id from users where email = ?').get(DEMO_STAFF[0].email) as { id: number }).id;
  const rng = createRandom(seed + 7);
  const link = sqlite.prepare(
    `insert into patient_links (token_hash, token_salt, purpose, course_id, session_id, created_by, created_at, expires_at, opened_at, used_at, expired_at)
     values (?, ?, 'check_in', ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insert = sqlite.prepare(
    `insert into check_ins (session_id, course_id, link_id, answered_at, pain, spreading_redness, fever, breathless_chest_pain, postural_headache,
                            numbness_weakness, red_flag, handled_at, handled_by, handling, handling_note)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const recordedThen = sqlite.prepare('update adverse_events set recorded_at = ?, updated_at = ? where session_id = ?');
  const addLink = (r: Row, created: string, expires: string, used: string | null, expired: boolean) => {
    const key = `demo-check-in-${r.sessionId}`;
    return Number(
      link.run(hashToken(key), key, r.courseId, r.sessionId, r.specialistId, created, expires, used, used, expired ? expires : null).lastInsertRowid,
    );
  };

  // The demo specialist's latest check-in that can have been answered before today: the open red flag.
  const open = rows.findLast(
    (r) => r.specialistId === demoSpecialist && !r.adverseType && checkInWindow(r.sessionDate, OUTCOME_SETTINGS).windowStart < today,
  );
  let answered = 0;
  let missed = 0;
  for (const r of rows) {
    const window = checkInWindow(r.sessionDate, OUTCOME_SETTINGS);
    const state = checkInState(window, null, today);
    const expires = checkInLinkExpiry(window).toISOString();
    // Most links are given in the room after the session, the others by the specialist when the window opens.
    const created = rng.chance(0.7) ? at(r.sessionDate, 11, 30) : at(window.windowStart, 8);
    // The last day an answer can have come in: the window's end, or yesterday while it is open.
    const lastDay = [window.windowEnd, plusDays(today, -1)].sort()[0];
    const canAnswer = window.windowStart <= lastDay;
    let answer: Answer | null = null;
    if (r === open) {
      answer = { day: lastDay, answers: OPEN_FLAG, handling: null };
    } else if (canAnswer && (state === 'missed' ? r.adverseType != null || rng.chance(ANSWER_RATE) : rng.chance(0.6))) {
      answer = answerFor(rng, r, plusDays(window.windowStart, rng.int(0, daysBetween(window.windowStart, lastDay))));
    }
    if (!answer) {
      if (state === 'missed') {
        missed++;
        if (rng.chance(0.6)) addLink(r, created, expires, null, true);
      } else if (rng.chance(0.65)) {
        addLink(r, created, expires, null, false);
      }
      continue;
    }
    const answeredAt = at(answer.day, rng.int(7, 20), rng.int(0, 59));
    const linkId = addLink(r, created < answeredAt ? created : at(window.windowStart, 6), expires, answeredAt, false);
    const a = answer.answers;
    const redFlag = isRedFlag(a);
    const handledAt = answer.handling ? new Date(Date.parse(answeredAt) + rng.int(40, 180) * 60_000).toISOString() : null;
    if (answer.handling?.handling === 'adverse_event_recorded') {
      // Recorded on the call that followed the answer.
      const recordedAt = new Date(Date.parse(handledAt!) - 5 * 60_000).toISOString();
      recordedThen.run(recordedAt, recordedAt, r.sessionId);
    }
    insert.run(
      r.sessionId,
      r.courseId,
      linkId,
      answeredAt,
      a.pain,
      +a.spreadingRedness,
      +a.fever,
      +a.breathlessChestPain,
      +a.posturalHeadache,
      +a.numbnessWeakness,
      +redFlag,
      handledAt,
      answer.handling ? r.specialistId : null,
      answer.handling?.handling ?? null,
      answer.handling?.note ?? null,
    );
    answered++;
  }
  return { checkIns: answered, missed };
}
