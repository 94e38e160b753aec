import { isoDate } from '../clock.js';
import type { AddressRow, CustomerRow, OrderRow } from '../db/rows.js';
import { MockApiError, polarError, polarValidationError } from '../errors.js';
import type { MockState } from '../state.js';
import { orderChanged, subscriptionChanged } from '../webhooks/emit.js';

/** Invoices and payment retries of an order (reference.md §4.4). */

const MANUAL_RETRY_LIMIT = 5;

/**
 * Edits the billing details an invoice will carry. Once an address is set, its country and
 * state are fixed (they decided the tax).
 */
export function updateBillingDetails(
  state: MockState,
  order: OrderRow,
  update: { billing_name?: string | null; billing_address?: AddressRow | null },
): void {
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
  if (update.billing_name !== undefined) order.billing_name = update.billing_name?.trim() || null;
  if (next) order.billing_address = next;
  order.modified_at = isoDate(state.clock.now());
  orderChanged(state, order, 'order.updated');
}

/** Marks the invoice generated: Polar renders it in a background job and answers 202. */
export function generateInvoice(state: MockState, order: OrderRow): void {
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
  order.is_invoice_generated = true;
  order.modified_at = isoDate(state.clock.now());
  orderChanged(state, order, 'order.updated');
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
  customer: CustomerRow,
  order: OrderRow,
  payment: { confirmation_token_id?: string | null; payment_method_id?: string | null },
): { status: 'succeeded' | 'failed'; client_secret: null; error: string | null } {
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
    const owned = state.db.paymentMethods.some(
      (pm) => pm.id === payment.payment_method_id && pm.customer_id === customer.id,
    );
    if (!owned)
      throw polarError(
        422,
        'PaymentRetryValidationError',
        'Payment method does not belong to customer',
      );
  }
  order.manual_retries += 1;
  const now = isoDate(state.clock.now());
  order.modified_at = now;
  if (payment.confirmation_token_id?.startsWith('ctok_fail')) {
    order.payment_error = 'Your card was declined.';
    return { status: 'failed', client_secret: null, error: order.payment_error };
  }
  order.status = 'paid';
  order.payment_error = null;
  order.next_payment_attempt_at = null;
  order.receipt_number ??= `R-${order.invoice_number.split('-').at(-1)}`;
  const subscription = state.db.subscriptions.find((s) => s.id === order.subscription_id);
  if (subscription?.status === 'past_due') {
    subscription.status = 'active';
    subscription.past_due_at = null;
    subscription.modified_at = now;
  }
  orderChanged(state, order, 'order.updated', 'order.paid');
  if (subscription) subscriptionChanged(state, subscription);
  return { status: 'succeeded', client_secret: null, error: null };
}
