import { z } from 'zod';
import { ANAESTHETIC_AGENTS, SITE_SIDES } from '@/db/value-sets';
import { adverseEventFieldsSchema } from './adverse-event';
import { findSite } from '../domain/sites';
import { idSchema, isoDate, optionalText } from './common';
import { todayIso } from '../domain/dates';

export const score = (label: string) =>
  z
    .number({ error: `Choose a ${label.toLowerCase()} score from 0 to 10` })
    .int({ error: `${label} must be a whole number from 0 to 10` })
    .min(0, { error: `${label} must be a whole number from 0 to 10` })
    .max(10, { error: `${label} must be a whole number from 0 to 10` });

const optionalPositive = (label: string, max: number, unit: string) =>
  z
    .number({ error: `${label} must be a number` })
    .gt(0, { error: `${label} must be more than 0 ${unit}` })
    .max(max, { error: `${label} can be at most ${max} ${unit}` })
    .nullish()
    .transform((v) => v ?? null);

const injectedSiteSchema = z
  .object({
    siteCode: z.string({ error: 'Choose a site' }).refine((code) => Boolean(findSite(code)), { error: 'Unknown injection site' }),
    side: z.enum(SITE_SIDES, { error: 'Choose left or right' }),
    injectionCount: z
      .number({ error: 'Enter the number of injections' })
      .int({ error: 'Injections must be a whole number from 1 to 20' })
      .min(1, { error: 'Injections must be a whole number from 1 to 20' })
      .max(20, { error: 'Injections must be a whole number from 1 to 20' }),
    dextrosePct: optionalPositive('Dextrose', 50, '%'),
    anaestheticAgent: z
      .enum(ANAESTHETIC_AGENTS, { error: 'Choose an anaesthetic from the list' })
      .nullish()
      .transform((v) => v ?? null),
    anaestheticMl: optionalPositive('Anaesthetic volume', 50, 'mL'),
    /** Free text typed before the coded list (kept for 'other'; never exported). */
    anaesthetic: optionalText('Anaesthetic', 60),
    volumeMl: optionalPositive('Volume', 50, 'mL'),
    lotNumber: optionalText('Lot number', 40),
  })
  .superRefine((site, ctx) => {
    const sided = findSite(site.siteCode)?.sided;
    if (sided && site.side === 'midline') ctx.addIssue({ code: 'custom', path: ['side'], message: 'Choose left or right' });
    if (sided === false && site.side !== 'midline') ctx.addIssue({ code: 'custom', path: ['side'], message: 'This site is midline' });
    const agent = site.anaestheticAgent;
    if (agent && agent !== 'none' && agent !== 'other' && site.anaestheticMl == null) {
      ctx.addIssue({ code: 'custom', path: ['anaestheticMl'], message: 'Enter the volume of anaesthetic' });
    }
  });

export const sessionInputSchema = z
  .object({
    sessionDate: isoDate('session date').refine((d) => d <= todayIso(), { error: 'The session date cannot be in the future' }),
    pain: score('Pain'),
    mobility: score('Mobility'),
    sleep: score('Sleep'),
    ultrasoundGuided: z.boolean({ error: 'Say whether the injections were ultrasound-guided' }),
    needling: z.boolean({ error: 'Say whether needling was performed' }),
    /** New adverse events attributed to this session (earlier ones are kept and managed on the course page). */
    adverseEvents: z
      .array(adverseEventFieldsSchema, { error: 'Adverse events must be a list' })
      .max(10, { error: 'At most 10 adverse events at once' })
      .default([]),
    notes: optionalText('Notes', 2000),
    /** Why the anaesthetic goes above the maximum dose: required then (lib/sessions.ts), stored and audited. */
    doseOverrideReason: optionalText('Reason', 500),
    sites: z.array(injectedSiteSchema, { error: 'Sites must be a list' }).max(40, { error: 'At most 40 sites per session' }),
    /** The patient's own scores before this session (lib/follow-ups/pre-session.ts), kept beside the recorded ones. */
    patientReportId: idSchema.nullish(),
  })
  .superRefine((s, ctx) => {
    s.adverseEvents.forEach((e, i) => {
      if (e.onsetDate < s.sessionDate) {
        ctx.addIssue({ code: 'custom', path: ['adverseEvents', i, 'onsetDate'], message: 'The onset cannot be before the session' });
      }
    });
    const seen = new Set<string>();
    s.sites.forEach((site, i) => {
      const key = `${site.siteCode}:${site.side}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['sites', i, 'siteCode'], message: 'This site and side is already listed' });
      seen.add(key);
    });
  });

export type SessionInput = z.output<typeof sessionInputSchema>;

/** Total injections of a session: the sum over its sites. */
export function totalInjections(sites: readonly { injectionCount: number | string | null | undefined }[]): number {
  return sites.reduce((sum, s) => sum + (Number.isFinite(Number(s.injectionCount)) ? Number(s.injectionCount) : 0), 0);
}
