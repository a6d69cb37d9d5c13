import { AppShell } from '@/components/app-shell';
import { requirePageActor } from '@/lib/auth/page-guard';
import { getSettings } from '@/lib/settings';

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor();
  return (
    <AppShell actor={actor} clinicName={getSettings().clinicName}>
      {children}
    </AppShell>
  );
}
