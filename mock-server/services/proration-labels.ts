import { isSeatBasedPrice } from '../../src/domain/seat-based.js';
import type { PriceRow, ProductRow } from '../db/rows.js';

/** The labels of proration lines, worded as Polar's invoices word them. */

/** Dates in line labels as Polar writes them: en_US medium, e.g. "Mar 11, 2026". */
const usDate = (iso: string) =>
  new Intl.DateTimeFormat('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(iso));

/** A proration line's period, e.g. "From Mar 11, 2026 to Apr 11, 2026". */
export const periodLabel = (start: string, end: string) =>
  `From ${usDate(start)} to ${usDate(end)}`;

/** `OrderItem.format_price_label`: the product, with the seat count for seat prices. */
export const priceLabel = (product: ProductRow, price: PriceRow, seats: number | null) =>
  isSeatBasedPrice(price) && seats !== null
    ? `${product.name} (${seats} seat${seats === 1 ? '' : 's'})`
    : product.name;
