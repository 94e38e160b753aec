import type { CustomerOrder } from '../../src/api/types.js';
import type { OrderRow } from '../db/rows.js';
import type { MockDatabase } from '../db/store.js';
import { serializeProduct } from './catalog.js';
import { serializeSubscriptionBase } from './subscription.js';

/** Every money figure of an order, derived from its stored amounts as Polar computes them. */
export function orderTotals(row: OrderRow) {
  const net = row.subtotal_amount - row.discount_amount;
  const total = net + row.tax_amount;
  return {
    net_amount: net,
    total_amount: total,
    applied_balance_amount: row.applied_balance_amount,
    // Polar's `due_amount` (`max(0, total + applied balance)`); the mock shows 0 once paid.
    due_amount:
      row.status === 'paid' || row.status === 'refunded'
        ? 0
        : Math.max(0, total + row.applied_balance_amount),
    refundable_amount: Math.max(0, net + row.applied_balance_amount - row.refunded_amount),
    refundable_tax_amount: Math.max(0, row.tax_amount - row.refunded_tax_amount),
  };
}

/** `CustomerOrder` (reference.md §5.4), with the hidden deprecated fields. */
export function serializeOrder(db: MockDatabase, row: OrderRow): CustomerOrder {
  const product = row.product_id ? db.products.get(row.product_id) : undefined;
  const subscription = row.subscription_id ? db.subscriptions.get(row.subscription_id) : undefined;
  const totals = orderTotals(row);
  const body = {
    id: row.id,
    created_at: row.created_at,
    modified_at: row.modified_at,
    status: row.status,
    paid: row.status === 'paid' || row.status === 'refunded' || row.status === 'partially_refunded',
    subtotal_amount: row.subtotal_amount,
    discount_amount: row.discount_amount,
    tax_amount: row.tax_amount,
    ...totals,
    refunded_amount: row.refunded_amount,
    refunded_tax_amount: row.refunded_tax_amount,
    currency: row.currency,
    billing_reason: row.billing_reason,
    billing_name: row.billing_name,
    billing_address: row.billing_address,
    invoice_number: row.invoice_number,
    is_invoice_generated: row.is_invoice_generated,
    receipt_number: row.receipt_number,
    seats: row.seats,
    units: null,
    customer_id: row.customer_id,
    product_id: row.product_id,
    discount_id: null,
    subscription_id: row.subscription_id,
    checkout_id: null,
    next_payment_attempt_at: row.next_payment_attempt_at,
    product: product ? serializeProduct(db, product) : null,
    subscription: subscription ? serializeSubscriptionBase(subscription) : null,
    items: row.items.map((item) => ({
      ...item,
      created_at: row.created_at,
      modified_at: null,
      start_timestamp: subscription ? subscription.current_period_start : null,
      end_timestamp: subscription ? subscription.current_period_end : null,
    })),
    description: product?.name ?? 'Order',
    // Hidden but serialized by Polar.
    user_id: row.customer_id,
    product_price_id: row.product_price_id,
    amount: totals.net_amount,
    from_balance_amount: totals.applied_balance_amount,
  };
  return body;
}
