/** Field key of the session form's consent error: the form links to recording consent beside it. */
export const CONSENT_FIELD = 'consent';
