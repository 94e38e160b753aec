import { isoDate } from '../clock.js';
import { newId } from '../db/ids.js';
import type { PendingUpdateRow, SubscriptionRow } from '../db/rows.js';
import { polarValidationError } from '../errors.js';
import { dayOf } from '../pricing.js';
import type { MockState } from '../state.js';
import { subscriptionChanged } from '../webhooks/emit.js';
import { invoiceAmounts } from './invoice-amounts.js';
import { planProductChange, planSeatChange, type ChangePlan } from './subscription-billing.js';
import { assertChargeable } from './subscription-charges.js';
import { billSubscription } from './subscription-invoices.js';
import { checkProductChange, checkSeatChange } from './subscriptions.js';

/**
 * Plan and seat changes as Polar makes them (`svc` `update_product`, `update_seats`,
 * `clear_pending_update`): under `next_period` a pending update waits for the period's end;
 * otherwise the change applies now, and is invoiced now for `invoice`/`reset` and any interval
 * change, its card charged within the request (`_create_subscription_update_order`, `sync`: a
 * decline or a card that needs 3-D Secure is a 402 and nothing changes; a charge that goes
 * through leaves the order pending until Stripe's webhook), or left pending for the next renewal
 * under `prorate`. Checks and writes with no `await` between.
 */

/** Stores or merges the pending update (`SubscriptionUpdateRepository.upsert`). */
function schedule(
  state: MockState,
  row: SubscriptionRow,
  pending: NonNullable<ChangePlan['pending']>,
): SubscriptionRow {
  const now = isoDate(state.clock.now());
  const previous = row.pending_update;
  const update: PendingUpdateRow = {
    id: previous?.id ?? newId(),
    created_at: previous?.created_at ?? now,
    modified_at: previous ? now : null,
    applies_at: row.current_period_end,
    ...pending,
  };
  return state.db.subscriptions.update(row, { pending_update: update });
}

/**
 * What a plan that applies now writes: its patch, anchored anew where it sets the period's
 * start (`SubscriptionUpdate.apply_update`: `anchor_day = new_cycle_start.day`).
 */
const patchOf = (plan: ChangePlan): Partial<SubscriptionRow> =>
  plan.patch.current_period_start
    ? { ...plan.patch, anchor_day: dayOf(plan.patch.current_period_start) }
    : plan.patch;

/** Carries out a plan that applies now; throws the 402 before any write. */
function apply(state: MockState, row: SubscriptionRow, plan: ChangePlan): SubscriptionRow {
  if (plan.pending) return schedule(state, row, plan.pending);
  const prorations = [...row.pending_prorations, ...plan.prorations];
  if (plan.invoiceNow) {
    // `svc` `_create_subscription_update_order`: every pending proration is billed now.
    const amounts = invoiceAmounts(state, row, { base: 0, discountable: 0, prorations });
    assertChargeable(state, row, amounts.due_amount);
    const next = state.db.subscriptions.update(row, { ...patchOf(plan), pending_prorations: [] });
    return billSubscription(state, next, {
      reason: 'subscription_update',
      amounts,
      cycleLabel: null,
      payment: 'sync',
    });
  }
  if (plan.trial === 'ends') {
    // The trial ends now: `cycle()` bills a whole first period, in the background.
    const next = state.db.subscriptions.update(row, { ...patchOf(plan), pending_prorations: [] });
    const amounts = invoiceAmounts(state, next, {
      base: 0,
      discountable: plan.firstPeriod,
      prorations: row.pending_prorations,
    });
    const product = state.db.products.get(next.product_id)!;
    return billSubscription(state, next, {
      reason: 'subscription_cycle',
      amounts,
      cycleLabel: product.name,
      payment: 'background',
    });
  }
  return state.db.subscriptions.update(row, { ...patchOf(plan), pending_prorations: prorations });
}

/** Moves the subscription to another plan, after `checkProductChange`. */
export function changeProduct(
  state: MockState,
  given: SubscriptionRow,
  productId: string,
): SubscriptionRow {
  const row = state.db.subscriptions.latest(given);
  const product = checkProductChange(state, row, productId);
  const next = apply(state, row, planProductChange(state, row, product));
  subscriptionChanged(state, next);
  return next;
}

/** Changes the seat count, after `checkSeatChange`. */
export function changeSeats(
  state: MockState,
  given: SubscriptionRow,
  seats: number,
): SubscriptionRow {
  const row = state.db.subscriptions.latest(given);
  checkSeatChange(state, row, seats);
  if (seats === row.seats) {
    // The current count again withdraws a pending seat change, or does nothing at all.
    const pending = row.pending_update;
    if (!pending || pending.seats === null) return row;
    const next = state.db.subscriptions.update(row, {
      pending_update: pending.product_id
        ? { ...pending, seats: null, modified_at: isoDate(state.clock.now()) }
        : null,
    });
    subscriptionChanged(state, next);
    return next;
  }
  const next = apply(state, row, planSeatChange(state, row, seats));
  subscriptionChanged(state, next);
  return next;
}

export const noPendingUpdate = () =>
  polarValidationError([
    {
      type: 'value_error',
      loc: ['body', 'pending_update'],
      msg: 'This subscription has no pending update to clear.',
      input: null,
    },
  ]);

/** The customer withdraws the scheduled change (`svc` `clear_pending_update`). */
export function clearPendingUpdate(state: MockState, given: SubscriptionRow): SubscriptionRow {
  const row = state.db.subscriptions.latest(given);
  if (!row.pending_update) throw noPendingUpdate();
  const next = state.db.subscriptions.update(row, { pending_update: null });
  subscriptionChanged(state, next);
  return next;
}
