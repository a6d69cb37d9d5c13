import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { useTempDatabase } from './support/test-db';
import { actAs } from './support/mock-actor';
import { insertBasics } from './support/fixtures';
import { closeDb, getDb } from '@/db';

process.env.NEXTAUTH_SECRET ??= 'link-email-test-secret-of-sufficient-length';
process.env.NEXTAUTH_URL = 'https://clinic.example';
vi.mock('@/lib/auth/actor', () => import('./support/mock-actor'));
const { createFollowUpLink } = await import('@/lib/patient-links/links');
const { runLinkJob } = await import('@/lib/patient-links/link-job');
const { smtpSender } = await import('@/lib/patient-links/mailer');
const { resolveLink } = await import('@/lib/patient-links/resolve');

const temp = useTempDatabase();
const received: { to: string; body: string }[] = [];
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    let raw = '';
    stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    stream.on('end', () => {
      // Undo quoted-printable soft line breaks and escapes, enough to read the text.
      const body = raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
      received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), body });
      callback();
    });
  },
});

const DAY = 86_400_000;
let followUpId: number;
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.env.SMTP_URL = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  temp
    .db()
    .$client.prepare(
      `insert into clinic_settings (key, value, effective_from) values ('clinicName', '"Harbour Street Clinic"', '2000-01-01T00:00:00.000Z')`,
    )
    .run();
  const ids = insertBasics(temp.db().$client);
  temp.db().$client.prepare(`update patients set email = 'ada.test@example.test' where id = ?`).run(ids.patient);
  const today = new Date().toISOString().slice(0, 10);
  followUpId = Number(
    temp
      .db()
      .$client.prepare(
        `insert into follow_ups (course_id, time_point, due_date, window_start, window_end, created_at, updated_at) values (?, 'w6', ?, date(?, '-14 days'), date(?, '+14 days'), 'x', 'x')`,
      )
      .run(ids.course, today, today, today).lastInsertRowid,
  );
  actAs({ id: ids.user, role: 'specialist', name: 'A', email: 'a@test' });
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  temp.cleanup();
});

describe('link email and reminders through a real SMTP server', () => {
  it('sends the link, exactly two reminders on day 3 and day 7, none after a restart, and only the clinic and the link', async () => {
    const start = Date.now();
    const link = await createFollowUpLink(followUpId, { email: true });
    expect(link.emailed).toBe(true);
    expect(received).toHaveLength(1);
    expect(resolveLink(getDb(), link.url.split('/r/')[1], new Date()).status).toBe('valid');

    const send = smtpSender();
    const at = (days: number) => () => new Date(start + days * DAY);
    expect(await runLinkJob({ db: getDb(), send, now: at(1) })).toEqual({ expired: 0, reminders: 0 });
    expect(await runLinkJob({ db: getDb(), send, now: at(3.01) })).toEqual({ expired: 0, reminders: 1 });
    expect(await runLinkJob({ db: getDb(), send, now: at(3.5) })).toEqual({ expired: 0, reminders: 0 });

    // A restart: a new connection and a new job instance on the same database file.
    closeDb();
    expect(await runLinkJob({ db: getDb(), send: smtpSender(), now: at(3.6) })).toEqual({ expired: 0, reminders: 0 });
    expect(await runLinkJob({ db: getDb(), send: smtpSender(), now: at(6.9) })).toEqual({ expired: 0, reminders: 0 });
    expect(await runLinkJob({ db: getDb(), send: smtpSender(), now: at(7.01) })).toEqual({ expired: 0, reminders: 1 });
    const [again, twice] = await Promise.all([
      runLinkJob({ db: getDb(), send, now: at(8) }),
      runLinkJob({ db: getDb(), send: smtpSender(), now: at(8) }),
    ]);
    expect(again.reminders + twice.reminders).toBe(0);
    expect(await runLinkJob({ db: getDb(), send, now: at(15) })).toEqual({ expired: 1, reminders: 0 });
    expect(await runLinkJob({ db: getDb(), send, now: at(16) })).toEqual({ expired: 0, reminders: 0 });

    expect(received).toHaveLength(3);
    for (const mail of received) {
      expect(mail.to).toBe('ada.test@example.test');
      expect(mail.body).toContain('Harbour Street Clinic');
      expect(mail.body).toContain(link.url);
      expect(mail.body).not.toMatch(/Ada|Test\b|knee|Knee|pain|Pain|mobility|sleep|MRN|1970/);
    }
    expect(received[1].body).toMatch(/Subject: Reminder from Harbour Street Clinic/);

    const events = getDb().$client.prepare(`select action, outcome, details from audit_events where entity = 'patient_link' order by id`).all() as {
      action: string;
      outcome: string;
      details: string;
    }[];
    expect(events.map((e) => e.action)).toEqual(['create', 'email', 'email', 'email', 'expire']);
    expect(events.every((e) => e.outcome === 'success')).toBe(true);
  });

  it('says so instead of sending when SMTP_URL is not set', async () => {
    const url = process.env.SMTP_URL;
    delete process.env.SMTP_URL;
    try {
      const today = new Date().toISOString().slice(0, 10);
      const course = getDb().$client.prepare(`select course_id as c from follow_ups where id = ?`).get(followUpId) as { c: number };
      const id = Number(
        getDb()
          .$client.prepare(
            `insert into follow_ups (course_id, time_point, due_date, window_start, window_end, created_at, updated_at) values (?, 'm3', ?, ?, ?, 'x', 'x')`,
          )
          .run(course.c, today, today, today).lastInsertRowid,
      );
      const link = await createFollowUpLink(id, { email: true });
      expect(link).toMatchObject({ emailed: false, emailMessage: 'Email is not configured: show the code or print the link.' });
      expect(received).toHaveLength(3);
    } finally {
      process.env.SMTP_URL = url;
    }
  });
});
