import type { RecurringInterval } from '../src/api/types.js';
import { isoDate } from './clock.js';
import type { PriceRow, SubscriptionDiscountRow } from './db/rows.js';

/**
 * Polar's arithmetic for what a subscription costs: prices, discounts, tax, the share of a
 * period still ahead and where a period ends. Integers in minor units throughout; the rounding
 * of each step is the one Polar's function uses (named beside it), because a cent's difference
 * is what a customer notices on an invoice.
 */

/** The mock's flat sales tax: Polar computes tax per address; one rate keeps the figures easy to check. */
export const TAX_RATE = 0.1;

/**
 * Tax on a taxable amount. Polar (`order/amounts.py` `calculate_tax`) taxes nothing without a
 * billing address or on 0, and taxes a credit on its absolute value, then negates it.
 */
export function taxOn(amount: number, hasAddress = true): number {
  if (!hasAddress || amount === 0) return 0;
  const tax = Math.round(Math.abs(amount) * TAX_RATE);
  return amount < 0 ? -tax : tax;
}

/** What a price costs a period, for `seats` seats where the price is seat-based. */
export function periodAmount(price: PriceRow, seats: number | null): number {
  if (price.amount_type === 'fixed') return price.price_amount;
  const count = seats ?? 1;
  const tier =
    price.seat_tiers.find(
      (t) => count >= t.min_seats && (t.max_seats === null || count <= t.max_seats),
    ) ?? price.seat_tiers.at(-1)!;
  return tier.price_per_seat * count;
}

/** Half away from zero: Polar's `polar_round` (`kit/math.py`), used by percentage discounts. */
export function polarRound(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value));
}

/**
 * A subscription discount on `amount`: a percentage rounded half away from zero, a fixed sum
 * capped at the amount (`models/discount.py` `get_discount_amount`).
 */
export function discountOn(discount: SubscriptionDiscountRow | null, amount: number): number {
  if (!discount || amount <= 0) return 0;
  if (discount.type === 'fixed') return Math.min(discount.amount, amount);
  return polarRound((amount * discount.basis_points) / 10_000);
}

/**
 * The share of a period left at `now`, as an exact fraction of milliseconds: Polar's
 * `_calculate_time_proration` (`subscription/update.py`) divides seconds by seconds, and the
 * mock's dates carry milliseconds, so the ratio is the same. 0 once the period is over.
 */
export interface Share {
  remaining: bigint;
  total: bigint;
}

export function periodShare(start: string, end: string, now: number): Share {
  const total = BigInt(Date.parse(end) - Date.parse(start));
  const remaining = BigInt(Math.max(0, Date.parse(end) - now));
  return total <= 0n ? { remaining: 0n, total: 1n } : { remaining, total };
}

export const WHOLE: Share = { remaining: 1n, total: 1n };

/** `round(amount × share)` as Python rounds a Decimal: half to even (product prorations). */
export function roundHalfEven(amount: number, share: Share): number {
  const numerator = BigInt(amount) * share.remaining;
  const negative = numerator < 0n;
  const n = negative ? -numerator : numerator;
  let q = n / share.total;
  const twice = 2n * (n - q * share.total);
  if (twice > share.total || (twice === share.total && q % 2n === 1n)) q += 1n;
  return Number(negative ? -q : q);
}

/** `int(amount × share)`: truncated toward zero (seat prorations, `_generate_quantity_…`). */
export function truncate(amount: number, share: Share): number {
  return Number((BigInt(amount) * share.remaining) / share.total);
}

const DAY_MS = 86_400_000;

/** The day of the month of a date, in UTC: what Polar keeps as a subscription's `anchor_day`. */
export const dayOf = (iso: string): number => new Date(iso).getUTCDate();

/**
 * Where a period that starts at `start` ends: days and weeks add up, months and years keep the
 * anchor day, clamped to the month's length (`enums.py` `RecurringInterval.get_next_period`).
 * A renewal passes the subscription's `anchor_day`: the default, `start`'s own day, is right
 * only for a period that starts a new anchor (a new subscription, a reset, a resume).
 */
export function nextPeriodEnd(
  start: string,
  interval: RecurringInterval,
  count = 1,
  anchorDay = dayOf(start),
): string {
  const from = new Date(start);
  if (interval === 'day' || interval === 'week') {
    const days = interval === 'day' ? count : 7 * count;
    return isoDate(from.getTime() + days * DAY_MS);
  }
  const months = interval === 'month' ? count : 12 * count;
  const target = new Date(from);
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(anchorDay, lastDay));
  return isoDate(target.getTime());
}
