import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requirePageActor } from '@/lib/auth/page-guard';
import { pageData } from '@/lib/page-data';
import { getSessionForEdit } from '@/lib/sessions';
import { conditionLabel } from '@/lib/domain/conditions';
import { formatDate, todayIso } from '@/lib/domain/dates';
import { previousSitesFrom, siteDefaultsFrom } from '@/lib/domain/site-defaults';
import { PageHeader } from '@/components/page-header';
import { SessionForm } from '@/components/sessions/session-form';
import { DeleteSessionButton } from '@/components/sessions/delete-session-button';

export const metadata: Metadata = { title: 'Edit session' };

export default async function EditSessionPage({ params }: { params: Promise<{ courseId: string; sessionId: string }> }) {
  await requirePageActor(['specialist']);
  const { courseId, sessionId } = await params;
  const { session, course, sites, injectate } = await pageData(() => getSessionForEdit(sessionId));
  if (String(course.id) !== courseId) notFound();
  return (
    <>
      <PageHeader
        title={`Edit session of ${formatDate(session.sessionDate)}`}
        crumbs={[{ href: `/courses/${course.id}`, label: conditionLabel(course.condition) }, { label: 'Edit session' }]}
        actions={course.status === 'active' && <DeleteSessionButton sessionId={session.id} />}
      />
      {course.status !== 'active' ? (
        <div className="card">This course is {course.status}. Its sessions can no longer be changed.</div>
      ) : (
        <SessionForm
          courseId={course.id}
          sessionId={session.id}
          today={todayIso()}
          minDate={course.startDate}
          previousSites={[]}
          defaults={siteDefaultsFrom(sites)}
          injectate={injectate}
          initial={{
            sessionDate: session.sessionDate,
            pain: session.pain == null ? '' : String(session.pain),
            mobility: session.mobility == null ? '' : String(session.mobility),
            sleep: session.sleep == null ? '' : String(session.sleep),
            ultrasoundGuided: session.ultrasoundGuided,
            needling: session.needling,
            notes: session.notes ?? '',
            doseOverrideReason: session.doseOverrideReason ?? '',
            sites: previousSitesFrom(sites),
          }}
        />
      )}
    </>
  );
}
