import nodemailer from 'nodemailer';
import { formatDate } from '../domain/dates';
import { toIsoDate } from '../domain/outcome-rules';
import { clinicName } from './clinic';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}
export type SendMail = (mail: OutgoingMail) => Promise<void>;

export function emailConfigured(env: Record<string, string | undefined> = process.env): boolean {
  return Boolean(env.SMTP_URL?.trim());
}

/** Sends through SMTP_URL (e.g. smtp://user:pass@host:587); MAIL_FROM sets the sender. */
export function smtpSender(url = process.env.SMTP_URL ?? ''): SendMail {
  const transport = nodemailer.createTransport(url);
  const from = process.env.MAIL_FROM?.trim() || `"${clinicName()}" <no-reply@localhost>`;
  return async (mail) => {
    await transport.sendMail({ from, ...mail });
  };
}

/**
 * The email holds the clinic's name and the link, nothing else about the patient: no name, condition or score,
 * since email is not a private channel.
 */
export function linkEmail(kind: 'link' | 'reminder', url: string, expiresAt: string): Omit<OutgoingMail, 'to'> {
  const clinic = clinicName();
  const expires = formatDate(toIsoDate(new Date(expiresAt)));
  const opening =
    kind === 'link'
      ? `${clinic} would like to know how you are. Please answer a few short questions (about 1 minute):`
      : `A reminder from ${clinic}: we would still like to hear how you are. The questions take about 1 minute:`;
  return {
    subject: kind === 'link' ? `${clinic}: a few short questions` : `Reminder from ${clinic}: a few short questions`,
    text: ['Hello,', '', opening, '', url, '', `The link works once and until ${expires}. Your answers go to your clinician.`, '', clinic].join('\n'),
  };
}
