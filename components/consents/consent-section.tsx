import { formatDate } from '@/lib/domain/dates';
import { recordConsentAction } from '@/lib/actions/consent-actions';
import { RecordConsentForm } from './consent-form';

/** The patient's consent for the course: what is on file and, for the specialist, a form to record it. */
export function ConsentSection({
  courseId,
  consents,
  versions,
  canWrite,
  today,
}: {
  courseId: number;
  consents: { id: number; consentDate: string; witness: string | null; versionTitle: string; recordedByName: string }[];
  versions: { id: number; title: string; text: string; appliesFrom: string }[];
  canWrite: boolean;
  today: string;
}) {
  const current = versions.find((v) => v.appliesFrom <= today);
  return (
    <section className="page-section card" id="consent" aria-labelledby="consent-heading">
      <h2 id="consent-heading" className="section-title">
        Consent
      </h2>
      {consents.length === 0 ? (
        <p className="notice" role="note">
          No consent on file: a session with injections cannot be saved until it is recorded.
        </p>
      ) : (
        <ul data-testid="consents">
          {consents.map((c) => (
            <li key={c.id}>
              {c.versionTitle} · {formatDate(c.consentDate)}
              {c.witness ? ` · witnessed by ${c.witness}` : ''} · recorded by {c.recordedByName}
            </li>
          ))}
        </ul>
      )}
      {current && (
        <details>
          <summary>Read the current consent form</summary>
          <p className="pre-wrap small">{current.text}</p>
        </details>
      )}
      {canWrite && <RecordConsentForm action={recordConsentAction.bind(null, courseId)} versions={versions} today={today} />}
    </section>
  );
}
