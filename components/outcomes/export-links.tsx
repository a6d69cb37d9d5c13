/**
 * De-identified CSV downloads for the current filters (shown to managers and admins): small POST forms, so an
 * export cannot be started by a link. Below the smallest group size the server refuses, so the buttons say why.
 */
export function ExportLinks({ query, courses, minGroupSize }: { query: string; courses: number; minGroupSize: number }) {
  const fields = [...new URLSearchParams(query)].map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);
  const tooFew = courses < minGroupSize;
  return (
    <div className="export-links" aria-label="De-identified export">
      <form method="post" action="/api/exports/courses">
        {fields}
        <button type="submit" className="btn" disabled={tooFew} data-testid="export-courses">
          Export courses (CSV)
        </button>
      </form>
      <form method="post" action="/api/exports/sessions">
        {fields}
        <button type="submit" className="btn" disabled={tooFew} data-testid="export-sessions">
          Export sessions and sites (CSV)
        </button>
      </form>
      <form method="post" action="/api/exports/follow-ups">
        {fields}
        <button type="submit" className="btn" disabled={tooFew} data-testid="export-follow-ups">
          Export follow-ups (CSV)
        </button>
      </form>
      <a className="btn" href={`/api/reports/outcomes${query ? `?${query}` : ''}`} download data-testid="outcomes-report">
        Outcomes report (PDF)
      </a>
      {tooFew && (
        <p className="muted" data-testid="export-too-few">
          Exports need at least {minGroupSize} courses; widen the filters.
        </p>
      )}
    </div>
  );
}
