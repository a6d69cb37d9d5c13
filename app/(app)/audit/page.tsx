import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/page-guard';
import { auditFilterOptions, listAuditEvents, type AuditFilters } from '@/lib/audit/queries';
import { PageHeader } from '@/components/page-header';
import { AuditFilterForm } from '@/components/audit-filters';
import { AuditTable } from '@/components/audit-table';
import { Pager } from '@/components/pager';

export const metadata: Metadata = { title: 'Audit' };

function pageHref(filters: AuditFilters, page: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, page })) {
    if (value != null && value !== '') params.set(key, String(value));
  }
  return `/audit?${params}`;
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  await requirePageActor(['manager', 'admin']);
  const [result, options] = await Promise.all([listAuditEvents(await searchParams), auditFilterOptions()]);
  const { rows, total, page, pages, filters } = result;
  return (
    <>
      <PageHeader title="Audit trail" subtitle={`${total.toLocaleString('en-GB')} event${total === 1 ? '' : 's'} · append-only and hash-chained`} />
      <AuditFilterForm filters={filters} staff={options.staff} actions={options.actions} />
      <AuditTable rows={rows} />
      <Pager page={page} pages={pages} hrefFor={(n) => pageHref(filters, n)} previousLabel="Newer" nextLabel="Older" testId="audit-page" />
    </>
  );
}
