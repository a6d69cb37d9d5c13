import { AppShell } from '@/components/app-shell';
import { requirePageActor } from '@/lib/auth/page-guard';
import { getSettings } from '@/lib/settings';

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  // Every page checks for itself; the shell also frames the Account page of an account that must change its password or set up two-factor.
  const actor = await requirePageActor(undefined, { allowAccountSetup: true });
  return (
    <AppShell actor={actor} clinicName={getSettings().clinicName}>
      {children}
    </AppShell>
  );
}
