import { redirect } from 'next/navigation';
import { getActor } from '@/lib/auth/actor';
import { homePathFor } from '@/lib/auth/page-guard';

export default async function Home() {
  const actor = await getActor();
  redirect(actor ? homePathFor(actor.role) : '/login');
}
