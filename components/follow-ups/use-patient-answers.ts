'use client';

import { useState, useTransition } from 'react';
import type { ZodType } from 'zod';
import { fieldErrorsOf } from '@/lib/validation/form-errors';
import { submitPatientAnswersAction, type PatientAnswerState } from '@/lib/actions/patient-link-actions';

/** Sending a patient's answers: checked here first, then by the server; errors per question and one message. */
export function usePatientAnswers(onSent: (result: PatientAnswerState) => void) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function send(schema: ZodType, payload: unknown) {
    if (pending) return;
    const checked = schema.safeParse(payload);
    if (!checked.success) {
      setErrors(fieldErrorsOf(checked.error));
      setMessage('Please answer every question.');
      return;
    }
    setErrors({});
    setMessage(null);
    startTransition(async () => {
      const result = await submitPatientAnswersAction(payload);
      if (result.ok) onSent(result);
      else {
        setErrors(result.errors ?? {});
        setMessage(result.message ?? 'Your answers could not be sent. Please try again.');
      }
    });
  }

  return { errors, setErrors, message, pending, send };
}
