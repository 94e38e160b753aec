import { isSeatBasedPrice } from '../../src/domain/seat-based.js';
import type { SubscriptionRow } from '../db/rows.js';
import { dayOf, nextPeriodEnd, periodAmount } from '../pricing.js';
import type { MockState } from '../state.js';
import { subscriptionChanged } from '../webhooks/emit.js';
import { billCycle } from './subscription-invoices.js';
import { pauseAtPeriodEnd, resumeDue, resumeScheduled } from './subscription-pauses.js';

/**
 * The renewals Polar's scheduler would have made by the mock's clock (`svc` `cycle`), made when
 * a subscription is next read: a scheduled cancellation ends it (its pending update is never
 * applied); a scheduled pause pauses it, with no order, until its `resumes_at` comes (the resume
 * job store's `subscription.resume`) and starts a fresh, billed period; otherwise the pending
 * update is applied, the next period starts where the last one
 * ended (with the new interval after an interval change), and its order bills the new state
 * and the prorations left for it. A trial's end starts the first paid period. A charge that
 * fails makes the subscription past due, and dunning takes over: it renews no further.
 */

/** Enough for years of daily periods: the dev clock moves ten years at most. */
const MAX_RENEWALS = 4000;

/** What a pending update makes of the subscription at its period's end (`apply_update`). */
function applyPending(state: MockState, row: SubscriptionRow): Partial<SubscriptionRow> {
  const pending = row.pending_update;
  if (!pending) return {};
  const product = state.db.products.get(pending.product_id ?? row.product_id);
  // A product that lost its price for the currency drops the update silently.
  const price = product?.prices.find((p) => p.price_currency === row.currency);
  if (!product || !price || !product.recurring_interval) return { pending_update: null };
  const seats = isSeatBasedPrice(price) ? (pending.seats ?? row.seats) : null;
  const intervalChanged =
    product.recurring_interval !== row.recurring_interval ||
    (product.recurring_interval_count ?? 1) !== row.recurring_interval_count;
  return {
    // `SubscriptionUpdate.apply_update` anchors on the update's new cycle start: the renewal
    // for a new interval, else the period the update was scheduled in (`update.py`
    // `_generate_product_subscription_update`).
    anchor_day: dayOf(intervalChanged ? row.current_period_end : row.current_period_start),
    product_id: product.id,
    price_id: price.id,
    recurring_interval: product.recurring_interval,
    recurring_interval_count: product.recurring_interval_count ?? 1,
    seats,
    amount: periodAmount(price, seats),
    pending_update: null,
  };
}

function renewOnce(state: MockState, row: SubscriptionRow): SubscriptionRow {
  if (resumeDue(row, state.clock.now())) return resumeScheduled(state, row);
  if (row.cancel_at_period_end) {
    const next = state.db.subscriptions.update(row, {
      status: 'canceled',
      ended_at: row.ends_at ?? row.current_period_end,
      pending_update: null,
    });
    subscriptionChanged(state, next, 'subscription.canceled', 'subscription.revoked');
    return next;
  }
  // A scheduled cancellation wins over a scheduled pause.
  if (row.pause_at_period_end) return pauseAtPeriodEnd(state, row);
  const changed = { ...row, ...applyPending(state, row) };
  const start = row.current_period_end;
  // The first period after a trial is anchored on the trial's end (`svc` `cycle`).
  const anchorDay = row.status === 'trialing' ? dayOf(start) : changed.anchor_day;
  const next = state.db.subscriptions.update(row, {
    ...applyPending(state, row),
    status: 'active',
    anchor_day: anchorDay,
    current_period_start: start,
    current_period_end: nextPeriodEnd(
      start,
      changed.recurring_interval,
      changed.recurring_interval_count,
      anchorDay,
    ),
    pending_prorations: [],
  });
  const billed = billCycle(state, next, row.pending_prorations);
  subscriptionChanged(state, billed);
  return billed;
}

const renewable = (row: SubscriptionRow, now: number) =>
  resumeDue(row, now) ||
  ((row.status === 'active' || row.status === 'trialing') &&
    row.ended_at === null &&
    Date.parse(row.current_period_end) <= now);

/** The rows, each renewed up to now; returns them as they now are, in the same order. */
export function renewDue(state: MockState, rows: readonly SubscriptionRow[]): SubscriptionRow[] {
  const now = state.clock.now();
  return rows.map((given) => {
    let row = state.db.subscriptions.latest(given);
    for (let i = 0; i < MAX_RENEWALS && renewable(row, now); i++) row = renewOnce(state, row);
    return row;
  });
}
