import Link from 'next/link';
import { getCheckInsNeedingAttention } from '@/lib/check-ins/queries';
import { conditionLabel } from '@/lib/domain/conditions';
import { formatDate, formatDateTime } from '@/lib/domain/dates';
import { PatientCell } from '@/components/table-cells';
import { CheckInAnswers } from './check-in-answers';
import './check-ins.css';

/** Top of the worklist: check-ins with a warning sign that nobody has handled yet. Nothing when there are none. */
export async function NeedsAttention() {
  const rows = await getCheckInsNeedingAttention();
  if (rows.length === 0) return null;
  return (
    <section className="needs-attention" aria-labelledby="needs-attention-heading" data-testid="needs-attention">
      <h2 id="needs-attention-heading">
        Needs attention <span className="badge badge-red">{rows.length}</span>
      </h2>
      <p className="small section-intro">
        A patient’s check-in answer shows a warning sign. Contact the patient, then record what was done on the course page.
      </p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>Patient</th>
              <th>Course</th>
              <th>Answers</th>
              <th>Answered</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.answer.id} data-testid="needs-attention-row">
                <PatientCell id={r.patientId} name={r.patientName} mrn={r.mrn} />
                <td>
                  <Link href={`/courses/${r.courseId}#check-ins-heading`}>{conditionLabel(r.condition)}</Link>
                  <div className="small muted">injections {formatDate(r.sessionDate)}</div>
                </td>
                <td>
                  <CheckInAnswers answer={r.answer} />
                </td>
                <td className="nowrap small">
                  {formatDateTime(r.answer.answeredAt)}
                  <div>
                    <Link href={`/courses/${r.courseId}#check-ins-heading`}>Record what was done</Link>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
