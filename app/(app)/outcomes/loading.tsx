export default function OutcomesLoading() {
  return (
    <div aria-busy="true" aria-live="polite">
      <p className="visually-hidden">Loading outcomes…</p>
      <div className="skeleton skeleton-title" />
      <div className="skeleton skeleton-bar" />
      <div className="grid-cards">
        {Array.from({ length: 8 }, (_, i) => (
          <div className="figure skeleton-figure" key={i} />
        ))}
      </div>
      <div className="skeleton skeleton-chart" />
    </div>
  );
}
