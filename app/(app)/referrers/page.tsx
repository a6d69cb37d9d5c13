import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/page-guard';
import { listReferrers } from '@/lib/referrers';
import { createReferrerAction } from '@/lib/actions/referrer-actions';
import { PageHeader } from '@/components/page-header';
import { Flash } from '@/components/flash';
import { EmptyRow } from '@/components/table-cells';
import { ReferrerForm } from '@/components/referrers/referrer-form';

export const metadata: Metadata = { title: 'Referrers' };

export default async function ReferrersPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const actor = await requirePageActor();
  const { saved } = await searchParams;
  const rows = await listReferrers();
  const keeps = actor.role !== 'admin';
  return (
    <>
      <PageHeader
        title="Referrers"
        subtitle={`${rows.length} referring doctor${rows.length === 1 ? '' : 's'} · chosen on a course, they receive its progress letters`}
      />
      <Flash saved={saved} />
      <div className="staff-layout">
        <div className="table-wrap">
          <table data-testid="referrers-table">
            <thead>
              <tr>
                <th>Name</th>
                <th>Practice</th>
                <th className="hide-narrow">Address</th>
                <th>Email</th>
                <th className="num">Courses</th>
              </tr>
            </thead>
            <tbody>
              {rows.length === 0 && (
                <EmptyRow colSpan={5}>{keeps ? 'No referrers yet — add the first one with the form.' : 'No referrers yet.'}</EmptyRow>
              )}
              {rows.map((r) => (
                <tr key={r.id} data-testid="referrer-row">
                  <td>{keeps ? <Link href={`/referrers/${r.id}`}>{r.name}</Link> : r.name}</td>
                  <td>{r.practice ?? '—'}</td>
                  <td className="hide-narrow small" style={{ whiteSpace: 'pre-line' }}>
                    {r.address ?? '—'}
                  </td>
                  <td className="small">{r.email ?? '—'}</td>
                  <td className="num">{r.courses}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {keeps && <ReferrerForm action={createReferrerAction} submitLabel="Add referrer" />}
      </div>
    </>
  );
}
