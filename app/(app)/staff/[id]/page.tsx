import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/page-guard';
import { getStaffMember } from '@/lib/staff';
import { pageData } from '@/lib/page-data';
import { formatDate } from '@/lib/domain/dates';
import { PageHeader } from '@/components/page-header';
import { ActiveForm, ResetPasswordForm, ResetTwoFactorForm, RoleForm, UnlockForm } from '@/components/staff/staff-account-forms';

export const metadata: Metadata = { title: 'Staff account' };

export default async function StaffMemberPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor(['admin']);
  const { id } = await params;
  const member = await pageData(() => getStaffMember(id));
  const self = member.id === actor.id;
  return (
    <>
      <PageHeader
        title={member.name}
        crumbs={[{ href: '/staff', label: 'Staff' }, { label: member.name }]}
        subtitle={
          <>
            {member.email} · <span className="capitalize">{member.role}</span> ·{' '}
            {member.active ? <span className="badge badge-green">Active</span> : <span className="badge">Deactivated</span>} ·
            {member.locked && (
              <>
                {' '}
                <span className="badge badge-red" data-testid="locked-badge">
                  Sign-in locked
                </span>{' '}
                ·
              </>
            )}
            {member.twoFactor.enabled && (
              <>
                {' '}
                <span className="badge badge-green" data-testid="two-factor-badge">
                  Two-factor on
                </span>{' '}
                ·
              </>
            )}
            {member.mustChangePassword && (
              <>
                {' '}
                <span className="badge">Must choose a new password</span> ·
              </>
            )}{' '}
            created {formatDate(member.createdAt.slice(0, 10))}
          </>
        }
      />
      <div className="grid-forms">
        {member.locked && <UnlockForm id={member.id} />}
        <RoleForm id={member.id} role={member.role} self={self} />
        <ResetPasswordForm id={member.id} />
        <ResetTwoFactorForm id={member.id} enabled={member.twoFactor.enabled} self={self} />
        <ActiveForm id={member.id} active={member.active} self={self} />
      </div>
    </>
  );
}
