/**
 * Polar's billing formulas, written out again for the tests from Polar's server (the functions
 * named on each: `server/polar/subscription/update.py`, `server/polar/order/amounts.py`) and
 * never from the mock's code, so a test compares
 * the mock with Polar's arithmetic rather than with itself.
 */

/** `_calculate_time_proration`: seconds left over seconds in all (dates carry milliseconds). */
export function share(start: string, end: string, now: number): [bigint, bigint] {
  const total = Date.parse(end) - Date.parse(start);
  const left = Math.max(0, Date.parse(end) - now);
  return [BigInt(left), BigInt(total)];
}

/** Python's `round(Decimal)`: to the nearest, ties to the even neighbour. */
export function roundHalfEven(amount: number, [left, total]: [bigint, bigint]): number {
  const scaled = BigInt(amount) * left;
  const sign = scaled < 0n ? -1n : 1n;
  const magnitude = scaled * sign;
  const whole = magnitude / total;
  const rest = magnitude % total;
  const up = rest * 2n > total || (rest * 2n === total && whole % 2n === 1n);
  return Number(sign * (up ? whole + 1n : whole));
}

/** `int(Decimal)`: toward zero (seat prorations). */
export const truncate = (amount: number, [left, total]: [bigint, bigint]): number =>
  Number((BigInt(amount) * left) / total);

/** The mock's flat 10 % tax, Polar's way: only with a billing address; a credit's is negative. */
export const tax = (taxable: number, hasAddress: boolean): number =>
  !hasAddress ? 0 : Math.sign(taxable) * Math.round(Math.abs(taxable) / 10);

/** `apply_wallet_balance`. */
export function applied(total: number, balance: number): number {
  if (total >= 0) return 0 - Math.min(total, balance);
  return balance < 0 ? Math.min(-total, -balance) : 0;
}

/** The preview fields for prorations only (a change preview), `base_amount` 0. */
export function changePreview(
  prorations: { label: string; amount: number }[],
  { hasAddress, balance, discountable = 0, discount = 0 }: Money,
) {
  const proration = prorations.reduce((sum, p) => sum + p.amount, 0);
  const subtotal = proration + discountable;
  const taxAmount = tax(subtotal - discount, hasAddress);
  const total = subtotal - discount + taxAmount;
  const balanceApplied = applied(total, balance);
  return {
    base_amount: 0,
    metered_amount: 0,
    proration_amount: proration,
    prorations,
    subtotal_amount: subtotal,
    discount_amount: discount,
    net_amount: subtotal - discount,
    tax_amount: taxAmount,
    total_amount: total,
    applied_balance_amount: balanceApplied,
    due_amount: Math.max(0, total + balanceApplied),
  };
}

export interface Money {
  hasAddress: boolean;
  /** The customer's wallet: credit positive. */
  balance: number;
  /** A whole period billed as a discountable line (a trial that ends). */
  discountable?: number;
  discount?: number;
}

/** en_US medium dates, as Polar's line labels write them. */
export const usDate = (iso: string | number) =>
  new Date(iso).toLocaleDateString('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });

/** Months later, on the same day (the seed's days are all below 29). */
export function monthsLater(iso: string | number, months: number): number {
  const date = new Date(iso);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.getTime();
}
