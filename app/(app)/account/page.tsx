import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/page-guard';
import { PageHeader } from '@/components/page-header';
import { ChangePasswordForm } from '@/components/account/change-password-form';

export const metadata: Metadata = { title: 'Account' };

export default async function AccountPage() {
  const actor = await requirePageActor(undefined, { allowPasswordChange: true });
  return (
    <>
      <PageHeader title="Account" subtitle={`${actor.name} · ${actor.email}`} />
      {actor.mustChangePassword && (
        <div className="notice" role="alert" data-testid="must-change-password">
          Your password was set by an administrator. Choose your own before you continue.
        </div>
      )}
      <ChangePasswordForm />
    </>
  );
}
