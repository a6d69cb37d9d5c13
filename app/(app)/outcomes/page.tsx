import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/page-guard';
import { getClinicSummary } from '@/lib/clinic-summary';
import { PageHeader } from '@/components/page-header';

export const metadata: Metadata = { title: 'Outcomes' };

export default async function OutcomesPage() {
  const actor = await requirePageActor();
  const summary = await getClinicSummary();
  const scope = actor.role === 'specialist' ? 'Your patients' : 'All patients in the clinic';
  const figures = [
    { label: 'Patients', value: summary.patients, testId: 'figure-patients' },
    { label: 'Active courses', value: summary.activeCourses, testId: 'figure-active-courses' },
    { label: 'Sessions recorded', value: summary.sessions, testId: 'figure-sessions' },
    { label: 'Adverse events', value: summary.adverseEvents, testId: 'figure-adverse' },
  ];
  return (
    <>
      <PageHeader title="Outcomes" subtitle={`${scope} · signed in as ${actor.name} (${actor.role})`} />
      <div className="grid-cards">
        {figures.map((f) => (
          <div className="figure" key={f.label}>
            <div className="label">{f.label}</div>
            <div className="value" data-testid={f.testId}>
              {f.value}
            </div>
          </div>
        ))}
      </div>
    </>
  );
}
