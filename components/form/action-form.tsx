'use client';

import { createContext, useActionState, useContext, useEffect, useRef, useTransition } from 'react';
import type { FormState } from '@/lib/validation/form-errors';
import { OneTimePassword } from './one-time-password';
import { RecoveryCodes } from './recovery-codes';

interface FormContextValue {
  errors: Record<string, string>;
  pending: boolean;
}

const FormContext = createContext<FormContextValue>({ errors: {}, pending: false });

export function useFormContext(): FormContextValue {
  return useContext(FormContext);
}

/** The form's submit button, disabled while the action runs. */
export function SubmitButton({
  children,
  className = 'btn btn-primary',
  disabled,
}: {
  children: React.ReactNode;
  className?: string;
  disabled?: boolean;
}) {
  const { pending } = useFormContext();
  return (
    <button className={className} type="submit" disabled={pending || disabled} aria-disabled={pending || disabled}>
      {pending ? 'Saving…' : children}
    </button>
  );
}

/**
 * Submits through a server action without React's automatic form reset, so every value the user typed stays
 * in place when the server answers with errors.
 */
export function ActionForm({
  action,
  children,
  className,
  submitLabel,
  confirmMessage,
  resetOnSuccess,
  replaceOnSuccess,
  ...rest
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  children: React.ReactNode;
  className?: string;
  submitLabel?: string;
  /** Asks before submitting (for destructive or hard-to-undo actions). */
  confirmMessage?: string;
  /** Empties the fields after a success (for forms that stay on the page to add another record). */
  resetOnSuccess?: boolean;
  /** After a success, shows only the message (for forms whose success cannot be repeated, e.g. enrolment). */
  replaceOnSuccess?: boolean;
} & Omit<React.FormHTMLAttributes<HTMLFormElement>, 'action' | 'onSubmit'>) {
  const [state, formAction] = useActionState(action, {});
  const [pending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  const errors = state.errors ?? {};
  useEffect(() => {
    if (resetOnSuccess && state.ok) formRef.current?.reset();
  }, [state, resetOnSuccess]);
  return (
    <FormContext.Provider value={{ errors, pending }}>
      <form
        {...rest}
        ref={formRef}
        className={className}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (pending) return;
          if (confirmMessage && !window.confirm(confirmMessage)) return;
          const data = new FormData(event.currentTarget);
          startTransition(() => formAction(data));
        }}
      >
        <div aria-live="polite">
          {state.message && (
            <div className={state.ok ? 'form-ok' : 'form-error'} role={state.ok ? 'status' : undefined}>
              {state.message}
              {state.password && <OneTimePassword password={state.password} />}
              {state.recoveryCodes && <RecoveryCodes codes={state.recoveryCodes} />}
            </div>
          )}
        </div>
        {!(replaceOnSuccess && state.ok) && (
          <>
            {children}
            {submitLabel && <SubmitButton>{submitLabel}</SubmitButton>}
          </>
        )}
      </form>
    </FormContext.Provider>
  );
}
