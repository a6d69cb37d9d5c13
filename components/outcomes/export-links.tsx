/** De-identified CSV downloads and the outcomes report for the current filters (shown to managers and admins). */
export function ExportLinks({ query }: { query: string }) {
  const suffix = query ? `?${query}` : '';
  return (
    <div className="export-links" aria-label="De-identified export">
      <a className="btn" href={`/api/exports/courses${suffix}`} download data-testid="export-courses">
        Export courses (CSV)
      </a>
      <a className="btn" href={`/api/exports/sessions${suffix}`} download data-testid="export-sessions">
        Export sessions and sites (CSV)
      </a>
      <a className="btn" href={`/api/reports/outcomes${suffix}`} download data-testid="outcomes-report">
        Outcomes report (PDF)
      </a>
      <a className="btn" href={`/api/exports/follow-ups${suffix}`} download data-testid="export-follow-ups">
        Export follow-ups (CSV)
      </a>
    </div>
  );
}
