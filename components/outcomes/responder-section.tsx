import type { OutcomeGroup } from '@/lib/outcomes/groups';
import { formatPercent, plural } from '@/lib/outcomes/format';
import { getSettings } from '@/lib/settings';
import { responderRuleText } from '@/lib/domain/outcome-rules';
import { PRIMARY_TIME_POINT_TEXT } from '@/lib/domain/follow-up-schedule';
import { GroupTable } from './group-table';
import { ResponderChart } from '@/components/charts/lazy-charts';

/** Responder rate by condition (chart) above the by-condition table, which doubles as its text alternative. */
export function ResponderSection({ groups }: { groups: OutcomeGroup[] }) {
  const bars = groups
    .filter((g) => g.responderRate != null)
    .map((g) => ({ label: g.label, rate: g.responderRate as number, assessable: g.assessable, small: g.small }))
    .sort((a, b) => b.rate - a.rate);
  const judged = bars.filter((b) => !b.small);
  const best = judged[0];
  const worst = judged.at(-1);
  const summary =
    best && worst
      ? `Among groups large enough to judge, highest: ${best.label} (${formatPercent(best.rate)} of ${plural(best.assessable, 'assessable course')}); lowest: ${worst.label} (${formatPercent(worst.rate)} of ${plural(worst.assessable, 'assessable course')}).`
      : 'No condition has enough courses to judge with these filters.';
  return (
    <section className="card" aria-labelledby="by-condition-title">
      <h2 id="by-condition-title">Responder rate by condition</h2>
      <p className="muted small chart-summary">
        Responder: {responderRuleText(getSettings())}, judged as the headline rate at {PRIMARY_TIME_POINT_TEXT}; n = finished courses with an
        assessable baseline, discontinued ones counted as non-responders (intention to treat). Groups under {getSettings().minGroupSize} courses are
        too small to judge (lighter bars). {summary}
      </p>
      <ResponderChart bars={bars} />
      <GroupTable caption="Outcomes by condition" groupLabel="Condition" rows={groups} testId="table-by-condition" />
    </section>
  );
}
