import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/page-guard';
import { getWorklist } from '@/lib/worklist';
import { conditionLabel } from '@/lib/domain/conditions';
import { regionLabel } from '@/lib/domain/regions';
import { formatDate, todayIso } from '@/lib/domain/dates';
import { PageHeader } from '@/components/page-header';
import { PainTrend } from '@/components/pain-trend';
import { DueBadge } from '@/components/due-badge';
import { EmptyRow, PatientCell } from '@/components/table-cells';
import { FollowUpsDue } from '@/components/follow-ups/follow-ups-due';

export const metadata: Metadata = { title: 'Worklist' };

export default async function WorklistPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const actor = await requirePageActor(['specialist']);
  const { q = '' } = await searchParams;
  const rows = await getWorklist(q);
  const today = todayIso();
  const overdue = rows.filter((r) => r.overdue).length;
  const dueSoon = rows.filter((r) => !r.overdue && r.daysPastDue != null && r.daysPastDue >= -7).length;

  return (
    <>
      <PageHeader
        title="Worklist"
        subtitle={`${actor.name} · ${rows.length} active course${rows.length === 1 ? '' : 's'}${q ? ' matching the search' : ''}`}
        actions={
          <Link className="btn btn-primary" href="/patients/new">
            New patient
          </Link>
        }
      />
      <div className="grid-cards">
        <div className="figure">
          <div className="label">Active courses</div>
          <div className="value" data-testid="active-courses">{rows.length}</div>
        </div>
        <div className="figure">
          <div className="label">Overdue follow-ups</div>
          <div className="value" style={{ color: overdue ? 'var(--amber)' : undefined }}>{overdue}</div>
          <div className="hint">more than 7 days past due</div>
        </div>
        <div className="figure">
          <div className="label">Due now or within a week</div>
          <div className="value">{dueSoon}</div>
        </div>
      </div>
      <form className="toolbar" role="search" action="/worklist">
        <label htmlFor="worklist-q" className="visually-hidden">
          Search by patient name or MRN
        </label>
        <input id="worklist-q" type="search" name="q" defaultValue={q} placeholder="Search name or MRN" />
        <button className="btn" type="submit">
          Search
        </button>
        {q && (
          <Link href="/worklist" className="btn btn-sm">
            Clear
          </Link>
        )}
      </form>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>Patient</th>
              <th>Course</th>
              <th className="num">Sessions</th>
              <th className="hide-narrow">Last session</th>
              <th>Next due</th>
              <th className="num">Last pain</th>
              <th>
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <EmptyRow colSpan={7}>{q ? 'No active course matches this search.' : 'No active courses. Add a patient and start a course to see it here.'}</EmptyRow>
            )}
            {rows.map((r) => (
              <tr key={r.courseId} data-testid="worklist-row">
                <PatientCell id={r.patientId} name={r.patientName} mrn={r.mrn} />
                <td>
                  <Link href={`/courses/${r.courseId}`}>{conditionLabel(r.condition)}</Link>
                  <div className="muted small">
                    {regionLabel(r.region)}
                    {r.side !== 'midline' ? ` · ${r.side}` : ''}
                  </div>
                </td>
                <td className="num nowrap">
                  {r.sessionsDone} / {r.plannedSessions}
                  {r.sessionsDone >= r.plannedSessions && (
                    <div>
                      <span className="badge" title="All planned sessions done: review or close the course">
                        review
                      </span>
                    </div>
                  )}
                </td>
                <td className="num nowrap hide-narrow">{formatDate(r.lastSessionDate)}</td>
                <td>
                  <DueBadge due={r.nextDue} today={today} overdue={r.overdue} />
                </td>
                <td className="num">
                  {r.lastPain ?? '—'}
                  <PainTrend trend={r.trend} />
                </td>
                <td>
                  <Link className="btn btn-sm btn-primary" href={`/courses/${r.courseId}/sessions/new`}>
                    Log session
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > 0 && (
        <p className="muted small" style={{ marginTop: 10 }}>
          Last pain: <span className="trend-better">↓</span> lower than the session before, <span className="trend-worse">↑</span> higher,
          → unchanged. Overdue = more than 7 days past the due date (last session + the course interval).
        </p>
      )}
      <FollowUpsDue />
    </>
  );
}
