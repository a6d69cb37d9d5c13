import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getActor } from '@/lib/auth/actor';
import { homePathFor } from '@/lib/auth/page-guard';
import { LoginForm } from '@/components/login-form';

export const metadata: Metadata = { title: 'Sign in' };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await getActor();
  const { password } = await searchParams;
  if (actor) redirect(homePathFor(actor.role));
  return (
    <main className="login-page">
      <div className="login-card">
        <div className="brand">
          <span className="brand-mark" aria-hidden>
            P
          </span>
          ProloTrack
        </div>
        <h1>Sign in</h1>
        <p className="muted">Clinic staff only. Use your work email.</p>
        {password === 'changed' && (
          <p className="form-ok" role="status">
            Password changed. Sign in with your new password.
          </p>
        )}
        <LoginForm />
      </div>
    </main>
  );
}
