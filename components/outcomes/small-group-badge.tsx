/** The "too few to judge" mark on a row resting on fewer courses than the minGroupSize setting. */
export function SmallGroupBadge({ minGroupSize }: { minGroupSize: number }) {
  return (
    <span className="badge small-group" title={`Fewer than ${minGroupSize} courses`}>
      too few to judge
    </span>
  );
}
