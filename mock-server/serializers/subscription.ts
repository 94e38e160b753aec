import type {
  CustomerOrderSubscription,
  CustomerSubscription,
  PendingSubscriptionUpdate,
} from '../../src/api/types.js';
import type { SubscriptionRow } from '../db/rows.js';
import type { MockDatabase } from '../db/store.js';
import { serializePrice, serializeProduct } from './catalog.js';
import { WireCache } from './wire-cache.js';

/** Polar's `SubscriptionBase`: the fields every subscription object shares (an order's too). */
export function serializeSubscriptionBase(row: SubscriptionRow): CustomerOrderSubscription {
  return {
    id: row.id,
    created_at: row.created_at,
    modified_at: row.modified_at,
    amount: row.amount,
    currency: row.currency,
    recurring_interval: row.recurring_interval,
    recurring_interval_count: row.recurring_interval_count,
    status: row.status,
    current_period_start: row.current_period_start,
    current_period_end: row.current_period_end,
    current_meter_period_start: null,
    current_meter_period_end: null,
    trial_start: row.trial_start,
    trial_end: row.trial_end,
    cancel_at_period_end: row.cancel_at_period_end,
    canceled_at: row.canceled_at,
    started_at: row.started_at,
    ends_at: row.ends_at,
    ended_at: row.ended_at,
    past_due_at: row.past_due_at,
    pause_at_period_end: row.pause_at_period_end,
    paused_at: row.paused_at,
    resumes_at: row.resumes_at,
    customer_id: row.customer_id,
    product_id: row.product_id,
    discount_id: row.discount?.id ?? null,
    checkout_id: null,
    seats: row.seats,
    units: null,
    customer_cancellation_reason: row.customer_cancellation_reason,
    customer_cancellation_comment: row.customer_cancellation_comment,
  };
}

/** Polar's `PendingSubscriptionUpdate`: what a `next_period` change will do, and when. */
export const serializePendingUpdate = (row: SubscriptionRow): PendingSubscriptionUpdate | null =>
  row.pending_update && { ...row.pending_update, units: null };

/** `CustomerSubscription` (reference.md §5.3), with the hidden `user_id`, `price_id`, `price`. */
export function serializeSubscription(
  db: MockDatabase,
  row: SubscriptionRow,
): CustomerSubscription {
  const product = db.products.get(row.product_id)!;
  const price = product.prices.find((p) => p.id === row.price_id) ?? product.prices[0]!;
  const body = {
    ...serializeSubscriptionBase(row),
    product: serializeProduct(db, product),
    prices: [serializePrice(price, product)],
    meters: [],
    pending_update: serializePendingUpdate(row),
    // Hidden but serialized by Polar.
    user_id: row.customer_id,
    price_id: price.id,
    price: serializePrice(price, product),
  };
  return body;
}

const subscriptionTexts = new WireCache<SubscriptionRow>();

/**
 * Every row `serializeSubscription` reads for `row`: the row, its product (with its prices and
 * benefit ids), the product's organization and benefits. Looked up as the serializer looks them
 * up, never throwing (a missing product fails in the serializer, with its own error). A new read
 * in the serializer must be added here; `test/mock-server/wire-cache.test.ts` changes every
 * field of every row of every table and finds a read that is missing.
 */
function subscriptionSources(db: MockDatabase, row: SubscriptionRow): unknown[] {
  const product = db.products.get(row.product_id);
  if (!product) return [row, product];
  const sources: unknown[] = [row, product, db.organization(product.organization_id)];
  for (const id of product.benefit_ids) sources.push(db.benefits.get(id));
  return sources;
}

/** `serializeSubscription` as JSON text, made again only when a row it is made from changed. */
export function subscriptionJson(db: MockDatabase, row: SubscriptionRow): string {
  return subscriptionTexts.text(row, subscriptionSources(db, row), () =>
    serializeSubscription(db, row),
  );
}
