'use client';

import { useState } from 'react';
import { CHECK_IN_PAIN_OPTIONS, CHECK_IN_SYMPTOMS, type CheckInSymptom } from '@/lib/domain/check-in';
import { formatDate } from '@/lib/domain/dates';
import { checkInAnswerSchema } from '@/lib/validation/check-in';
import type { LinkQuestions } from '@/lib/patient-links/public';
import { ChoiceInput } from '../follow-ups/choice-input';
import { usePatientAnswers } from '../follow-ups/use-patient-answers';

const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const;

type Values = { pain: string } & Record<CheckInSymptom, string>;
const EMPTY: Values = { pain: '', spreadingRedness: '', fever: '', breathlessChestPain: '', posturalHeadache: '', numbnessWeakness: '' };
const yesNo = (v: string) => (v === 'yes' ? true : v === 'no' ? false : null);

/** The check-in after an injection session: six plain questions, then a thank-you that says when to call. */
export function CheckInForm({
  questions,
  clinicPhone,
  redFlagMessage,
}: {
  questions: LinkQuestions;
  clinicPhone: string | null;
  redFlagMessage: string;
}) {
  const [values, setValues] = useState<Values>(EMPTY);
  const [done, setDone] = useState<{ redFlag: boolean } | null>(null);
  const { errors, setErrors, message, pending, send } = usePatientAnswers((result) => setDone({ redFlag: result.redFlag === true }));
  const phone = clinicPhone && (
    <a className="patient-phone" href={`tel:${clinicPhone.replace(/[^\d+]/g, '')}`}>
      {clinicPhone}
    </a>
  );

  if (done?.redFlag) {
    return (
      <div className="patient-done patient-alert" role="alert" data-testid="patient-thanks">
        <h1>Please call us today, {questions.firstName}</h1>
        <p data-testid="red-flag-message">{redFlagMessage}</p>
        {phone && (
          <p>
            {questions.clinicName}: {phone}
          </p>
        )}
        <p>Your answers have been sent to your clinician.</p>
      </div>
    );
  }
  if (done) {
    return (
      <div className="patient-done" role="status" data-testid="patient-thanks">
        <h1>Thank you, {questions.firstName}</h1>
        <p>Your answers have been sent to {questions.clinicName}. Your clinician will look at them; there is nothing more to do.</p>
        <p>
          If anything gets worse, call the clinic{clinicPhone ? ' on ' : ''}
          {phone}. If you are short of breath, have chest pain or feel very unwell, call the emergency services.
        </p>
      </div>
    );
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const payload = {
      pain: values.pain || null,
      ...Object.fromEntries(CHECK_IN_SYMPTOMS.map((s) => [s.key, yesNo(values[s.key])])),
    };
    send(checkInAnswerSchema, payload);
  }

  const set = (key: keyof Values) => (value: string) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors(({ [key]: _answered, ...rest }) => rest);
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Your answers">
      <h1>Hello {questions.firstName}</h1>
      <p className="patient-intro">
        {questions.clinicName} would like to know how you have been since your injections
        {questions.sessionDate ? ` on ${formatDate(questions.sessionDate)}` : ''}. There are six short questions; it takes about 1 minute. Your
        answers go to your clinician.
      </p>
      <div className="patient-question">
        <ChoiceInput
          name="pain"
          legend="Compared with before the injection, your pain is now:"
          options={CHECK_IN_PAIN_OPTIONS}
          value={values.pain}
          error={errors.pain}
          onChange={set('pain')}
        />
      </div>
      {CHECK_IN_SYMPTOMS.map((s) => (
        <div className="patient-question" key={s.key}>
          <ChoiceInput name={s.key} legend={s.question} options={YES_NO} value={values[s.key]} error={errors[s.key]} onChange={set(s.key)} columns />
        </div>
      ))}
      <div aria-live="assertive" role="alert">
        {message && <div className="form-error">{message}</div>}
      </div>
      <button className="btn btn-primary patient-submit" type="submit" disabled={pending} aria-disabled={pending}>
        {pending ? 'Sending…' : 'Send my answers'}
      </button>
      <p className="patient-note">
        Your answers can be sent once. If you feel very unwell now, do not wait for a reply: call the clinic or the emergency services.
      </p>
    </form>
  );
}
