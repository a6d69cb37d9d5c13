import { CHECK_IN_SYMPTOMS, checkInPainLabel } from '@/lib/domain/check-in';
import type { CheckInAnswered } from '@/lib/check-ins/queries';

/** A check-in's answers: the warning signs first (red), then the rest in one line. */
export function CheckInAnswers({ answer }: { answer: CheckInAnswered }) {
  const { answers } = answer;
  const yes = CHECK_IN_SYMPTOMS.filter((s) => answers[s.key]).map((s) => s.short);
  return (
    <div className="check-in-answers" data-testid="check-in-answers">
      {answer.flags.length > 0 && (
        <ul className="check-in-flags" aria-label="Warning signs">
          {answer.flags.map((f) => (
            <li key={f}>
              <span className="badge badge-red">{f}</span>
            </li>
          ))}
        </ul>
      )}
      <div className="small">
        Pain compared with before: {checkInPainLabel(answers.pain).toLowerCase()} ·{' '}
        {yes.length === 0 ? 'no to every warning sign' : `yes: ${yes.join(', ').toLowerCase()}`}
      </div>
    </div>
  );
}
