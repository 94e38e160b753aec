import type { PriceRow } from './db/rows.js';

/** The mock's flat sales tax: Polar computes tax per address; one rate keeps the figures easy to check. */
export const TAX_RATE = 0.1;

export const taxOn = (amount: number): number => Math.round(amount * TAX_RATE);

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
