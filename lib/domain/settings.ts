/** Clinical thresholds in one place, read by the rules and the SQL alike (docs/clinical-rules.md). */
export const OUTCOME_SETTINGS = {
  /** Responder: pain reduced by at least this fraction of baseline … */
  responderRelativeReduction: 0.3,
  /** … or by at least this many NRS points. */
  responderAbsoluteReduction: 2,
  /** A course is overdue once its next due date is more than this many days past. */
  overdueGraceDays: 7,
  defaultIntervalWeeks: 4,
  defaultPlannedSessions: 4,
  /** Groups smaller than this are flagged as too small to judge. */
  minGroupSize: 5,
} as const;

export type OutcomeSettings = typeof OUTCOME_SETTINGS;
