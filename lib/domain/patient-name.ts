interface PatientNameParts {
  givenName: string;
  familyName: string;
}

/** A patient's name as the app shows it: "Ada Lovelace", or "Lovelace, Ada" in lists sorted by family name. */
export function patientName(p: PatientNameParts, order: 'given-first' | 'family-first' = 'given-first'): string {
  return order === 'family-first' ? `${p.familyName}, ${p.givenName}` : `${p.givenName} ${p.familyName}`;
}
