import type { ClinicSettings } from '@/lib/domain/settings';
import type { OutcomeSummary } from './summary';
import { formatChange, formatMedian, formatNumber, formatPercent, plural } from './format';

export interface HeadlineFigure {
  id: string;
  label: string;
  value: string;
  hint: string;
  tone?: 'green' | 'amber' | 'red' | 'pain' | 'mobility' | 'sleep';
}

/** The outcomes page's headline figures, each with the n it rests on: the page's cards and the report's. */
export function headlineFigures(s: OutcomeSummary, period: string, settings: Pick<ClinicSettings, 'overdueGraceDays'>): HeadlineFigure[] {
  return [
    { id: 'patients', label: 'Patients treated', value: String(s.patients), hint: `in ${plural(s.courses, 'course')}` },
    { id: 'active-courses', label: 'Active courses', value: String(s.activeCourses), hint: `of ${plural(s.courses, 'course')}` },
    { id: 'sessions', label: 'Sessions in period', value: String(s.sessions), hint: period },
    {
      id: 'responder-rate', label: 'Responder rate', value: formatPercent(s.responderRate), tone: 'green',
      hint: `${s.responders} of ${plural(s.assessable, 'course')} with ≥ 2 pain scores`,
    },
    { id: 'pain-change', label: 'Pain change', value: formatChange(s.change.pain.mean), tone: 'pain', hint: `lower is better · n = ${s.change.pain.n}` },
    { id: 'mobility-change', label: 'Mobility change', value: formatChange(s.change.mobility.mean), tone: 'mobility', hint: `higher is better · n = ${s.change.mobility.n}` },
    { id: 'sleep-change', label: 'Sleep change', value: formatChange(s.change.sleep.mean), tone: 'sleep', hint: `higher is better · n = ${s.change.sleep.n}` },
    {
      id: 'median-response', label: 'Median sessions to response', value: formatMedian(s.medianSessionsToResponse),
      hint: `n = ${plural(s.respondedCourses, 'course')} that responded`,
    },
    { id: 'injections', label: 'Injections per session', value: formatNumber(s.injectionsPerSession), hint: `${s.injections} injections · ${plural(s.sessions, 'session')}` },
    { id: 'completion', label: 'Completed', value: formatPercent(s.completionRate), hint: `${s.completed} of ${plural(s.courses, 'course')}` },
    { id: 'discontinuation', label: 'Discontinued', value: formatPercent(s.discontinuationRate), hint: `${s.discontinued} of ${plural(s.courses, 'course')}` },
    {
      id: 'adverse', label: 'Adverse events per 100 sessions', value: formatNumber(s.adversePer100Sessions), tone: s.adverseEvents ? 'red' : undefined,
      hint: `${plural(s.adverseEvents, 'event')} in ${plural(s.sessions, 'session')}`,
    },
    {
      id: 'overdue', label: 'Overdue follow-ups', value: String(s.overdue), tone: s.overdue ? 'amber' : undefined,
      hint: `active courses > ${settings.overdueGraceDays} days past due, today`,
    },
  ];
}
