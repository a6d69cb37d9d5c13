import { SCORE_KEYS, SCORE_QUESTIONS } from '@/lib/domain/patient-questions';

export interface PatientReport {
  id: number;
  /** HH:mm in the clinic's time zone, formatted on the server. */
  reportedTime: string;
  pain: number;
  mobility: number;
  sleep: number;
}

/** Above the session form's scores: what the patient reported today, and which of them the specialist changed. */
export function PatientReportNote({ report, draft }: { report: PatientReport; draft: Record<'pain' | 'mobility' | 'sleep', string> }) {
  const changed = SCORE_KEYS.filter((k) => draft[k] !== String(report[k]));
  return (
    <div className="notice patient-reported-note" role="note" data-testid="patient-report-note">
      <strong>Patient-reported</strong> at {report.reportedTime}:{' '}
      {SCORE_KEYS.map((k) => `${SCORE_QUESTIONS[k].label.toLowerCase()} ${report[k]}`).join(', ')}. The scores below start from these; if you change
      one, both values are kept.
      {changed.length > 0 && <> Changed: {changed.map((k) => SCORE_QUESTIONS[k].label.toLowerCase()).join(', ')}.</>}
    </div>
  );
}
