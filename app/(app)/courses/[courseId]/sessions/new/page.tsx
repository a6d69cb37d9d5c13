import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/page-guard';
import { pageData } from '@/lib/page-data';
import { getSessionFormContext } from '@/lib/courses';
import { getWaitingPreSessionReport } from '@/lib/follow-ups/queries';
import { conditionLabel } from '@/lib/domain/conditions';
import { formatDate, todayIso } from '@/lib/domain/dates';
import { patientName } from '@/lib/domain/patient-name';
import { previousSitesFrom, siteDefaultsFrom } from '@/lib/domain/site-defaults';
import { PageHeader, patientCrumbs } from '@/components/page-header';
import { SessionForm } from '@/components/sessions/session-form';

export const metadata: Metadata = { title: 'Log session' };

export default async function NewSessionPage({ params }: { params: Promise<{ courseId: string }> }) {
  await requirePageActor(['specialist']);
  const { courseId } = await params;
  const ctx = await pageData(() => getSessionFormContext(courseId));
  const name = patientName(ctx.patient);
  const today = todayIso();
  const closed = ctx.course.status !== 'active';
  const patientReport = closed ? null : await pageData(() => getWaitingPreSessionReport(courseId));
  return (
    <>
      <PageHeader
        title={`Log session ${ctx.sessionCount + 1}`}
        crumbs={patientCrumbs(
          ctx.patient,
          name,
          { href: `/courses/${ctx.course.id}`, label: conditionLabel(ctx.course.condition) },
          { label: 'Log session' },
        )}
        subtitle={`${name} · MRN ${ctx.patient.mrn}${ctx.lastSession ? ` · last session ${formatDate(ctx.lastSession.sessionDate)}` : ' · baseline session'}`}
      />
      {!closed && ctx.sessionCount >= ctx.course.plannedSessions && (
        <div className="notice" role="note">
          This will be session {ctx.sessionCount + 1}; the course planned {ctx.course.plannedSessions}. Consider closing the course if treatment is
          complete.
        </div>
      )}
      {closed ? (
        <div className="card">This course is {ctx.course.status}. Sessions can only be logged on an active course.</div>
      ) : (
        <SessionForm
          courseId={ctx.course.id}
          sessionId={null}
          today={today}
          minDate={ctx.course.startDate}
          previousSites={previousSitesFrom(ctx.lastSites)}
          defaults={siteDefaultsFrom(ctx.lastInjection ? [ctx.lastInjection] : [])}
          patientReport={patientReport}
          injectate={ctx.injectate}
          initial={{
            sessionDate: today < ctx.course.startDate ? ctx.course.startDate : today,
            pain: patientReport ? String(patientReport.pain) : '',
            mobility: patientReport ? String(patientReport.mobility) : '',
            sleep: patientReport ? String(patientReport.sleep) : '',
            ultrasoundGuided: true,
            needling: false,
            notes: '',
            doseOverrideReason: '',
            sites: [],
          }}
        />
      )}
    </>
  );
}
