/** A session score; when the patient reported it first and the specialist recorded another value, both show. */
export function PatientScoreCell({ value, patient }: { value: number | null; patient?: number }) {
  return (
    <td className="num">
      {value ?? '—'}
      {patient != null && patient !== value && (
        <span className="patient-value" data-testid="patient-value">
          patient: {patient}
        </span>
      )}
    </td>
  );
}
