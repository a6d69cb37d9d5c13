'use client';

import { createContext, useActionState, useContext, useTransition } from 'react';
import type { FormState } from '@/lib/validation/form-errors';

interface FormContextValue {
  errors: Record<string, string>;
  pending: boolean;
}

const FormContext = createContext<FormContextValue>({ errors: {}, pending: false });

export function useFormContext(): FormContextValue {
  return useContext(FormContext);
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
  ...rest
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  children: React.ReactNode;
  className?: string;
  submitLabel?: string;
  /** Asks before submitting (for destructive or hard-to-undo actions). */
  confirmMessage?: string;
} & Omit<React.FormHTMLAttributes<HTMLFormElement>, 'action' | 'onSubmit'>) {
  const [state, formAction] = useActionState(action, {});
  const [pending, startTransition] = useTransition();
  const errors = state.errors ?? {};
  return (
    <FormContext.Provider value={{ errors, pending }}>
      <form
        {...rest}
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
        <div aria-live="polite" role="status">
          {state.message && <div className={state.ok ? 'form-ok' : 'form-error'}>{state.message}</div>}
        </div>
        {children}
        {submitLabel && (
          <button className="btn btn-primary" type="submit" disabled={pending} aria-disabled={pending}>
            {pending ? 'Saving…' : submitLabel}
          </button>
        )}
      </form>
    </FormContext.Provider>
  );
}
