import { periodAmount, taxOn } from '../../pricing.js';
import { uuidFor } from '../ids.js';
import type {
  CustomerRow,
  OrderRow,
  OrganizationRow,
  ProductRow,
  SeatRow,
  SubscriptionRow,
} from '../rows.js';
import { stamps, type Overrides, type SeedDate } from './factories.js';

/** Row builders for what the seed bills: subscriptions, their orders, and seats. */

/** A subscription started 90 days ago, ten days into its current period; `key` names its id. */
export function subscription(
  at: SeedDate,
  key: string,
  holder: CustomerRow,
  plan: ProductRow,
  status: SubscriptionRow['status'],
  overrides: Overrides<SubscriptionRow> = {},
): SubscriptionRow {
  const price = plan.prices[0]!;
  const seats = overrides.seats ?? null;
  const periodDays = plan.recurring_interval === 'year' ? 365 : 30;
  return {
    id: uuidFor(`subscription:${key}`),
    ...stamps(at, -90),
    customer_id: holder.id,
    product_id: plan.id,
    price_id: price.id,
    status,
    amount: periodAmount(price, seats),
    currency: 'usd',
    recurring_interval: plan.recurring_interval!,
    recurring_interval_count: 1,
    current_period_start: at(-10),
    current_period_end: at(periodDays - 10),
    trial_start: null,
    trial_end: null,
    cancel_at_period_end: false,
    canceled_at: null,
    started_at: at(-90),
    ends_at: null,
    ended_at: null,
    past_due_at: null,
    seats,
    customer_cancellation_reason: null,
    customer_cancellation_comment: null,
    payment_method_id: holder.default_payment_method_id,
    discount: null,
    pending_update: null,
    pending_prorations: [],
    ...overrides,
  };
}

export interface OrderFields extends Pick<OrderRow, 'status' | 'billing_reason' | 'seats'> {
  /** Names the order's id. */
  key: string;
  org: OrganizationRow;
  buyer: CustomerRow;
  bought: ProductRow;
  subscription: SubscriptionRow | null;
  /**
   * The invoice number: one counter runs across both organizations, in the order the seed has
   * always billed (docs and tests name the numbers).
   */
  invoice: number;
  days: number;
  amount: number;
  next_payment_attempt_at?: string | null;
  payment_error?: string | null;
}

/** An order of `amount` plus tax, with one item. */
export function order(at: SeedDate, fields: OrderFields): OrderRow {
  const { key, buyer, bought, amount, status, seats } = fields;
  const tax = taxOn(amount);
  const number = String(fields.invoice).padStart(4, '0');
  const priceId = bought.prices[0]!.id;
  return {
    id: uuidFor(`order:${key}`),
    ...stamps(at, fields.days),
    customer_id: buyer.id,
    product_id: bought.id,
    product_price_id: priceId,
    subscription_id: fields.subscription?.id ?? null,
    subtotal_amount: amount,
    discount_amount: 0,
    tax_amount: tax,
    refunded_amount: 0,
    refunded_tax_amount: 0,
    currency: 'usd',
    billing_name: buyer.billing_name,
    billing_address: buyer.billing_address,
    invoice_number: `${fields.org.slug.toUpperCase()}-${number}`,
    is_invoice_generated: false,
    receipt_number: status === 'paid' ? `R-${number}` : null,
    manual_retries: 0,
    status,
    billing_reason: fields.billing_reason,
    seats,
    next_payment_attempt_at: fields.next_payment_attempt_at ?? null,
    payment_error: fields.payment_error ?? null,
    items: [
      {
        id: uuidFor(`order-item:${key}`),
        label: seats ? `${bought.name} (${seats} seats)` : bought.name,
        amount,
        tax_amount: tax,
        proration: false,
        product_price_id: priceId,
      },
    ],
  };
}

/**
 * The four invoices of a paid subscription (created, then three renewals), numbered from
 * `firstInvoice`; a past-due subscription's last one is pending, its card declined. A trial or
 * a free plan has none.
 */
export function subscriptionOrders(
  at: SeedDate,
  org: OrganizationRow,
  buyer: CustomerRow,
  plan: ProductRow,
  sub: SubscriptionRow,
  firstInvoice: number,
): OrderRow[] {
  if (sub.amount === 0 || sub.status === 'trialing') return [];
  return [-90, -60, -30, -10].map((days, i) => {
    const pending = sub.status === 'past_due' && i === 3;
    return order(at, {
      key: `${sub.id}:${i}`,
      org,
      buyer,
      bought: plan,
      subscription: sub,
      invoice: firstInvoice + i,
      days,
      amount: sub.amount,
      status: pending ? 'pending' : 'paid',
      billing_reason: i === 0 ? 'subscription_create' : 'subscription_cycle',
      seats: sub.seats,
      next_payment_attempt_at: pending ? at(2) : null,
      payment_error: pending ? 'Your card was declined.' : null,
    });
  });
}

/** A seat of a seat-based subscription; `key` names its id. */
export const seat = (
  at: SeedDate,
  key: string,
  sub: SubscriptionRow,
  days: number,
  fields: Pick<SeatRow, 'status' | 'email' | 'member_id' | 'claimed_at'> &
    Partial<Pick<SeatRow, 'invitation_token_expires_at'>>,
): SeatRow => ({
  id: uuidFor(`seat:${key}`),
  ...stamps(at, days),
  subscription_id: sub.id,
  status: fields.status,
  email: fields.email,
  member_id: fields.member_id,
  invitation_token_hash: null,
  invitation_token_expires_at: fields.invitation_token_expires_at ?? null,
  seat_metadata: null,
  claimed_at: fields.claimed_at,
  revoked_at: null,
});
