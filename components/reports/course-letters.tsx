import Link from 'next/link';
import type { Referrer } from '@/db/schema';
import { listCourseLetters } from '@/lib/reports/letters';
import { referrerOptions } from '@/lib/referrers';
import { generateLetterAction } from '@/lib/actions/letter-actions';
import { setCourseReferrerAction } from '@/lib/actions/referrer-actions';
import { formatDateTime } from '@/lib/domain/dates';
import { EmptyRow } from '@/components/table-cells';
import { CourseReferrerForm } from '@/components/referrers/course-referrer-form';
import { LetterForm } from './letter-form';

/**
 * The course's referrer and the progress letters sent to them. The course's specialist names the referrer and
 * writes letters; everyone who may read the course sees the list and downloads a letter exactly as it was sent.
 */
export async function CourseLetters({ courseId, referrer, canWrite }: { courseId: number; referrer: Referrer | null; canWrite: boolean }) {
  const [letters, options] = await Promise.all([listCourseLetters(courseId), canWrite ? referrerOptions() : []]);
  return (
    <section className="card" style={{ marginTop: 22 }} aria-labelledby="letters-heading" id="letters" data-testid="course-letters">
      <h2 id="letters-heading" style={{ marginBottom: 10 }}>
        Referrer and letters
      </h2>
      <p data-testid="course-referrer">
        {referrer ? (
          <>
            Referred by <strong>{referrer.name}</strong>
            {referrer.practice ? `, ${referrer.practice}` : ''}
          </>
        ) : (
          <span className="muted">No referrer recorded for this course.</span>
        )}
      </p>
      <div className="table-wrap">
        <table data-testid="letters-table">
          <caption className="visually-hidden">Progress letters sent for this course</caption>
          <thead>
            <tr>
              <th>Sent</th>
              <th>To</th>
              <th className="hide-narrow">By</th>
              <th className="hide-narrow">File</th>
              <th>
                <span className="visually-hidden">Download</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {letters.length === 0 && (
              <EmptyRow colSpan={5}>
                {canWrite ? 'No letters yet — write the plan below and generate the first one.' : 'No letters have been sent for this course.'}
              </EmptyRow>
            )}
            {letters.map((l) => (
              <tr key={l.id} data-testid="letter-row">
                <td className="nowrap">{formatDateTime(l.createdAt)}</td>
                <td>{l.referrerName ?? '—'}</td>
                <td className="hide-narrow">{l.createdByName}</td>
                <td className="hide-narrow small muted" title={`SHA-256 ${l.sha256}`}>
                  PDF, {Math.max(1, Math.round(l.byteLength / 1024))} KB · SHA-256 {l.sha256.slice(0, 12)}…
                </td>
                <td>
                  <a className="btn btn-sm" href={`/api/letters/${l.id}`} download data-testid="letter-download">
                    Download
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {canWrite && (
        <div className="two-col no-print" style={{ marginTop: 16 }}>
          <CourseReferrerForm action={setCourseReferrerAction.bind(null, courseId)} options={options} referrerId={referrer?.id ?? null} />
          <LetterForm action={generateLetterAction.bind(null, courseId)} />
        </div>
      )}
      {canWrite && options.length === 0 && (
        <p className="muted small no-print">
          The clinic has no referrers yet: <Link href="/referrers">add one on the Referrers page</Link>.
        </p>
      )}
    </section>
  );
}
