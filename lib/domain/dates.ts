import { format, parseISO } from 'date-fns';
import { daysPastDue, toIsoDate } from './outcome-rules';
import { shortDate } from './calendar';

/** Today's date in the clinic's local calendar, as YYYY-MM-DD. */
export function todayIso(): string {
  return toIsoDate(new Date());
}

/** `12 Mar 2026`, the format tables use. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  return shortDate(iso) ?? format(parseISO(iso), 'd MMM yyyy');
}

/** "due in 5 days", "due today", "overdue by 9 days". */
export function dueHint(dueIso: string, todayIsoDate: string): string {
  const days = -daysPastDue(dueIso, todayIsoDate);
  if (days === 0) return 'due today';
  if (days > 0) return `due in ${days} day${days === 1 ? '' : 's'}`;
  return `${-days} day${days === -1 ? '' : 's'} past due`;
}

/** `12 March 2026`, the date line of a letter. */
export function formatLongDate(iso: string): string {
  return format(parseISO(iso), 'd MMMM yyyy');
}

/** `12 Mar 2026, 14:05`, for moments (a setting's version, a letter's date). */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  return format(parseISO(iso), 'd MMM yyyy, HH:mm');
}
