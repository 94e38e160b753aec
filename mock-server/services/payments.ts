import type { PortalSubject } from '../auth.js';
import { isoDate } from '../clock.js';
import { randomString } from '../crypto.js';
import { newId } from '../db/ids.js';
import type { OrderRow, PaymentAttemptRow, PaymentMethodRow } from '../db/rows.js';
import { MockApiError, notFound, polarError } from '../errors.js';
import type { MockState } from '../state.js';
import { cardFromToken, onSessionCharge } from '../test-cards.js';
import { orderChanged, paymentMethodSaved, subscriptionChanged } from '../webhooks/emit.js';

/**
 * Paying a failed order from the portal (Polar's `order/service.py` `process_retry_payment`), with the mock standing in for Stripe.
 *
 * Polar's `order/service.py` `process_retry_payment` confirms a payment intent and answers with
 * the intent's status; the order is paid later, when Stripe's webhook reaches `handle_payment`.
 * The mock keeps that order of events on its own clock: a confirmed payment is `pending` for
 * `SETTLE_MS`, and the first request after that settles it (`settleDuePayments`, run by the
 * pipeline before each handler), so a test moves the clock (`POST /__dev/clock`) to see it paid.
 *
 * Stripe's test cards decide the answer (`test-cards.ts` `onSessionCharge`), by the saved card
 * or by the confirmation token the mock's card form makes.
 */

/** Polar's `CUSTOMER_RETRY_MAX_ATTEMPTS` (`server/polar/config.py`). */
export const MANUAL_RETRY_LIMIT = 5;
/** How long the mock's Stripe takes to send the webhook that settles a payment. */
export const SETTLE_MS = 2000;

export interface PaymentConfirmation {
  status: 'succeeded' | 'requires_action' | 'failed';
  client_secret: string | null;
  error: string | null;
}

const notEligible = (order: OrderRow) =>
  new MockApiError(422, {
    error: 'OrderNotEligibleForRetry',
    detail: `Order ${order.id} is not eligible for payment retry.`,
  });

/**
 * The customer retries with a saved card or a new card token: the checks and their order are
 * Polar's `process_retry_payment`. Every attempt is counted (Polar counts the `retry_customer`
 * payments of any status), and the sixth is refused with 429 `ManualRetryLimitExceeded`.
 */
export function retryPayment(
  state: MockState,
  subject: PortalSubject,
  given: OrderRow,
  payment: { confirmation_token_id?: string | null; payment_method_id?: string | null },
): PaymentConfirmation {
  const { db } = state;
  const order = db.orders.latest(given);
  if (order.status !== 'pending' || !order.next_payment_attempt_at || !order.subscription_id)
    throw notEligible(order);
  if (order.payments.filter((p) => p.manual).length >= MANUAL_RETRY_LIMIT) {
    throw polarError(
      429,
      'ManualRetryLimitExceeded',
      `Maximum number of manual payment retry attempts has been reached for order ${order.id}.`,
    );
  }
  let method: PaymentMethodRow | undefined;
  if (payment.payment_method_id) {
    method = db.paymentMethods.getOwned(payment.payment_method_id, subject);
    if (!method)
      throw polarError(
        422,
        'PaymentRetryValidationError',
        'Payment method does not belong to customer',
      );
  }
  const now = state.clock.now();
  const answer = onSessionCharge(
    method ? { card: method } : { token: payment.confirmation_token_id ?? '' },
  );
  const attempt: PaymentAttemptRow = {
    id: newId(),
    created_at: isoDate(now),
    status: typeof answer === 'object' ? 'failed' : 'pending',
    manual: true,
    payment_method_id: method?.id ?? null,
    confirmation_token_id: payment.confirmation_token_id ?? null,
    decline_message: typeof answer === 'object' ? answer.declined : null,
    settles_at: answer === 'succeeds' ? isoDate(now + SETTLE_MS) : null,
    client_secret:
      answer === 'needs_action'
        ? `pi_${randomString(24, 'abcdefghijklmnopqrstuvwxyz0123456789')}_secret_mock`
        : null,
  };
  // A failed manual retry does not advance dunning (`integrations/stripe/payment.py`
  // `handle_failure`, skip_dunning): the order keeps its next attempt.
  db.orders.update(order, { payments: [...order.payments, attempt] });
  if (typeof answer === 'object')
    return { status: 'failed', client_secret: null, error: answer.declined };
  if (answer === 'needs_action')
    return { status: 'requires_action', client_secret: attempt.client_secret, error: null };
  return { status: 'succeeded', client_secret: null, error: null };
}

/**
 * `GET orders/{id}/payment-status`: the latest payment's status and decline message, or
 * `no_payment` (Polar's `endpoints/order.py` `get_payment_status`).
 */
export function paymentStatus(order: OrderRow): { status: string; error: string | null } {
  const latest = order.payments.at(-1);
  if (!latest) return { status: 'no_payment', error: null };
  return { status: latest.status, error: latest.decline_message };
}

/**
 * The mock's Stripe completing 3-D Secure for a payment intent (what Stripe.js
 * `handleNextAction` does): the payment settles like any other, `SETTLE_MS` later. Answers the
 * payment intent's id.
 */
export function authenticatePayment(state: MockState, clientSecret: string): string {
  const order = state.db.orders.find((o) =>
    o.payments.some((p) => p.client_secret === clientSecret && p.status === 'pending'),
  );
  if (!order) throw notFound('No payment intent for this client secret');
  const settles_at = isoDate(state.clock.now() + SETTLE_MS);
  state.db.orders.update(order, {
    payments: order.payments.map((p) =>
      p.client_secret === clientSecret && p.settles_at === null ? { ...p, settles_at } : p,
    ),
  });
  return clientSecret.replace(/_secret_mock$/, '');
}

const due = (now: number) => (p: PaymentAttemptRow) =>
  p.status === 'pending' && p.settles_at !== null && Date.parse(p.settles_at) <= now;

/**
 * Stripe's `payment_intent.succeeded` for a subscription's order (`integrations/stripe/tasks.py`
 * `payment_intent_succeeded`): the card that paid is stored for the customer
 * (`payment_method_service.upsert_from_stripe_payment_intent_for_order`; a card typed for a
 * retry was set up for later, `setup_future_usage="off_session"`) and becomes the
 * subscription's card (`SubscriptionService.update_payment_method_from_retry`). The upsert
 * leaves the customer's default alone, and neither write sends a webhook of Polar's; the mock
 * sends its own `payment_method.created` for a card it had not stored.
 */
function keepPayingCard(
  state: MockState,
  order: OrderRow,
  attempt: PaymentAttemptRow,
): string | null {
  const { db } = state;
  let methodId = attempt.payment_method_id;
  if (methodId === null && attempt.confirmation_token_id !== null) {
    const card = db.paymentMethods.insert({
      customer_id: order.customer_id,
      ...cardFromToken(attempt.confirmation_token_id),
    });
    paymentMethodSaved(state, card);
    methodId = card.id;
  }
  const subscription = order.subscription_id ? db.subscriptions.get(order.subscription_id) : null;
  if (methodId !== null && subscription && db.paymentMethods.get(methodId))
    db.subscriptions.update(subscription, { payment_method_id: methodId });
  return methodId;
}

/**
 * Stripe's webhooks for an order whose payment has come through: the card kept
 * (`keepPayingCard`), then the order paid, its next attempt cleared, a receipt number allocated,
 * and a past-due subscription with no other unpaid order active again (Polar's
 * `order/service.py` `handle_payment`).
 */
function settleOrder(state: MockState, order: OrderRow, isDue: (p: PaymentAttemptRow) => boolean) {
  const { db } = state;
  const payments = order.payments.map((p) =>
    isDue(p)
      ? { ...p, status: 'succeeded' as const, payment_method_id: keepPayingCard(state, order, p) }
      : p,
  );
  const paid = db.orders.update(order, {
    status: 'paid',
    next_payment_attempt_at: null,
    receipt_number: order.receipt_number ?? `R-${order.invoice_number.split('-').at(-1)}`,
    receipt_ready_at: null,
    payments,
  });
  orderChanged(state, paid, 'order.updated', 'order.paid');
  const subscription = paid.subscription_id ? db.subscriptions.get(paid.subscription_id) : null;
  const stillDunning = db.orders.some(
    (o) =>
      o.subscription_id === paid.subscription_id &&
      o.status === 'pending' &&
      o.next_payment_attempt_at !== null,
  );
  if (subscription?.status === 'past_due' && !stillDunning) {
    const active = db.subscriptions.update(subscription, { status: 'active', past_due_at: null });
    subscriptionChanged(state, active);
  }
}

/** Stripe's webhook arriving for every payment whose time has come (`settleOrder`). */
export function settleDuePayments(state: MockState): void {
  const { db } = state;
  const isDue = due(state.clock.now());
  // Scanned without writing first: the usual request finds nothing to settle.
  if (!db.orders.some((o) => o.status === 'pending' && o.payments.some(isDue))) return;
  for (const order of db.orders.filter((o) => o.status === 'pending' && o.payments.some(isDue)))
    settleOrder(state, order, isDue);
}

/**
 * Settles `order` now if its payment's webhook would have come by the mock's clock: a charge
 * the mock's scheduler makes late (a renewal or a scheduled resume found on a later read).
 */
export function settleIfDue(state: MockState, order: OrderRow): void {
  const isDue = due(state.clock.now());
  const stored = state.db.orders.latest(order);
  if (stored.status === 'pending' && stored.payments.some(isDue)) settleOrder(state, stored, isDue);
}
