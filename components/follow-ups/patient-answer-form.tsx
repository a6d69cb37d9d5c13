'use client';

import { useState } from 'react';
import { SCORE_KEYS, SCORE_QUESTIONS, type ScoreKey } from '@/lib/domain/patient-questions';
import { followUpAnswerSchema, preSessionAnswerSchema } from '@/lib/validation/patient-answers';
import type { LinkQuestions } from '@/lib/patient-links/public';
import { ScoreInput } from '../sessions/score-input';
import { GlobalImpressionInput } from './global-impression-input';
import { usePatientAnswers } from './use-patient-answers';

const num = (v: string) => (v.trim() === '' ? null : Number(v));

/** The questions of one patient link, and the thank-you once they are sent. */
export function PatientAnswerForm({ questions, clinicPhone }: { questions: LinkQuestions; clinicPhone: string | null }) {
  const followUp = questions.purpose === 'follow_up';
  const [values, setValues] = useState({ pain: '', mobility: '', sleep: '', globalImpression: '', comment: '' });
  const [done, setDone] = useState(false);
  const { errors, message, pending, send } = usePatientAnswers(() => setDone(true));
  const set = (key: keyof typeof values, value: string) => setValues((v) => ({ ...v, [key]: value }));

  if (done) {
    return (
      <div className="patient-done" role="status" data-testid="patient-thanks">
        <h1>Thank you, {questions.firstName}</h1>
        <p>Your answers have been sent to {questions.clinicName}.</p>
        {followUp ? (
          <>
            <p>Your clinician will look at them. There is nothing more to do, and you can close this page.</p>
            <p>
              If your pain becomes much worse, call the clinic{clinicPhone ? ` on ${clinicPhone}` : ''}. In an emergency, call the emergency services.
            </p>
          </>
        ) : (
          <p>Please hand the device back to the clinic team, or let them know you have finished.</p>
        )}
      </div>
    );
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const payload = {
      pain: num(values.pain),
      mobility: num(values.mobility),
      sleep: num(values.sleep),
      ...(followUp ? { globalImpression: num(values.globalImpression), comment: values.comment } : {}),
    };
    send(followUp ? followUpAnswerSchema : preSessionAnswerSchema, payload);
  }

  const question = (key: ScoreKey) => {
    const q = SCORE_QUESTIONS[key];
    return (
      <div className="patient-question" key={key}>
        <ScoreInput
          name={key}
          label={q.label}
          hint={q.question}
          lowLabel={q.low}
          highLabel={q.high}
          value={values[key]}
          error={errors[key]}
          onChange={(v) => set(key, v)}
        />
      </div>
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Your answers">
      <h1>Hello {questions.firstName}</h1>
      <p className="patient-intro">
        {followUp
          ? `${questions.clinicName} would like to know how you are, about ${questions.timePoint} after your last treatment.`
          : `${questions.clinicName} would like to know how you have been before today’s treatment.`}{' '}
        There are {followUp ? 'five' : 'three'} short questions; it takes about 1 minute. Your answers go to your clinician.
      </p>
      {SCORE_KEYS.map(question)}
      {followUp && (
        <>
          <div className="patient-question">
            <GlobalImpressionInput value={values.globalImpression} error={errors.globalImpression} onChange={(v) => set('globalImpression', v)} />
          </div>
          <div className="patient-question field">
            <label htmlFor="comment">Anything else you would like your clinician to know? (optional)</label>
            <textarea
              id="comment"
              value={values.comment}
              maxLength={1000}
              onChange={(e) => set('comment', e.target.value)}
              aria-describedby="comment-error"
            />
            <span className="field-error" id="comment-error" aria-live="polite">
              {errors.comment}
            </span>
          </div>
        </>
      )}
      <div aria-live="assertive" role="alert">
        {message && <div className="form-error">{message}</div>}
      </div>
      <button className="btn btn-primary patient-submit" type="submit" disabled={pending} aria-disabled={pending}>
        {pending ? 'Sending…' : 'Send my answers'}
      </button>
      <p className="patient-note">Your answers can be sent once. They are kept in your record at {questions.clinicName}.</p>
    </form>
  );
}
