import 'server-only';
import { createElement } from 'react';
import { getDb } from '@/db';
import { OutcomesReportDocument } from '@/components/reports/pdf/outcomes-report-document';
import { recordAudit } from '../audit/chain';
import { requireActor } from '../auth/actor';
import { getSettings } from '../settings';
import { formatDateTime, todayIso } from '../domain/dates';
import { getOutcomeDashboard } from '../outcomes/dashboard';
import { getSpecialistOptions } from '../outcomes/options';
import { describeFilters, describePeriod } from '../outcomes/describe-filters';
import { filtersToQuery, outcomeFiltersSchema, type OutcomeFilters } from '../outcomes/filters';
import { outcomesReportContent } from './outcomes-report-content';
import { renderPdf, sha256Hex } from './render-pdf';

/**
 * The outcomes report PDF for managers and admins: the outcomes page's figures for the same filters (one
 * `getOutcomeDashboard` call), aggregates only. Audited with the filters and the file's hash.
 */
export async function createOutcomesReport(
  input: OutcomeFilters,
  today: string = todayIso(),
): Promise<{ pdf: Buffer; sha256: string; filename: string }> {
  const actor = await requireActor(['manager', 'admin']);
  const filters = outcomeFiltersSchema.parse(input);
  const [dashboard, specialists] = await Promise.all([getOutcomeDashboard(filters, today), getSpecialistOptions()]);
  const settings = getSettings();
  const content = outcomesReportContent({
    clinic: { name: settings.clinicName, address: settings.clinicAddress },
    dashboard,
    filters: `All courses in the clinic · ${describeFilters(filters, specialists)}`,
    period: describePeriod(filters),
    // The settings in force, which the dashboard applies (as on the outcomes page).
    settings,
    followUps: dashboard.followUps.map((f) => ({ timePoint: f.label, answered: f.completion.count, due: f.completion.n })),
    generatedAt: formatDateTime(new Date().toISOString()),
    generatedBy: actor.name,
  });
  const pdf = await renderPdf(createElement(OutcomesReportDocument, { content }));
  const sha256 = sha256Hex(pdf);
  recordAudit(getDb(), {
    userId: actor.id,
    userEmail: actor.email,
    action: 'report.outcomes',
    entity: 'report',
    outcome: 'success',
    details: { filters: filtersToQuery(filters), courses: dashboard.summary.courses, sha256, deidentified: true },
  });
  return { pdf, sha256, filename: `prolotrack-outcomes-${today}.pdf` };
}
