import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/page-guard';
import { formatDate, todayIso } from '@/lib/domain/dates';
import { conditionLabel } from '@/lib/domain/conditions';
import { filtersToQuery, parseOutcomeFilters } from '@/lib/outcomes/filters';
import { getOverdueCourses } from '@/lib/outcomes/overdue';
import { getSpecialistOptions } from '@/lib/outcomes/options';
import { getSettings } from '@/lib/settings';
import { PageHeader } from '@/components/page-header';
import { DueBadge } from '@/components/due-badge';
import { FiltersForm } from '@/components/outcomes/filters-form';
import { EmptyRow, PatientCell } from '@/components/table-cells';

export const metadata: Metadata = { title: 'Overdue follow-ups' };

export default async function OverduePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor();
  const { filters } = parseOutcomeFilters(await searchParams);
  const today = todayIso();
  const [rows, specialists] = await Promise.all([getOverdueCourses(filters, today), getSpecialistOptions()]);
  const query = filtersToQuery(filters);
  const isSpecialist = actor.role === 'specialist';
  return (
    <>
      <PageHeader
        title="Overdue follow-ups"
        crumbs={[{ href: `/outcomes${query ? `?${query}` : ''}`, label: 'Outcomes' }, { label: 'Overdue follow-ups' }]}
        subtitle={`Active courses more than ${getSettings().overdueGraceDays} days past their next due date (last session + interval) · ${isSpecialist ? 'your courses' : 'all specialists'}`}
      />
      <FiltersForm action="/outcomes/overdue" filters={filters} specialists={specialists} showSpecialist={!isSpecialist} showDates={false} />
      <div className="table-wrap">
        <table data-testid="overdue-table">
          <thead>
            <tr>
              <th scope="col">Patient</th>
              <th scope="col">Course</th>
              {!isSpecialist && <th scope="col">Specialist</th>}
              <th scope="col" className="num">
                Sessions
              </th>
              <th scope="col">Last session</th>
              <th scope="col">Was due</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <EmptyRow colSpan={isSpecialist ? 5 : 6}>No overdue follow-ups: every active course has been seen within its interval.</EmptyRow>
            )}
            {rows.map((r) => (
              <tr key={r.courseId} data-testid="overdue-row">
                <PatientCell id={r.patientId} name={r.patientName} mrn={r.mrn} />
                <td>
                  <Link href={`/courses/${r.courseId}`}>{conditionLabel(r.condition)}</Link>
                </td>
                {!isSpecialist && <td>{r.specialistName}</td>}
                <td className="num">{r.sessions}</td>
                <td className="num nowrap">{formatDate(r.lastSessionDate)}</td>
                <td>
                  <DueBadge due={r.dueDate} today={today} overdue />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
