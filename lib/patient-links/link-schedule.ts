// The patient link job inside the app process (expiry always; reminders when SMTP_URL is set), after scheduling
// the follow-ups of courses that ended before there were any. Started from
// instrumentation.ts like the scheduled backups; each pass is idempotent, so a restart resumes where it stopped.
import { getDb } from '../../db/index';
import { LINK_POLICY } from './policy';
import { emailConfigured, smtpSender } from './mailer';
import { runLinkJob } from './link-job';
import { scheduleMissingFollowUps } from '../follow-ups/schedule';

const globalForJob = globalThis as unknown as { prolotrackLinkTimer?: NodeJS.Timeout };

export function startPatientLinkJob(): void {
  if (globalForJob.prolotrackLinkTimer) return;
  const send = emailConfigured() ? smtpSender() : null;
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const { expired, reminders } = await runLinkJob({ db: getDb(), send });
      if (expired || reminders) console.log(`Patient links: ${expired} expired, ${reminders} reminder(s) sent.`);
    } catch (error) {
      console.error('Patient link job failed:', error instanceof Error ? error.message : error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(run, LINK_POLICY.jobIntervalMinutes * 60_000);
  timer.unref();
  setTimeout(() => {
    try {
      scheduleMissingFollowUps(getDb());
    } catch (error) {
      console.error('Scheduling missing follow-ups failed:', error instanceof Error ? error.message : error);
    }
    void run();
  }, 30_000).unref();
  globalForJob.prolotrackLinkTimer = timer;
  console.log(`Patient link job every ${LINK_POLICY.jobIntervalMinutes} minutes; reminder emails ${send ? 'on' : 'off (SMTP_URL not set)'}.`);
}

export function stopPatientLinkJob(): void {
  clearInterval(globalForJob.prolotrackLinkTimer);
  globalForJob.prolotrackLinkTimer = undefined;
}
