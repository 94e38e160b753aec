import type { PortalSubject } from '../auth.js';
import type { AddressRow, OrderRow } from '../db/rows.js';
import { MockApiError, polarError, polarValidationError } from '../errors.js';
import type { MockState } from '../state.js';
import { orderChanged, subscriptionChanged } from '../webhooks/emit.js';

/**
 * Invoices and payment retries of an order (reference.md §4.4). Each function checks and
 * changes with no `await` in between and returns the order as it now is.
 */

const MANUAL_RETRY_LIMIT = 5;

/**
 * Edits the billing details an invoice will carry. Once an address is set, its country and
 * state are fixed (they decided the tax).
 */
export function updateBillingDetails(
  state: MockState,
  given: OrderRow,
  update: { billing_name?: string | null; billing_address?: AddressRow | null },
): OrderRow {
  const order = state.db.orders.latest(given);
  const next = update.billing_address;
  const current = order.billing_address;
  if (next && current) {
    const issues = [];
    if (next.country !== current.country) {
      issues.push({
        type: 'value_error',
        loc: ['body', 'billing_address', 'country'],
        msg: 'Country cannot be changed',
        input: next.country,
      });
    }
    if ((next.state ?? null) !== (current.state ?? null)) {
      issues.push({
        type: 'value_error',
        loc: ['body', 'billing_address', 'state'],
        msg: 'State cannot be changed',
        input: next.state,
      });
    }
    if (issues.length) throw polarValidationError(issues);
  }
  const updated = state.db.orders.update(order, {
    ...(update.billing_name !== undefined && {
      billing_name: update.billing_name?.trim() || null,
    }),
    ...(next && { billing_address: next }),
  });
  orderChanged(state, updated, 'order.updated');
  return updated;
}

/** Marks the invoice generated: Polar renders it in a background job and answers 202. */
export function generateInvoice(state: MockState, given: OrderRow): OrderRow {
  const order = state.db.orders.latest(given);
  if (order.status === 'draft' || order.status === 'void') {
    throw polarError(
      409,
      'OrderNotEligibleForInvoice',
      `Order ${order.id} is not eligible for invoice generation (current status: ${order.status}).`,
    );
  }
  if (!order.billing_name || !order.billing_address) {
    throw polarError(
      422,
      'MissingInvoiceBillingDetails',
      'Billing name and address are required to generate an invoice for this order.',
    );
  }
  const updated = state.db.orders.update(order, { is_invoice_generated: true });
  orderChanged(state, updated, 'order.updated');
  return updated;
}

export function paymentStatus(order: OrderRow): { status: string; error: string | null } {
  if (
    order.status === 'paid' ||
    order.status === 'refunded' ||
    order.status === 'partially_refunded'
  ) {
    return { status: 'succeeded', error: null };
  }
  if (order.status === 'pending' && order.payment_error)
    return { status: 'failed', error: order.payment_error };
  if (order.status === 'pending') return { status: 'pending', error: null };
  return { status: 'no_payment', error: null };
}

/**
 * The customer retries a failed payment with a saved card or a new card token. A token whose
 * name starts `ctok_fail` is declined (200 with status `failed`, as Stripe failures are); any
 * other succeeds, pays the order and brings its subscription back to `active`.
 */
export function retryPayment(
  state: MockState,
  subject: PortalSubject,
  given: OrderRow,
  payment: { confirmation_token_id?: string | null; payment_method_id?: string | null },
): { status: 'succeeded' | 'failed'; client_secret: null; error: string | null } {
  const { db } = state;
  const order = db.orders.latest(given);
  if (order.status !== 'pending' || !order.next_payment_attempt_at || !order.subscription_id) {
    throw new MockApiError(422, {
      error: 'OrderNotEligibleForRetry',
      detail: `Order ${order.id} is not eligible for payment retry.`,
    });
  }
  if (order.manual_retries >= MANUAL_RETRY_LIMIT) {
    throw polarError(
      429,
      'ManualRetryLimitExceeded',
      `Maximum number of manual payment retry attempts has been reached for order ${order.id}.`,
    );
  }
  if (payment.payment_method_id) {
    if (!db.paymentMethods.getOwned(payment.payment_method_id, subject))
      throw polarError(
        422,
        'PaymentRetryValidationError',
        'Payment method does not belong to customer',
      );
  }
  const manual_retries = order.manual_retries + 1;
  if (payment.confirmation_token_id?.startsWith('ctok_fail')) {
    const error = 'Your card was declined.';
    db.orders.update(order, { manual_retries, payment_error: error });
    return { status: 'failed', client_secret: null, error };
  }
  const paid = db.orders.update(order, {
    manual_retries,
    status: 'paid',
    payment_error: null,
    next_payment_attempt_at: null,
    receipt_number: order.receipt_number ?? `R-${order.invoice_number.split('-').at(-1)}`,
  });
  let subscription = db.subscriptions.get(order.subscription_id);
  if (subscription?.status === 'past_due')
    subscription = db.subscriptions.update(subscription, { status: 'active', past_due_at: null });
  orderChanged(state, paid, 'order.updated', 'order.paid');
  if (subscription) subscriptionChanged(state, subscription);
  return { status: 'succeeded', client_secret: null, error: null };
}
