import Link from 'next/link';
import type { Actor } from '@/lib/auth/actor';
import { NavLinks, type NavItem } from './nav-links';
import { SignOutButton } from './sign-out-button';

function navFor(role: Actor['role']): NavItem[] {
  const items: NavItem[] = [];
  if (role === 'specialist') items.push({ href: '/worklist', label: 'Worklist' });
  items.push({ href: '/patients', label: 'Patients' }, { href: '/outcomes', label: 'Outcomes' });
  if (role !== 'specialist') items.push({ href: '/safety', label: 'Safety' });
  items.push({ href: '/referrers', label: 'Referrers' });
  if (role !== 'specialist') items.push({ href: '/audit', label: 'Audit' });
  if (role === 'admin') items.push({ href: '/staff', label: 'Staff' }, { href: '/settings', label: 'Settings' });
  items.push({ href: '/account', label: 'Account' });
  return items;
}

export function AppShell({ actor, clinicName, children }: { actor: Actor; clinicName: string; children: React.ReactNode }) {
  return (
    <div className="shell">
      <aside className="sidebar">
        <div className="sidebar-inner">
          <Link href="/" className="brand">
            <span className="brand-mark" aria-hidden>
              P
            </span>
            ProloTrack
          </Link>
          <div className="clinic-name">{clinicName}</div>
          <NavLinks items={navFor(actor.role)} />
          <div className="user-box">
            <div>
              <div data-testid="current-user">{actor.name}</div>
              <div className="role" data-testid="current-role">
                {actor.role}
              </div>
            </div>
            <SignOutButton />
          </div>
        </div>
      </aside>
      <main className="main" id="main">
        {children}
      </main>
    </div>
  );
}
