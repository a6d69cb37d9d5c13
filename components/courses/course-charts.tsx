import { injectionsSentence, scoresSentence, sessionAxisLabel, type CourseSummary } from '@/lib/domain/course-summary';
import type { ProgressPoint } from '@/components/charts/progress-chart';
import { InjectionsChart, ProgressChart } from '@/components/charts/lazy-charts';
import type { SessionRow } from './sessions-table';

type ChartSession = Pick<SessionRow, 'number' | 'sessionDate' | 'pain' | 'mobility' | 'sleep' | 'injections'>;

/** Scores and injections by session, side by side, each with its one-sentence text alternative. */
export function CourseCharts({
  sessions,
  summary,
  patientReported = [],
}: {
  sessions: ChartSession[];
  summary: CourseSummary;
  /** Follow-ups the patient answered after the last injection, drawn after the sessions. */
  patientReported?: ProgressPoint[];
}) {
  const points = sessions.map((s) => ({ label: sessionAxisLabel(s), pain: s.pain, mobility: s.mobility, sleep: s.sleep, injections: s.injections }));
  return (
    <div className="two-col">
      <figure className="card chart-card">
        <h2>Scores by session</h2>
        <ProgressChart data={[...points, ...patientReported]} />
        <figcaption data-testid="progress-summary">{scoresSentence(summary)}</figcaption>
      </figure>
      <figure className="card chart-card">
        <h2>Injections per session</h2>
        <InjectionsChart
          testId="injections-chart"
          name="Injections"
          height={300}
          bars={points.map((p) => ({ label: p.label, title: p.label, injections: p.injections }))}
        />
        <figcaption data-testid="injections-summary">{injectionsSentence(sessions)}</figcaption>
      </figure>
    </div>
  );
}
