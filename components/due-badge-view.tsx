/** A due date with its badge, from strings already formatted: usable in client components without date-fns. */
export interface DueBadgeParts {
  date: string;
  label: string;
  className: string;
}

export function DueBadgeView({ due }: { due: DueBadgeParts | null }) {
  if (!due) return <span className="muted">—</span>;
  return (
    <span>
      <span className="num nowrap">{due.date}</span> <span className={due.className}>{due.label}</span>
    </span>
  );
}
