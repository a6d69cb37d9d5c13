'use client';

import { useRef, useState } from 'react';
import { signIn } from 'next-auth/react';
import { SECOND_STEP_ERRORS, SECOND_STEP_MESSAGES } from '@/lib/auth/two-factor-policy';

const MESSAGES: Record<string, string> = {
  CredentialsSignin: 'Email or password is incorrect.',
};

/**
 * Email and password, then, for an account with two-factor on, a code. During the code step the password is kept in
 * memory only (its field is gone from the page) and sent again with the code: the server checks both together.
 */
export function LoginForm() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [step, setStep] = useState<'password' | 'code'>('password');
  const [error, setError] = useState<string | null>(null);
  const [codeError, setCodeError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const codeInput = useRef<HTMLInputElement>(null);

  function backToPassword() {
    setStep('password');
    setPassword('');
    setCode('');
    setCodeError(null);
    setError(null);
  }

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!email.trim() || !password) {
      setError('Enter your email and password.');
      return;
    }
    if (step === 'code' && !code.trim()) {
      setCodeError(SECOND_STEP_MESSAGES[SECOND_STEP_ERRORS.required]);
      return;
    }
    setPending(true);
    setError(null);
    setCodeError(null);
    const result = await signIn('credentials', { email, password, ...(step === 'code' ? { code } : {}), redirect: false });
    if (!result || result.error) {
      setPending(false);
      const failure = result?.error ?? '';
      if (failure in SECOND_STEP_MESSAGES) {
        // The password was right: ask for (another) code.
        setStep('code');
        // The code typed stays in the field beside its message.
        if (step === 'code') setCodeError(SECOND_STEP_MESSAGES[failure]);
        requestAnimationFrame(() => codeInput.current?.focus());
        return;
      }
      if (step === 'code') backToPassword();
      setError(MESSAGES[failure] ?? (failure || 'Sign-in failed. Try again.'));
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
          readOnly={step === 'code'}
          aria-describedby={error ? 'login-error' : undefined}
          required
        />
      </div>
      {step === 'password' ? (
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
      ) : (
        <div className="field">
          <label htmlFor="code">Authentication code</label>
          <input
            ref={codeInput}
            id="code"
            name="code"
            type="text"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={64}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            aria-invalid={codeError ? true : undefined}
            aria-describedby={codeError ? 'code-help code-error' : 'code-help'}
            required
          />
          <span className="help" id="code-help">
            The 6-digit code from your authenticator app, or one of your recovery codes.
          </span>
          <span className="field-error" id="code-error" aria-live="polite">
            {codeError}
          </span>
        </div>
      )}
      <button className="btn btn-primary" type="submit" disabled={pending}>
        {pending ? 'Signing in…' : step === 'code' ? 'Verify and sign in' : 'Sign in'}
      </button>
      {step === 'code' && (
        <button className="btn" type="button" onClick={backToPassword}>
          Use a different account
        </button>
      )}
    </form>
  );
}
