import { stringify } from 'csv-stringify/sync';

/**
 * The one CSV writer for exports. A text cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return (or
 * their full-width forms) is prefixed with `'`, so a spreadsheet shows it as text instead of running it as a formula.
 */
export function writeCsv(records: Record<string, unknown>[], columns: readonly string[]): string {
  return stringify(records, { header: true, columns: [...columns], escape_formulas: true });
}
