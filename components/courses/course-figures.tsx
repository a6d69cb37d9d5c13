import { statusHint, type CourseSummary } from '@/lib/domain/course-summary';
import { MEASURE_KEYS } from '@/components/charts/palette';
import { Figure } from '@/components/figure';
import { ResponderBadge, StatusBadge } from '@/components/status-badge';
import { DueBadge } from '@/components/due-badge';
import { ChangeFigure } from './change-figure';

interface FiguresCourse {
  status: string;
  endDate: string | null;
  endReason: string | null;
  intervalWeeks: number;
}

/** The course's headline cards: status, sessions, next due date and each score's change from baseline. */
export function CourseFigures({ course, summary, today }: { course: FiguresCourse; summary: CourseSummary; today: string }) {
  const active = course.status === 'active';
  return (
    <div className="grid-cards">
      <Figure
        label="Status"
        compact
        value={
          <>
            <StatusBadge status={course.status} />{' '}
            <ResponderBadge responder={summary.responder} active={active} substantial={summary.substantial} notAssessable={summary.notAssessable} />
          </>
        }
        hint={
          <>
            {statusHint(course, summary)}
            {summary.judgedAt && (
              <>
                <br />
                <span data-testid="judged-at">judged at {summary.judgedAt}</span>
              </>
            )}
          </>
        }
      />
      <Figure label="Sessions" value={`${summary.sessionsDone} / ${summary.plannedSessions}`} hint="done / planned" testId="sessions-done" />
      <Figure
        label="Next due"
        compact
        value={active ? <DueBadge due={summary.nextDue} today={today} overdue={summary.overdue} /> : '—'}
        hint={`last session + ${course.intervalWeeks} weeks`}
        testId="next-due"
      />
      {MEASURE_KEYS.map((m) => (
        <ChangeFigure key={m} measure={m} assessable={summary.sessionsDone > 1} change={summary.change[m]} />
      ))}
    </div>
  );
}
