'use client';

import Link from 'next/link';
import type { Trend } from '@/lib/domain/outcome-rules';
import { PainTrend } from '@/components/pain-trend';
import { DueBadgeView, type DueBadgeParts } from '@/components/due-badge-view';
import { ActionCell, ActionsHeader, EmptyRow, PatientCell } from '@/components/table-cells';

/** One worklist row as the server formatted it: ids, numbers and finished strings only. */
export interface WorklistItem {
  courseId: number;
  patientId: number;
  patientName: string;
  mrn: string;
  condition: string;
  /** Region, and the side unless midline. */
  place: string;
  sessionsDone: number;
  plannedSessions: number;
  lastSession: string;
  due: DueBadgeParts | null;
  lastPain: number | null;
  trend: Trend;
}

/**
 * The worklist's course table. A client component although it has no state: a specialist has a hundred or more
 * active courses, and as server components every row travelled twice, as HTML and again as its element tree in the
 * page's RSC payload (about 1.1 KB a row). As a client component only these few fields travel in the payload.
 */
export function WorklistTable({ rows, empty }: { rows: WorklistItem[]; empty: string }) {
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th>Patient</th>
            <th>Course</th>
            <th className="num">Sessions</th>
            <th className="hide-narrow">Last session</th>
            <th>Next due</th>
            <th className="num">Last pain</th>
            <ActionsHeader />
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && <EmptyRow colSpan={7}>{empty}</EmptyRow>}
          {rows.map((r) => (
            <tr key={r.courseId} data-testid="worklist-row">
              <PatientCell id={r.patientId} name={r.patientName} mrn={r.mrn} />
              <td>
                <Link href={`/courses/${r.courseId}`}>{r.condition}</Link>
                <div className="muted small">{r.place}</div>
              </td>
              <td className="num nowrap">
                {r.sessionsDone} / {r.plannedSessions}
                {r.sessionsDone >= r.plannedSessions && (
                  <div>
                    <span className="badge" title="All planned sessions done: review or close the course">
                      review
                    </span>
                  </div>
                )}
              </td>
              <td className="num nowrap hide-narrow">{r.lastSession}</td>
              <td>
                <DueBadgeView due={r.due} />
              </td>
              <td className="num">
                {r.lastPain ?? '—'}
                <PainTrend trend={r.trend} />
              </td>
              <ActionCell href={`/courses/${r.courseId}/sessions/new`} primary>
                Log session
              </ActionCell>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
