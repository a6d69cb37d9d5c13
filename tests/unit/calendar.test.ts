import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addWeeks, differenceInCalendarDays, format, formatISO, parseISO } from 'date-fns';
import { addDaysIso, calendarDaysBetween, shortDate } from '@/lib/domain/calendar';
import { daysPastDue, nextDueDate } from '@/lib/domain/outcome-rules';
import { dueHint, formatDate } from '@/lib/domain/dates';

const isoDate = fc
  .date({ min: new Date('1900-01-01T12:00:00Z'), max: new Date('2100-12-31T12:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('calendar arithmetic on ISO dates', () => {
  it('agrees with date-fns on local dates, across DST changes and leap years', () => {
    fc.assert(
      fc.property(isoDate, isoDate, fc.integer({ min: -400, max: 400 }), (a, b, n) => {
        expect(calendarDaysBetween(a, b)).toBe(differenceInCalendarDays(parseISO(b), parseISO(a)));
        expect(addDaysIso(a, 7 * Math.trunc(n / 7))).toBe(formatISO(addWeeks(parseISO(a), Math.trunc(n / 7)), { representation: 'date' }));
        expect(shortDate(a)).toBe(format(parseISO(a), 'd MMM yyyy'));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the same due dates, days past due and hints as before', () => {
    expect(nextDueDate('2026-03-27', 6)).toBe('2026-05-08');
    expect(nextDueDate('2024-02-22', 1)).toBe('2024-02-29');
    expect(daysPastDue('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysPastDue('2026-10-24', '2026-10-26')).toBe(2);
    expect(dueHint('2026-12-01', '2026-11-30')).toBe('due in 1 day');
    expect(dueHint('2026-11-20', '2026-11-30')).toBe('10 days past due');
    expect(formatDate('2026-03-05')).toBe('5 Mar 2026');
    expect(formatDate('2026-03-05T10:00:00.000Z')).toBe(format(parseISO('2026-03-05T10:00:00.000Z'), 'd MMM yyyy'));
    expect(formatDate(null)).toBe('—');
  });

  it('refuses what is not a calendar date', () => {
    expect(shortDate('2026-3-5')).toBeNull();
    expect(() => addDaysIso('yesterday', 1)).toThrow(RangeError);
  });
});
