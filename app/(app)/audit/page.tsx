import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/page-guard';
import { auditFilterOptions, listAuditEvents, type AuditFilters } from '@/lib/audit/queries';
import { PageHeader } from '@/components/page-header';
import { AuditFilterForm } from '@/components/audit-filters';
import { AuditTable } from '@/components/audit-table';

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
      <PageHeader
        title="Audit trail"
        subtitle={`${total.toLocaleString('en-GB')} event${total === 1 ? '' : 's'} · append-only and hash-chained`}
      />
      <AuditFilterForm filters={filters} staff={options.staff} actions={options.actions} />
      <AuditTable rows={rows} />
      <nav className="toolbar" aria-label="Pages" style={{ marginTop: 14, justifyContent: 'space-between' }}>
        <span className="muted" data-testid="audit-page">
          Page {page} of {pages}
        </span>
        <span style={{ display: 'flex', gap: 10 }}>
          {page > 1 && (
            <a className="btn btn-sm" href={pageHref(filters, page - 1)} rel="prev">
              Newer
            </a>
          )}
          {page < pages && (
            <a className="btn btn-sm" href={pageHref(filters, page + 1)} rel="next">
              Older
            </a>
          )}
        </span>
      </nav>
    </>
  );
}
