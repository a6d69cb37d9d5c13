import type { OutcomeSettings } from '../domain/settings';
import { responderRuleText } from '../domain/course-figures';
import { PRIMARY_TIME_POINT_TEXT } from '../domain/follow-up-schedule';
import type { OutcomeGroup } from '../outcomes/groups';
import type { OutcomeSummary } from '../outcomes/summary';
import type { SessionPoint } from '../outcomes/series';
import { wilson95, type CurvePoint } from '../outcomes/stats';
import { headlineFigures, type HeadlineFigure } from '../outcomes/headline';
import { formatChange, formatMedian, formatNumber, formatPercent, plural } from '../outcomes/format';

/** Answered / due follow-ups at one time point (the dashboard's follow-up figures). */
export interface FollowUpCompletion {
  timePoint: string;
  answered: number;
  due: number;
}

export interface ReportInput {
  clinic: { name: string; address: string };
  /** What `getOutcomeDashboard` returned for the report's filters. */
  dashboard: { summary: OutcomeSummary; series: SessionPoint[]; curve: CurvePoint[]; byCondition: OutcomeGroup[]; bySpecialist: OutcomeGroup[] };
  filters: string;
  period: string;
  /** The thresholds the dashboard applied. */
  settings: OutcomeSettings;
  followUps: readonly FollowUpCompletion[];
  generatedAt: string;
  generatedBy: string;
}

export interface GroupRow {
  label: string;
  small: boolean;
  courses: string;
  responderRate: string;
  interval: string;
  painChange: string;
  median: string;
  discontinued: string;
}

export interface ReportContent {
  clinic: { name: string; address: string };
  filters: string;
  generated: string;
  figures: (HeadlineFigure & { interval: string })[];
  empty: boolean;
  series: SessionPoint[];
  scoresSummary: string;
  injectionsSummary: string;
  /** The time-to-response curve while enough courses are at risk. */
  curve: CurvePoint[];
  curveSummary: string;
  byCondition: GroupRow[];
  bySpecialist: GroupRow[];
  smallGroupNote: string;
  adverseSummary: string;
  followUps: { timePoint: string; completion: string; interval: string }[];
  rules: string[];
  rulesShort: string;
}

/** A rate's 95 % interval in words: "95 % CI 36–83 %"; empty without a denominator. */
export function rateInterval(successes: number, n: number, scale = 100, unit = ' %'): string {
  const ci = wilson95(successes, n);
  if (ci.low == null || ci.high == null) return '';
  const show = (v: number) => (scale === 100 ? String(Math.round(v * 100)) : formatNumber(v * scale));
  return `95 % CI ${show(ci.low)}–${show(ci.high)}${unit}`;
}

function meanInterval(m: { low: number | null; high: number | null }): string {
  return m.low == null || m.high == null ? '' : `95 % CI ${formatNumber(m.low)} to ${formatNumber(m.high)}`;
}

function groupRow(g: OutcomeGroup): GroupRow {
  return {
    label: g.label,
    small: g.small,
    courses: String(g.courses),
    responderRate: `${formatPercent(g.responderRate)} (${g.responders}/${g.assessable})`,
    interval: rateInterval(g.responders, g.assessable).replace('95 % CI ', ''),
    painChange: `${formatChange(g.meanPainChange)} (n = ${g.painChangeN})`,
    median: `${formatMedian(g.medianSessionsToResponse)} (n = ${g.respondedCourses})`,
    discontinued: `${formatPercent(g.discontinuationRate)} (${g.discontinued})`,
  };
}

/** The headline figure's interval: Wilson for the rates, none for counts and medians. */
function figureInterval(f: HeadlineFigure, s: OutcomeSummary): string {
  // Rates carry their interval in the hint already; the adverse-event rate is per 100 sessions.
  return f.id === 'adverse' ? rateInterval(s.adverseEvents, s.sessions, 100, '') : '';
}

/**
 * The outcomes report's words and figures, all from one dashboard result: headline figures as the page shows them
 * (with 95 % intervals for rates), the cohort series, the tables by condition and by specialist. Aggregates only.
 */
export function outcomesReportContent(input: ReportInput): ReportContent {
  const { summary: s, series, curve, byCondition, bySpecialist } = input.dashboard;
  const { settings } = input;
  const first = series[0];
  const last = series.at(-1);
  const drawn = curve.filter((p) => p.atRisk >= settings.minGroupSize);
  const end = drawn.at(-1);
  const half = drawn.find((p) => p.share >= 0.5);
  return {
    clinic: input.clinic,
    filters: input.filters,
    generated: `generated ${input.generatedAt} by ${input.generatedBy}`,
    figures: headlineFigures(s, input.period, settings).map((f) => ({ ...f, interval: figureInterval(f, s) })),
    empty: s.courses === 0,
    series,
    scoresSummary:
      first && last && first.pain.mean != null && last.pain.mean != null
        ? `Mean pain ${formatNumber(first.pain.mean)} at session 1 (n = ${first.pain.n}, ${meanInterval(first.pain)}) and ${formatNumber(last.pain.mean)} at session ${last.session} (n = ${last.pain.n}).`
        : 'No scored sessions for these filters.',
    injectionsSummary:
      first && last
        ? `${formatNumber(first.meanInjections)} injections on average at session 1 (${plural(first.sessions, 'session')}), ${formatNumber(last.meanInjections)} at session ${last.session} (${plural(last.sessions, 'session')}). Review visits count as 0.`
        : 'No sessions for these filters.',
    curve: drawn,
    curveSummary: end
      ? `${formatPercent(end.share)} responded by session ${end.session}; ${half ? `half by session ${half.session}` : 'fewer than half so far'}. Kaplan–Meier estimate; courses not (yet) responding are censored at their last pain score; sessions with fewer than ${settings.minGroupSize} courses at risk are not drawn.`
      : 'Too few courses with a baseline pain score to draw the curve.',
    byCondition: byCondition.map(groupRow),
    bySpecialist: bySpecialist.map(groupRow),
    smallGroupNote: `Groups of fewer than ${settings.minGroupSize} courses are marked “too few to judge”.`,
    adverseSummary:
      s.sessions === 0
        ? 'No sessions in this period.'
        : `${plural(s.adverseEvents, 'session')} with an adverse event in ${plural(s.sessions, 'session')}: ${formatNumber(s.adversePer100Sessions)} per 100 sessions (${rateInterval(s.adverseEvents, s.sessions, 100, '')}).`,
    followUps: input.followUps.map((f) => ({
      timePoint: f.timePoint,
      completion: `${formatPercent(f.due ? f.answered / f.due : null)} (${f.answered} of ${f.due})`,
      interval: rateInterval(f.answered, f.due).replace('95 % CI ', ''),
    })),
    rules: [
      `Responder: ${responderRuleText(settings)}, judged at ${PRIMARY_TIME_POINT_TEXT} of a course, in the headline and in the tables by condition and by specialist (intention to treat: discontinued courses count as non-responders).`,
      `Small groups: fewer than ${plural(settings.minGroupSize, 'course')} are flagged as too few to judge.`,
      `Overdue: an active course more than ${plural(settings.overdueGraceDays, 'day')} past its next due date (last session plus the course interval).`,
      'Intervals: Wilson 95 % intervals for rates, t-based 95 % intervals for means.',
    ],
    rulesShort: `Rules in force: responder = pain −${settings.responderAbsoluteReduction} points and −${Math.round(settings.responderRelativeReduction * 100)} % from baseline · small group < ${settings.minGroupSize} courses · overdue > ${settings.overdueGraceDays} days past due`,
  };
}
