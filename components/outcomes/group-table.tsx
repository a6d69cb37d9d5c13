import type { OutcomeGroup } from '@/lib/outcomes/groups';
import { formatChange, formatMedian, formatPercent, formatRateDetail } from '@/lib/outcomes/format';
import { wilson95 } from '@/lib/outcomes/stats';
import { getSettings } from '@/lib/settings';
import { GroupTableView, type GroupTableRow } from '@/components/outcomes/group-table-view';

function groupTableRow(r: OutcomeGroup): GroupTableRow {
  return {
    key: r.key,
    label: r.label,
    small: r.small,
    courses: r.courses,
    cells: [
      [formatPercent(r.responderRate), formatRateDetail(wilson95(r.responders, r.assessable))],
      [formatChange(r.meanPainChange), `n=${r.painChangeN}`],
      [formatMedian(r.medianSessionsToResponse), `n=${r.respondedCourses}`],
      [formatPercent(r.discontinuationRate), formatRateDetail(wilson95(r.discontinued, r.courses))],
    ],
  };
}

/** Outcomes by condition or by specialist; small groups are marked rather than hidden. */
export function GroupTable({ caption, groupLabel, rows, testId }: { caption: string; groupLabel: string; rows: OutcomeGroup[]; testId: string }) {
  return (
    <GroupTableView
      caption={caption}
      groupLabel={groupLabel}
      rows={rows.map(groupTableRow)}
      minGroupSize={getSettings().minGroupSize}
      testId={testId}
    />
  );
}
