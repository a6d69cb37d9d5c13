import type { Metadata } from 'next';
import Link from 'next/link';
import { differenceInYears, parseISO } from 'date-fns';
import { patientForPage } from '@/lib/patient-page';
import { listPatientCourses } from '@/lib/courses';
import { setArchivedAction } from '@/lib/actions/patient-actions';
import { conditionLabel } from '@/lib/domain/conditions';
import { regionLabel } from '@/lib/domain/regions';
import { formatDate } from '@/lib/domain/dates';
import { patientName } from '@/lib/domain/patient-name';
import { PageHeader } from '@/components/page-header';
import { Flash } from '@/components/flash';
import { StatusBadge } from '@/components/status-badge';
import { ArchiveButton } from '@/components/patients/archive-button';
import { EmptyRow } from '@/components/table-cells';

export const metadata: Metadata = { title: 'Patient' };

const SEX: Record<string, string> = { female: 'Female', male: 'Male', other: 'Other', unknown: 'Not recorded' };

export default async function PatientPage({
  params,
  searchParams,
}: {
  params: Promise<{ patientId: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const { actor, patient } = await patientForPage(params);
  const { saved } = await searchParams;
  const courses = await listPatientCourses(patient.id);
  const name = patientName(patient);
  const canWrite = actor.role === 'specialist';
  const age = differenceInYears(new Date(), parseISO(patient.dateOfBirth));

  return (
    <>
      <PageHeader
        title={name}
        crumbs={[{ href: '/patients', label: 'Patients' }, { label: name }]}
        subtitle={
          <>
            MRN {patient.mrn} · {age} years · {SEX[patient.sex]}
            {patient.archived && (
              <>
                {' '}
                · <span className="badge">Archived</span>
              </>
            )}
          </>
        }
        actions={
          canWrite && (
            <>
              <Link className="btn" href={`/patients/${patient.id}/edit`}>
                Edit details
              </Link>
              {!patient.archived && (
                <Link className="btn btn-primary" href={`/patients/${patient.id}/courses/new`}>
                  Start course
                </Link>
              )}
            </>
          )
        }
      />
      <Flash saved={saved} />
      <div className="two-col narrow-first">
        <section className="card" aria-labelledby="demographics">
          <h2 id="demographics">Details</h2>
          <dl className="details">
            <dt>Date of birth</dt>
            <dd>{formatDate(patient.dateOfBirth)}</dd>
            <dt>Sex</dt>
            <dd>{SEX[patient.sex]}</dd>
            <dt>Phone</dt>
            <dd>{patient.phone ?? '—'}</dd>
            <dt>Email</dt>
            <dd>{patient.email ?? '—'}</dd>
            <dt>Specialist</dt>
            <dd>{patient.specialistName}</dd>
          </dl>
          {canWrite && <ArchiveButton action={setArchivedAction.bind(null, patient.id, !patient.archived)} archived={patient.archived} />}
        </section>
        <section aria-labelledby="courses-heading">
          <h2 id="courses-heading" className="section-title">
            Treatment courses
          </h2>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>Course</th>
                  <th>Status</th>
                  <th className="num">Sessions</th>
                  <th className="num">Pain (first → latest)</th>
                  <th className="num">Mobility (latest)</th>
                  <th className="num">Sleep (latest)</th>
                </tr>
              </thead>
              <tbody>
                {courses.length === 0 && <EmptyRow colSpan={6}>No courses yet{canWrite ? ' — start one with “Start course”.' : '.'}</EmptyRow>}
                {courses.map((c) => (
                  <tr key={c.id} data-testid="course-row">
                    <td>
                      <Link href={`/courses/${c.id}`}>{conditionLabel(c.condition)}</Link>
                      <div className="muted small">
                        {regionLabel(c.region)}
                        {c.side !== 'midline' ? ` · ${c.side}` : ''} · from {formatDate(c.startDate)}
                      </div>
                    </td>
                    <td>
                      <StatusBadge status={c.status} />
                    </td>
                    <td className="num">
                      {c.sessions} / {c.plannedSessions}
                    </td>
                    <td className="num nowrap" title="baseline → latest">
                      {c.baselinePain ?? '—'} → {c.lastPain ?? '—'}
                    </td>
                    <td className="num">{c.lastMobility ?? '—'}</td>
                    <td className="num">{c.lastSleep ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      </div>
    </>
  );
}
