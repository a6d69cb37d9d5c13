export default function PageLoading() {
  return (
    <div aria-busy="true" aria-live="polite">
      <p className="visually-hidden">Loading…</p>
      <div className="skeleton skeleton-title" />
      <div className="grid-cards">
        {Array.from({ length: 4 }, (_, i) => (
          <div className="figure skeleton-figure" key={i} />
        ))}
      </div>
      <div className="skeleton skeleton-chart" />
    </div>
  );
}
