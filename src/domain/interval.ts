import type { RecurringInterval } from '../api/types.js';

/**
 * The term naming each billing interval (`month` → `intervalMonth`), typed, so wording a price
 * never builds a term name from the API's string.
 */
export const INTERVAL_TERMS = {
  day: 'intervalDay',
  week: 'intervalWeek',
  month: 'intervalMonth',
  year: 'intervalYear',
} as const satisfies Record<RecurringInterval, string>;

export type IntervalTerm = (typeof INTERVAL_TERMS)[RecurringInterval];

/**
 * "month", or "3 month" for every third month, in the reader's language (`term` looks the
 * interval's word up; the count is a plain number before it, as the locales expect).
 */
export function intervalWording(
  term: (key: IntervalTerm) => string,
  interval: RecurringInterval,
  count: number | null = 1,
): string {
  const word = term(INTERVAL_TERMS[interval]);
  return count !== null && count > 1 ? `${count} ${word}` : word;
}
