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

const DAY_MS = 24 * 60 * 60 * 1000;
/** The seed's period lengths: a month is 30 days, a year 365. */
const periodDays = (plan: Pick<ProductRow, 'recurring_interval'>) =>
  plan.recurring_interval === 'year' ? 365 : 30;

/**
 * A subscription ten days into its current period, started `cycles` periods ago (four months
 * for a monthly plan, two years for a yearly one), so its orders are one per period
 * (`subscriptionOrders`); `key` names its id.
 */
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
  const days = periodDays(plan);
  const started = -10 - (plan.recurring_interval === 'year' ? 1 : 3) * days;
  const periodEnd = overrides.current_period_end ?? at(days - 10);
  return {
    id: uuidFor(`subscription:${key}`),
    ...stamps(at, started),
    customer_id: holder.id,
    product_id: plan.id,
    price_id: price.id,
    status,
    amount: periodAmount(price, seats),
    currency: 'usd',
    recurring_interval: plan.recurring_interval!,
    recurring_interval_count: 1,
    // The seed's periods are whole days, not calendar months: the next renewal keeps the day
    // the current period ends on.
    anchor_day: new Date(periodEnd).getUTCDate(),
    current_period_start: at(-10),
    current_period_end: periodEnd,
    trial_start: null,
    trial_end: null,
    cancel_at_period_end: false,
    canceled_at: null,
    started_at: at(started),
    ends_at: null,
    ended_at: null,
    past_due_at: null,
    pause_at_period_end: false,
    paused_at: null,
    resumes_at: null,
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
  days: number;
  amount: number;
  next_payment_attempt_at?: string | null;
  /** Why dunning's last charge failed, for a pending order. */
  decline_message?: string | null;
}

/** An order of `amount` plus tax, with one item. */
export function order(at: SeedDate, fields: OrderFields): OrderRow {
  const { key, buyer, bought, amount, status, seats } = fields;
  const tax = taxOn(amount);
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
    applied_balance_amount: 0,
    refunded_amount: 0,
    refunded_tax_amount: 0,
    currency: 'usd',
    billing_name: buyer.billing_name,
    billing_address: buyer.billing_address,
    // Numbered per organization in the order billed, once all are known (`seed/index.ts`).
    invoice_number: `${fields.org.slug.toUpperCase()}-0000`,
    is_invoice_generated: false,
    receipt_number: status === 'paid' ? 'R-0000' : null,
    // Receipts of earlier orders were rendered when they were paid; the latest is rendered when
    // first asked for (a 202 first, as Polar answers).
    receipt_ready_at: status === 'paid' && fields.days < -10 ? at(fields.days) : null,
    status,
    billing_reason: fields.billing_reason,
    seats,
    next_payment_attempt_at: fields.next_payment_attempt_at ?? null,
    // Dunning's automatic charge: a Payment row that failed (the decline), else the one that paid.
    payments:
      status === 'pending' || status === 'paid'
        ? [
            {
              id: uuidFor(`payment:${key}`),
              created_at: at(fields.days),
              status: status === 'paid' ? 'succeeded' : 'failed',
              manual: false,
              payment_method_id: buyer.default_payment_method_id,
              confirmation_token_id: null,
              decline_message: fields.decline_message ?? null,
              settles_at: null,
              client_secret: null,
            },
          ]
        : [],
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
 * The invoices of a paid subscription, one per period from its start to its current period
 * (created, then renewals), each for the subscription's amount.
 * A past-due subscription's last one is pending, its card declined. A trial or a free plan has
 * none.
 */
export function subscriptionOrders(
  at: SeedDate,
  org: OrganizationRow,
  buyer: CustomerRow,
  plan: ProductRow,
  sub: SubscriptionRow,
): OrderRow[] {
  if (sub.amount === 0 || sub.status === 'trialing' || !sub.started_at) return [];
  const offset = (iso: string) => Math.round((Date.parse(iso) - Date.parse(at(0))) / DAY_MS);
  const starts: number[] = [];
  for (
    let day = offset(sub.started_at);
    day <= offset(sub.current_period_start);
    day += periodDays(plan)
  )
    starts.push(day);
  return starts.map((days, i) => {
    const pending = sub.status === 'past_due' && i === starts.length - 1;
    return order(at, {
      key: `${sub.id}:${i}`,
      org,
      buyer,
      bought: plan,
      subscription: sub,
      days,
      amount: sub.amount,
      status: pending ? 'pending' : 'paid',
      billing_reason: i === 0 ? 'subscription_create' : 'subscription_cycle',
      seats: sub.seats,
      next_payment_attempt_at: pending ? at(2) : null,
      decline_message: pending ? 'Your card was declined.' : null,
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
