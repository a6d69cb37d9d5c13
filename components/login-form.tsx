'use client';

import { useState } from 'react';
import { signIn } from 'next-auth/react';

const MESSAGES: Record<string, string> = {
  CredentialsSignin: 'Email or password is incorrect.',
};

export function LoginForm() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!email.trim() || !password) {
      setError('Enter your email and password.');
      return;
    }
    setPending(true);
    setError(null);
    const result = await signIn('credentials', { email, password, redirect: false });
    if (!result || result.error) {
      setPending(false);
      setError(MESSAGES[result?.error ?? ''] ?? result?.error ?? 'Sign-in failed. Try again.');
      return;
    }
    // A full document load, as next-auth's own redirecting signIn does: nothing rendered or cached while
    // signed out is reused, and the server sees the new session cookie on the first request.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    window.location.assign('/');
  }

  return (
    <form onSubmit={onSubmit} noValidate className="login-form">
      <div role="alert" aria-live="assertive" id="login-error">
        {error && <div className="form-error">{error}</div>}
      </div>
      <div className="field">
        <label htmlFor="email">Email</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          aria-describedby={error ? 'login-error' : undefined}
          required
        />
      </div>
      <div className="field">
        <label htmlFor="password">Password</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          aria-describedby={error ? 'login-error' : undefined}
          required
        />
      </div>
      <button className="btn btn-primary" type="submit" disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
