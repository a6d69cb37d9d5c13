import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { useTempDatabase } from './support/test-db';
import { actAs } from './support/mock-actor';
import { pdfText } from './support/pdf-text';
import { seedDemoClinic } from '@/lib/demo/seed';
import { patientName } from '@/lib/domain/patient-name';
import { changeText, responderLabel } from '@/lib/domain/course-figures';
import { MEASURES } from '@/lib/domain/outcome-rules';

vi.mock('@/lib/auth/actor', () => import('./support/mock-actor'));
const { getCourseDetail } = await import('@/lib/courses');
const { generateLetter, getLetterFile, listCourseLetters } = await import('@/lib/reports/letters');

const temp = useTempDatabase();
afterAll(() => temp.cleanup());

type ActorRow = Parameters<typeof actAs>[0];
const user = (email: string) => temp.db().$client.prepare(`select id, role, name, email from users where email = ?`).get(email) as ActorRow;
const PLAN = 'Continue the home exercise programme.\nReview in three months, sooner if pain returns.';

const errorOf = async (call: () => Promise<unknown>) => {
  try {
    await call();
  } catch (error) {
    return error as { code: string; message: string; fields: Record<string, string> };
  }
  throw new Error('expected the call to fail');
};

let courseId: number;
let letterId: number;
let sent: { text: string; pages: number };

beforeAll(async () => {
  await seedDemoClinic(temp.db().$client, { today: '2026-11-29' });
  // A six-session course of the demo specialist with a referrer and an adverse event.
  courseId = temp.db().get<{ id: number }>(sql`
    select c.id from courses c join users u on u.id = c.specialist_id join treatment_sessions s on s.course_id = c.id
    where u.email = 'specialist@prolotrack.test' and c.referrer_id is not null
    group by c.id having count(*) = 6 order by sum(s.adverse_event != 'none') desc, c.id limit 1`)!.id;
  actAs(user('specialist@prolotrack.test'));
  ({ id: letterId } = await generateLetter(courseId, { plan: PLAN }));
  sent = await pdfText((await getLetterFile(letterId)).pdf);
}, 60_000);

describe('a progress letter', () => {
  it('shows the course page’s patient, baseline and latest scores, changes and responder status', async () => {
    actAs(user('specialist@prolotrack.test'));
    const page = await getCourseDetail(courseId);
    const { summary, patient, course, referrer } = page;
    expect(sent.text).toContain(`Re: ${patientName(patient)}`);
    expect(sent.text).toContain(`MRN ${patient.mrn}`);
    expect(sent.text).toContain(referrer!.name);
    for (const m of MEASURES) {
      const label = m[0].toUpperCase() + m.slice(1);
      const change = changeText(summary.change[m], summary.sessionsDone > 1);
      const direction = m === 'pain' ? 'lower is better' : 'higher is better';
      expect(sent.text).toContain(`${label} (${direction}) ${summary.baseline![m]} ${summary.latest![m]} ${change}`);
    }
    expect(sent.text).toContain(`Responder status: ${responderLabel(summary.responder, course.status === 'active')}`);
    expect(sent.text).toContain('Continue the home exercise programme.');
    expect(sent.text).toContain(page.specialistName);
  });

  it('lists every session and the adverse events, and a six-session course fits on two A4 pages', () => {
    expect(sent.pages).toBeLessThanOrEqual(2);
    for (const n of [1, 2, 3, 4, 5, 6]) expect(sent.text).toMatch(new RegExp(`\\b${n} \\d{1,2} [A-Z][a-z]{2} 20\\d\\d`));
    expect(sent.text).toMatch(/Adverse events (None recorded|[A-Z][a-z /]+ after session \d)/);
    expect(sent.text).toMatch(/Page 2 of 2|Page 1 of 1/);
  });

  it('is stored with the hash of its bytes and audited', () => {
    const row = temp
      .db()
      .get<{ sha256: string; pdf: Buffer; byte_length: number }>(sql`select sha256, pdf, byte_length from letters where id = ${letterId}`)!;
    expect(createHash('sha256').update(row.pdf).digest('hex')).toBe(row.sha256);
    expect(row.byte_length).toBe(row.pdf.length);
    const event = temp
      .db()
      .get<{ details: string; user_email: string }>(
        sql`select details, user_email from audit_events where action = 'letter.generate' and entity_id = ${String(letterId)}`,
      )!;
    expect(event.user_email).toBe('specialist@prolotrack.test');
    expect(JSON.parse(event.details)).toMatchObject({ courseId, sha256: row.sha256 });
  });

  it('is written by the course’s specialist only: another specialist gets 404, a manager 403', async () => {
    actAs(user('lukas.brandt@prolotrack.test'));
    expect((await errorOf(() => generateLetter(courseId, { plan: PLAN }))).code).toBe('not_found');
    expect((await errorOf(() => getLetterFile(letterId))).code).toBe('not_found');
    expect((await errorOf(() => listCourseLetters(courseId))).code).toBe('not_found');
    actAs(user('manager@prolotrack.test'));
    expect((await errorOf(() => generateLetter(courseId, { plan: PLAN }))).code).toBe('forbidden');
  });

  it('downloads for a manager exactly as sent, and each download is audited', async () => {
    const stored = temp.db().get<{ pdf: Buffer }>(sql`select pdf from letters where id = ${letterId}`)!.pdf;
    for (const email of ['manager@prolotrack.test', 'admin@prolotrack.test']) {
      actAs(user(email));
      const file = await getLetterFile(letterId);
      expect(Buffer.compare(file.pdf, stored)).toBe(0);
      expect((await listCourseLetters(courseId)).map((l) => l.id)).toContain(letterId);
    }
    const downloads = temp
      .db()
      .get<{ n: number }>(
        sql`select count(*) as n from audit_events where action = 'letter.download' and entity_id = ${String(letterId)} and outcome = 'success'`,
      )!.n;
    expect(downloads).toBe(3);
  });

  it('asks for a plan and a referrer, with the message where the specialist acts', async () => {
    actAs(user('specialist@prolotrack.test'));
    const blank = await errorOf(() => generateLetter(courseId, { plan: '  ' }));
    expect(blank.fields).toEqual({ plan: 'Enter the plan' });
    const noReferrer = temp.db().get<{ id: number }>(sql`
      select c.id from courses c join users u on u.id = c.specialist_id
      where u.email = 'specialist@prolotrack.test' and c.referrer_id is null and exists (select 1 from treatment_sessions s where s.course_id = c.id) limit 1`)!.id;
    expect((await errorOf(() => generateLetter(noReferrer, { plan: PLAN }))).message).toMatch(/Choose who referred this patient/);
    expect(temp.db().get<{ n: number }>(sql`select count(*) as n from letters`)!.n).toBe(1);
  });

  it('is never served once its bytes differ from the recorded hash', async () => {
    const sqlite = temp.db().$client;
    expect(() => sqlite.prepare(`update letters set plan = 'changed' where id = ?`).run(letterId)).toThrow(/kept as sent/);
    // Simulate damage below the application (a restored or edited file): lift the guard, flip one byte.
    sqlite.exec('drop trigger letters_no_update');
    sqlite.prepare(`update letters set pdf = cast(replace(cast(pdf as text), 'Producer', 'Producex') as blob) where id = ?`).run(letterId);
    actAs(user('manager@prolotrack.test'));
    expect((await errorOf(() => getLetterFile(letterId))).code).toBe('conflict');
    const failure = temp
      .db()
      .get<{ n: number }>(sql`select count(*) as n from audit_events where action = 'letter.download' and outcome = 'failure'`)!.n;
    expect(failure).toBe(1);
  });
  it('reports the follow-ups the patient answered after treatment, as the course page lists them', async () => {
    const answered = temp.db().get<{ course_id: number; pain: number }>(sql`
      select f.course_id, f.pain from follow_ups f join courses c on c.id = f.course_id join users u on u.id = c.specialist_id
      where u.email = 'specialist@prolotrack.test' and c.referrer_id is not null and f.answered_at is not null and f.time_point = 'w6'
      order by f.course_id limit 1`)!;
    actAs(user('specialist@prolotrack.test'));
    const { id } = await generateLetter(answered.course_id, { plan: PLAN });
    const { text } = await pdfText((await getLetterFile(id)).pdf);
    expect(text).toContain('Follow-up after treatment');
    expect(text).toMatch(new RegExp(`6 weeks[^\\n]*${answered.pain}`));
  });
});
