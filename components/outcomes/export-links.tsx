import type { ExportKind } from '@/lib/outcomes/export';

const EXPORT_LABELS: Record<ExportKind, string> = {
  courses: 'Export courses (CSV)',
  sessions: 'Export sessions and sites (CSV)',
  'follow-ups': 'Export follow-ups (CSV)',
  'adverse-events': 'Export adverse events (CSV)',
};

/**
 * De-identified CSV downloads for the current filters (shown to managers and admins): small POST forms, so an
 * export cannot be started by a link. Below the smallest group size the server refuses, so the buttons say why.
 */
export function ExportLinks({
  query,
  courses,
  minGroupSize,
  kinds = ['courses', 'sessions', 'follow-ups'],
  report = true,
}: {
  query: string;
  courses: number;
  minGroupSize: number;
  kinds?: readonly ExportKind[];
  /** Offer the outcomes report (PDF) too. */
  report?: boolean;
}) {
  const fields = [...new URLSearchParams(query)].map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);
  const tooFew = courses < minGroupSize;
  return (
    <div className="export-links" aria-label="De-identified export">
      {kinds.map((kind) => (
        <form key={kind} method="post" action={`/api/exports/${kind}`}>
          {fields}
          <button type="submit" className="btn" disabled={tooFew} data-testid={`export-${kind}`}>
            {EXPORT_LABELS[kind]}
          </button>
        </form>
      ))}
      {report && (
        <a className="btn" href={`/api/reports/outcomes${query ? `?${query}` : ''}`} download data-testid="outcomes-report">
          Outcomes report (PDF)
        </a>
      )}
      {tooFew && (
        <p className="muted" data-testid="export-too-few">
          Exports need at least {minGroupSize} courses; widen the filters.
        </p>
      )}
    </div>
  );
}
