import type { CustomerCancellationReason } from '../../src/api/types.js';
import { isSeatBased, isSeatBasedPrice } from '../../src/domain/seat-based.js';
import { isoDate } from '../clock.js';
import type { ProductRow, SubscriptionRow } from '../db/rows.js';
import { polarError, polarValidationError } from '../errors.js';
import type { MockState } from '../state.js';
import { subscriptionChanged } from '../webhooks/emit.js';
import { priceOf } from './subscription-billing.js';
import { revokeStopsCollection } from './subscription-cancel-preview.js';

/**
 * What the portal may do to a subscription (reference.md §4.3), as changes to the store and the
 * webhooks they cause. Each function checks and changes with no `await` in between, so
 * concurrent requests cannot interleave inside one change, and returns the row as it now is
 * (rows are replaced, never edited: `db/table.ts`).
 */

const alreadyCanceled = () =>
  polarError(
    403,
    'AlreadyCanceledSubscription',
    'This subscription is already canceled or will be at the end of the period.',
  );

export const isCanceled = (row: SubscriptionRow) =>
  row.status === 'canceled' || row.ended_at !== null;

/** Polar's billable statuses (`SubscriptionStatus.billable_statuses`): not paused, not ended. */
const isBillable = (row: SubscriptionRow) =>
  ['trialing', 'active', 'past_due'].includes(row.status);

/**
 * `CustomerSubscriptionService._require_payment_method`: a subscription whose prices are not all
 * free needs one of the customer's cards before it bills again (uncancelling, resuming).
 */
export function requirePaymentMethod(
  state: MockState,
  row: SubscriptionRow,
  action: 'uncancelling' | 'resuming',
): void {
  const price = priceOf(state, row);
  const free =
    price.amount_type === 'fixed'
      ? price.price_amount === 0
      : price.seat_tiers.every((tier) => tier.price_per_seat === 0);
  if (free || state.db.paymentMethods.some((pm) => pm.customer_id === row.customer_id)) return;
  throw polarError(
    409,
    'PaymentMethodRequired',
    `Add a payment method before ${action} this subscription.`,
  );
}

export interface CancellationFeedback {
  cancellation_reason?: CustomerCancellationReason | null;
  cancellation_comment?: string | null;
}

/**
 * Cancel at the end of the period: the customer keeps access until `current_period_end`. A
 * scheduled pause is dropped (`svc` `_perform_cancellation`); a paused subscription is not
 * billable, so it cannot be (`Subscription.can_cancel(False)`).
 */
export function cancelAtPeriodEnd(
  state: MockState,
  given: SubscriptionRow,
  feedback: CancellationFeedback = {},
): SubscriptionRow {
  const row = state.db.subscriptions.latest(given);
  if (!isBillable(row) || row.cancel_at_period_end || isCanceled(row)) throw alreadyCanceled();
  const next = state.db.subscriptions.update(row, {
    cancel_at_period_end: true,
    canceled_at: isoDate(state.clock.now()),
    ends_at: row.current_period_end,
    pause_at_period_end: false,
    resumes_at: null,
    ...(feedback.cancellation_reason !== undefined && {
      customer_cancellation_reason: feedback.cancellation_reason,
    }),
    ...(feedback.cancellation_comment !== undefined && {
      customer_cancellation_comment: feedback.cancellation_comment,
    }),
  });
  subscriptionChanged(state, next, 'subscription.canceled');
  return next;
}

export function uncancel(state: MockState, given: SubscriptionRow): SubscriptionRow {
  const row = state.db.subscriptions.latest(given);
  if (isCanceled(row)) throw polarError(410, 'ResourceUnavailable', 'Unavailable');
  if (!row.cancel_at_period_end) throw polarError(400, 'BadRequest', 'Bad request');
  requirePaymentMethod(state, row, 'uncancelling');
  const next = state.db.subscriptions.update(row, {
    cancel_at_period_end: false,
    canceled_at: null,
    ends_at: null,
    customer_cancellation_reason: null,
    customer_cancellation_comment: null,
  });
  subscriptionChanged(state, next, 'subscription.uncanceled');
  return next;
}

/** Ends a past-due subscription now. */
export function revoke(
  state: MockState,
  given: SubscriptionRow,
  feedback: CancellationFeedback,
): SubscriptionRow {
  const row = state.db.subscriptions.latest(given);
  if (isCanceled(row)) throw alreadyCanceled();
  // Polar's `CustomerSubscriptionService.revoke`: only when it stops collection.
  if (!revokeStopsCollection(state, row)) {
    throw polarError(
      409,
      'RevokeNotAllowed',
      'This subscription can only be revoked while it is past-due with no benefit grace period.',
    );
  }
  const now = isoDate(state.clock.now());
  const next = state.db.subscriptions.update(row, {
    status: 'canceled',
    cancel_at_period_end: false,
    canceled_at: row.canceled_at ?? now,
    ends_at: now,
    ended_at: now,
    pause_at_period_end: false,
    resumes_at: null,
    customer_cancellation_reason: feedback.cancellation_reason ?? row.customer_cancellation_reason,
    customer_cancellation_comment:
      feedback.cancellation_comment ?? row.customer_cancellation_comment,
  });
  subscriptionChanged(state, next, 'subscription.canceled', 'subscription.revoked');
  return next;
}

const productError = (msg: string) =>
  polarValidationError([{ type: 'value_error', loc: ['body', 'product_id'], msg, input: null }]);

/** The product a subscription may move to, or the 4xx Polar answers. */
export function checkProductChange(
  state: MockState,
  row: SubscriptionRow,
  productId: string,
): ProductRow {
  const org = state.db.customer(row.customer_id)!.organization_id;
  if (!state.db.organization(org)!.customer_portal_settings.subscription.update_plan) {
    throw polarError(
      403,
      'UpdateSubscriptionPlanNotAllowed',
      'Updating subscription plan is not allowed.',
    );
  }
  if (row.cancel_at_period_end || isCanceled(row)) throw alreadyCanceled();
  const product = state.db.products.get(productId);
  if (!product || product.organization_id !== org) throw productError('Product does not exist.');
  if (product.is_archived) throw productError('Product is archived.');
  if (product.visibility !== 'public') throw productError('Product visibility is not allowed.');
  if (!product.recurring_interval) throw productError('Product is not recurring.');
  const current = state.db.products.get(row.product_id)!;
  if (isSeatBased(current) && !isSeatBased(product)) {
    throw productError("Can't switch from a seat-based to a non-seat-based product.");
  }
  return product;
}

/** Seats in use: the seat limit can never go below them. */
export const seatsInUse = (state: MockState, row: SubscriptionRow) =>
  state.db.seats.filter((s) => s.subscription_id === row.id && s.status !== 'revoked').length;

export function checkSeatChange(state: MockState, row: SubscriptionRow, seats: number): void {
  const org = state.db.customer(row.customer_id)!.organization_id;
  if (!state.db.organization(org)!.customer_portal_settings.subscription.update_seats) {
    throw polarError(
      403,
      'UpdateSubscriptionSeatsNotAllowed',
      'Updating subscription seats is not allowed.',
    );
  }
  if (row.cancel_at_period_end || isCanceled(row)) throw alreadyCanceled();
  const price = state.db.products.get(row.product_id)!.prices.find((p) => p.id === row.price_id);
  if (!isSeatBasedPrice(price)) {
    throw polarError(
      400,
      'NotASeatBasedSubscription',
      'This subscription does not support seat-based pricing.',
    );
  }
  const minimum = price.seat_tiers[0]?.min_seats ?? 1;
  const maximum = price.seat_tiers.at(-1)?.max_seats ?? null;
  if (seats < minimum)
    throw polarError(400, 'BelowMinimumSeats', `Minimum ${minimum} seats required.`);
  if (maximum !== null && seats > maximum)
    throw polarError(400, 'AboveMaximumSeats', `Maximum ${maximum} seats allowed.`);
  const used = seatsInUse(state, row);
  if (seats < used) {
    throw polarError(
      400,
      'SeatsAlreadyAssigned',
      `Cannot decrease seats to ${seats}. Currently ${used} seats are assigned. Revoke seats first.`,
    );
  }
}
