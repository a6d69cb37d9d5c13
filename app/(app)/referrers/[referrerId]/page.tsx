import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/page-guard';
import { pageData } from '@/lib/page-data';
import { getReferrer } from '@/lib/referrers';
import { updateReferrerAction } from '@/lib/actions/referrer-actions';
import { PageHeader } from '@/components/page-header';
import { ReferrerForm } from '@/components/referrers/referrer-form';

export const metadata: Metadata = { title: 'Edit referrer' };

export default async function ReferrerPage({ params }: { params: Promise<{ referrerId: string }> }) {
  await requirePageActor(['specialist', 'manager']);
  const { referrerId } = await params;
  const referrer = await pageData(() => getReferrer(referrerId));
  return (
    <>
      <PageHeader
        title={referrer.name}
        crumbs={[{ href: '/referrers', label: 'Referrers' }, { label: referrer.name }]}
        subtitle="Changes apply to letters generated from now on; letters already sent stay as they were."
      />
      <div style={{ maxWidth: 560 }}>
        <ReferrerForm action={updateReferrerAction.bind(null, referrer.id)} referrer={referrer} submitLabel="Save referrer" />
      </div>
    </>
  );
}
