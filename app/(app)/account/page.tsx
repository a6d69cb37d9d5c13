import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/page-guard';
import { getTwoFactorSetup } from '@/lib/auth/two-factor-account';
import { PageHeader } from '@/components/page-header';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { TwoFactorSection } from '@/components/account/two-factor-section';

export const metadata: Metadata = { title: 'Account' };

export default async function AccountPage() {
  const actor = await requirePageActor(undefined, { allowAccountSetup: true });
  // Two-factor comes once the account has a password of its own.
  const twoFactor = actor.mustChangePassword ? null : await getTwoFactorSetup();
  return (
    <>
      <PageHeader title="Account" subtitle={`${actor.name} · ${actor.email}`} />
      {actor.mustChangePassword && (
        <div className="notice" role="alert" data-testid="must-change-password">
          Your password was set by an administrator. Choose your own before you continue.
        </div>
      )}
      {actor.mustEnrolTwoFactor && (
        <div className="notice" role="alert" data-testid="must-enrol-two-factor">
          Your role signs in with two-factor. Set it up below before you continue.
        </div>
      )}
      <div className="stack">
        {twoFactor && <TwoFactorSection setup={twoFactor} />}
        <ChangePasswordForm />
      </div>
    </>
  );
}
