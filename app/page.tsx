import { redirect } from 'next/navigation';
import { getActor } from '@/lib/session';
import { homePathFor } from '@/lib/page-guard';

export default async function Home() {
  const actor = await getActor();
  redirect(actor ? homePathFor(actor.role) : '/login');
}
