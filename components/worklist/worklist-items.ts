import type { WorklistRow } from '@/lib/worklist';
import { conditionLabel } from '@/lib/domain/conditions';
import { regionLabel } from '@/lib/domain/regions';
import { formatDate } from '@/lib/domain/dates';
import { dueBadgeParts } from '@/components/due-badge';
import type { WorklistItem } from './worklist-table';

/** The worklist's rows with labels and dates formatted on the server, for the client table. */
export function worklistItems(rows: WorklistRow[], today: string): WorklistItem[] {
  return rows.map((r) => ({
    courseId: r.courseId,
    patientId: r.patientId,
    patientName: r.patientName,
    mrn: r.mrn,
    condition: conditionLabel(r.condition),
    place: `${regionLabel(r.region)}${r.side !== 'midline' ? ` · ${r.side}` : ''}`,
    sessionsDone: r.sessionsDone,
    plannedSessions: r.plannedSessions,
    lastSession: formatDate(r.lastSessionDate),
    due: dueBadgeParts(r.nextDue, today, r.overdue),
    lastPain: r.lastPain,
    trend: r.trend,
  }));
}
