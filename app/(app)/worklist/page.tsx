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

/**
 * Without a search the table lists the courses due today or earlier (most overdue first) and counts the rest, which
 * one link shows: a specialist has a hundred or more active courses, and each row is a large part of the page's cost.
 */
export default async function WorklistPage({ searchParams }: { searchParams: Promise<{ q?: string; all?: string }> }) {
  const actor = await requirePageActor(['specialist']);
  const { q = '', all } = await searchParams;
  const { rows, active, overdue, dueSoon } = await getWorklist(q, { all: all === '1' });
  const later = active - rows.length;
  const today = todayIso();
  const graceDays = getSettings().overdueGraceDays;

  return (
    <>
      <PageHeader
        title="Worklist"
        subtitle={`${actor.name} · ${active} active course${active === 1 ? '' : 's'}${q ? ' matching the search' : ''}`}
        actions={
          <Link className="btn btn-primary" href="/patients/new">
            New patient
          </Link>
        }
      />
      <NeedsAttention />
      <div className="grid-cards">
        <Figure label="Active courses" value={active} testId="active-courses" />
        <Figure label="Overdue follow-ups" value={overdue} tone={overdue ? 'amber' : undefined} hint={`more than ${graceDays} days past due`} />
        <Figure label="Due now or within a week" value={dueSoon} />
      </div>
      <SearchToolbar action="/worklist" q={q} />
      <WorklistTable rows={worklistItems(rows, today)} empty={emptyText(q, active)} />
      {later > 0 && (
        <p className="table-note" data-testid="worklist-later">
          {later} more active course{later === 1 ? ' is' : 's are'} due after today. <Link href="/worklist?all=1">Show all {active}</Link>
        </p>
      )}
      {all === '1' && !q && (
        <p className="table-note">
          <Link href="/worklist">Show only the courses due today or earlier</Link>
        </p>
      )}
      {active > 0 && (
        <p className="muted small table-note">
          Last pain: <span className="trend-better">↓</span> lower than the session before, <span className="trend-worse">↑</span> higher, →
          unchanged. Overdue = more than {graceDays} days past the due date (last session + the course interval).
        </p>
      )}
      <FollowUpsDue />
      <CheckInsDue />
    </>
  );
}

function emptyText(q: string, active: number): string {
  if (q) return 'No active course matches this search.';
  if (active > 0) return 'No course is due today or overdue.';
  return 'No active courses. Add a patient and start a course to see it here.';
}
