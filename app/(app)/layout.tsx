import { AppShell } from '@/components/app-shell';
import { requirePageActor } from '@/lib/auth/page-guard';

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor();
  return <AppShell actor={actor}>{children}</AppShell>;
}
