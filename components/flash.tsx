const MESSAGES: Record<string, string> = {
  patient: 'Patient saved.',
  course: 'Course started. Log the first session when the patient is seen.',
  closed: 'Course closed.',
  session: 'Session saved.',
  'session-updated': 'Session updated.',
  'session-deleted': 'Session deleted.',
  referrer: 'Referrer saved.',
};

/** A short confirmation after a save, from the `saved` query parameter. */
export function Flash({ saved }: { saved?: string }) {
  const message = saved ? MESSAGES[saved] : undefined;
  if (!message) return null;
  return (
    <div className="form-ok" role="status" data-testid="flash">
      {message}
    </div>
  );
}
