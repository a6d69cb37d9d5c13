import { formatSetting, type ClinicSettings } from '@/lib/domain/settings';
import { PRIMARY_TIME_POINT, timePointLabel } from '@/lib/domain/follow-up-schedule';
import type { OutcomeSummary } from './summary';
import { formatChange, formatMedian, formatNumber, formatPercent, formatRateDetail, plural } from './format';
import { wilson95 } from './stats';

export interface HeadlineFigure {
  id: string;
  label: string;
  value: string;
  hint: string;
  tone?: 'green' | 'amber' | 'red' | 'pain' | 'mobility' | 'sleep';
  compact?: boolean;
}

type HeadlineSettings = Pick<ClinicSettings, 'overdueGraceDays' | 'responderMinBaseline' | 'substantialRelativeReduction'>;

/** The outcomes page's headline figures, each with the n it rests on: the page's cards and the report's. */
export function headlineFigures(s: OutcomeSummary, period: string, settings: HeadlineSettings): HeadlineFigure[] {
  const { intentionToTreat: itt, completedOnly, substantial, judgedAt } = s.primary;
  return [
    { id: 'patients', label: 'Patients treated', value: String(s.patients), hint: `in ${plural(s.courses, 'course')}` },
    { id: 'active-courses', label: 'Active courses', value: String(s.activeCourses), hint: `of ${plural(s.courses, 'course')}` },
    { id: 'sessions', label: 'Sessions in period', value: String(s.sessions), hint: period },
    {
      id: 'responder-rate',
      label: 'Responder rate (primary, intention to treat)',
      value: formatPercent(itt.rate),
      tone: 'green',
      hint: `${formatRateDetail(itt)} finished courses with baseline pain ≥ ${settings.responderMinBaseline}; discontinued count as non-responders`,
    },
    {
      id: 'responder-rate-completed',
      label: 'Responder rate (completed courses only)',
      value: formatPercent(completedOnly.rate),
      tone: 'green',
      hint: `${formatRateDetail(completedOnly)} completed courses with a score · substantial (≥ ${formatSetting('substantialRelativeReduction', settings.substantialRelativeReduction)}): ${formatPercent(substantial.rate)}, ${formatRateDetail(substantial)}`,
    },
    {
      id: 'primary-time-point',
      label: 'Primary time point used',
      compact: true,
      value: `Follow-up at ${timePointLabel(PRIMARY_TIME_POINT)}: ${judgedAt.primaryFollowUp}`,
      hint: `else the latest score: another follow-up ${judgedAt.otherFollowUp}, a session ${judgedAt.session}, no later score ${judgedAt.none}`,
    },
    {
      id: 'responder-latest',
      label: 'Responding at the latest session',
      value: formatPercent(s.responderRate),
      hint: `${formatRateDetail(wilson95(s.responders, s.assessable))} courses with baseline pain ≥ ${settings.responderMinBaseline} and a later score`,
    },
    {
      id: 'pain-change',
      label: 'Pain change',
      value: formatChange(s.change.pain.mean),
      tone: 'pain',
      hint: `lower is better · n = ${s.change.pain.n}`,
    },
    {
      id: 'mobility-change',
      label: 'Mobility change',
      value: formatChange(s.change.mobility.mean),
      tone: 'mobility',
      hint: `higher is better · n = ${s.change.mobility.n}`,
    },
    {
      id: 'sleep-change',
      label: 'Sleep change',
      value: formatChange(s.change.sleep.mean),
      tone: 'sleep',
      hint: `higher is better · n = ${s.change.sleep.n}`,
    },
    {
      id: 'median-response',
      label: 'Median sessions to response',
      value: formatMedian(s.medianSessionsToResponse),
      hint: `n = ${plural(s.respondedCourses, 'course')} that responded`,
    },
    {
      id: 'injections',
      label: 'Injections per session',
      value: formatNumber(s.injectionsPerSession),
      hint: `${s.injections} injections · ${plural(s.sessions, 'session')}`,
    },
    {
      id: 'completion',
      label: 'Completed',
      value: formatPercent(s.completionRate),
      hint: `${formatRateDetail(wilson95(s.completed, s.courses))} courses`,
    },
    {
      id: 'discontinuation',
      label: 'Discontinued',
      value: formatPercent(s.discontinuationRate),
      hint: `${formatRateDetail(wilson95(s.discontinued, s.courses))} courses`,
    },
    {
      id: 'adverse',
      label: 'Adverse events per 100 sessions',
      value: formatNumber(s.adversePer100Sessions),
      tone: s.adverseEvents ? 'red' : undefined,
      hint: `${plural(s.adverseEvents, 'event')} in ${plural(s.sessions, 'session')}`,
    },
    {
      id: 'overdue',
      label: 'Overdue follow-ups',
      value: String(s.overdue),
      tone: s.overdue ? 'amber' : undefined,
      hint: `active courses > ${settings.overdueGraceDays} days past due, today`,
    },
  ];
}
