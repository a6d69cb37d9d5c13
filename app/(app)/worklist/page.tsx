import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/page-guard';
import { getWorklist } from '@/lib/worklist';
import { todayIso } from '@/lib/domain/dates';
import { getSettings } from '@/lib/settings';
import { PageHeader } from '@/components/page-header';
import { Figure } from '@/components/figure';
import { SearchToolbar } from '@/components/search-toolbar';
import { WorklistTable } from '@/components/worklist/worklist-table';
import { worklistItems } from '@/components/worklist/worklist-items';
import { FollowUpsDue } from '@/components/follow-ups/follow-ups-due';
import { NeedsAttention } from '@/components/check-ins/needs-attention';
import { CheckInsDue } from '@/components/check-ins/check-ins-due';

export const metadata: Metadata = { title: 'Worklist' };

export default async function WorklistPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const actor = await requirePageActor(['specialist']);
  const { q = '' } = await searchParams;
  const rows = await getWorklist(q);
  const today = todayIso();
  const overdue = rows.filter((r) => r.overdue).length;
  const graceDays = getSettings().overdueGraceDays;
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
      <NeedsAttention />
      <div className="grid-cards">
        <Figure label="Active courses" value={rows.length} testId="active-courses" />
        <Figure label="Overdue follow-ups" value={overdue} tone={overdue ? 'amber' : undefined} hint={`more than ${graceDays} days past due`} />
        <Figure label="Due now or within a week" value={dueSoon} />
      </div>
      <SearchToolbar action="/worklist" q={q} />
      <WorklistTable
        rows={worklistItems(rows, today)}
        empty={q ? 'No active course matches this search.' : 'No active courses. Add a patient and start a course to see it here.'}
      />
      {rows.length > 0 && (
        <p className="muted small table-note">
          Last pain: <span className="trend-better">↓</span> lower than the session before, <span className="trend-worse">↑</span> higher,
          → unchanged. Overdue = more than {graceDays} days past the due date (last session + the course interval).
        </p>
      )}
      <FollowUpsDue />
      <CheckInsDue />
    </>
  );
}
