import type {
  CustomerCancellationReason,
  OrderBillingReason,
  OrderStatus,
  RecurringInterval,
  SeatStatus,
  SubscriptionStatus,
} from '../../../src/api/types.js';
import type { Columns } from '../columns.js';
import type { AddressRow, Timestamps } from './common.js';

/** What is billed: subscriptions, their orders, and the seats of seat-based plans. */

export interface SubscriptionRow extends Timestamps {
  id: string;
  customer_id: string;
  product_id: string;
  price_id: string;
  status: SubscriptionStatus;
  amount: number;
  currency: string;
  recurring_interval: RecurringInterval;
  recurring_interval_count: number;
  /**
   * The day of the month periods end on (Polar's `Subscription.anchor_day`): a period that
   * ends on the 28th of February because the month is short ends on the 31st again in March.
   */
  anchor_day: number;
  current_period_start: string;
  current_period_end: string;
  trial_start: string | null;
  trial_end: string | null;
  cancel_at_period_end: boolean;
  canceled_at: string | null;
  started_at: string | null;
  ends_at: string | null;
  ended_at: string | null;
  past_due_at: string | null;
  /** Pauses instead of renewing at the period's end (`svc` `pause`; `cycle` pauses it). */
  pause_at_period_end: boolean;
  /** When the period's end paused it; null unless `status` is `paused`. */
  paused_at: string | null;
  /** When a pause ends by itself (Polar's `SubscriptionResumeJobStore`); null: until resumed. */
  resumes_at: string | null;
  seats: number | null;
  customer_cancellation_reason: CustomerCancellationReason | null;
  customer_cancellation_comment: string | null;
  payment_method_id: string | null;
  /** The discount the subscription carries (Polar's `subscription.discount`). */
  discount: SubscriptionDiscountRow | null;
  /** A change stored by `next_period`, applied at `applies_at` (Polar's `SubscriptionUpdate`). */
  pending_update: PendingUpdateRow | null;
  /**
   * Proration rows not invoiced yet (Polar's pending `BillingEntry` rows): a `prorate` change of
   * the same interval leaves them for the next renewal, whose order bills them.
   */
  pending_prorations: ProrationRow[];
}

export type SubscriptionDiscountRow =
  | { id: string; name: string; type: 'percentage'; basis_points: number }
  | { id: string; name: string; type: 'fixed'; amount: number };

export interface PendingUpdateRow {
  id: string;
  created_at: string;
  modified_at: string | null;
  applies_at: string;
  product_id: string | null;
  seats: number | null;
}

/** One proration line: a debit is positive, a credit negative, as Polar's preview shows them. */
export interface ProrationRow {
  label: string;
  amount: number;
}

export const subscriptionColumns: Columns<SubscriptionRow> = {
  id: 'string',
  created_at: 'string',
  modified_at: 'string?',
  customer_id: 'string',
  product_id: 'string',
  price_id: 'string',
  status: 'string',
  amount: 'number',
  currency: 'string',
  recurring_interval: 'string',
  recurring_interval_count: 'number',
  anchor_day: 'number',
  current_period_start: 'string',
  current_period_end: 'string',
  trial_start: 'string?',
  trial_end: 'string?',
  cancel_at_period_end: 'boolean',
  canceled_at: 'string?',
  started_at: 'string?',
  ends_at: 'string?',
  ended_at: 'string?',
  past_due_at: 'string?',
  pause_at_period_end: 'boolean',
  paused_at: 'string?',
  resumes_at: 'string?',
  seats: 'number?',
  customer_cancellation_reason: 'string?',
  customer_cancellation_comment: 'string?',
  payment_method_id: 'string?',
  discount: 'object?',
  pending_update: 'object?',
  pending_prorations: 'array',
};

export interface OrderItemRow {
  id: string;
  label: string;
  amount: number;
  tax_amount: number;
  proration: boolean;
  product_price_id: string | null;
}

/**
 * One attempt to charge an order: Polar's `Payment` row, with what the mock's stand-in for
 * Stripe needs to answer later (Polar learns the outcome from Stripe's webhook).
 */
export interface PaymentAttemptRow {
  id: string;
  created_at: string;
  status: 'pending' | 'succeeded' | 'failed';
  /** Started by the customer from the portal (Polar's trigger `retry_customer`), not by dunning. */
  manual: boolean;
  payment_method_id: string | null;
  /** The card the customer typed for this payment (a confirmation token), saved once it pays. */
  confirmation_token_id: string | null;
  decline_message: string | null;
  /** When the processor's answer arrives; null while the customer owes a 3-D Secure step. */
  settles_at: string | null;
  /** The payment intent's secret for that step (`requires_action`), else null. */
  client_secret: string | null;
}

export interface OrderRow extends Timestamps {
  id: string;
  customer_id: string;
  product_id: string | null;
  product_price_id: string | null;
  subscription_id: string | null;
  status: OrderStatus;
  billing_reason: OrderBillingReason;
  subtotal_amount: number;
  discount_amount: number;
  tax_amount: number;
  /** The wallet's credit (negative) or debt (positive) taken into the order when it was made. */
  applied_balance_amount: number;
  refunded_amount: number;
  refunded_tax_amount: number;
  currency: string;
  billing_name: string | null;
  billing_address: AddressRow | null;
  invoice_number: string;
  is_invoice_generated: boolean;
  /** Allocated when the order is paid. */
  receipt_number: string | null;
  /**
   * When the receipt's PDF is rendered: null until the first request for it queues the job
   * (Polar's `receipt/service.py` `get_pdf_url_or_status`); until then the receipt is a 202.
   */
  receipt_ready_at: string | null;
  /** When a failed payment is tried again; only a pending order has one. */
  next_payment_attempt_at: string | null;
  /** Every attempt to charge the order, oldest first (Polar's `Payment` rows of the order). */
  payments: PaymentAttemptRow[];
  seats: number | null;
  items: OrderItemRow[];
}

export const orderColumns: Columns<OrderRow> = {
  id: 'string',
  created_at: 'string',
  modified_at: 'string?',
  customer_id: 'string',
  product_id: 'string?',
  product_price_id: 'string?',
  subscription_id: 'string?',
  status: 'string',
  billing_reason: 'string',
  subtotal_amount: 'number',
  discount_amount: 'number',
  tax_amount: 'number',
  applied_balance_amount: 'number',
  refunded_amount: 'number',
  refunded_tax_amount: 'number',
  currency: 'string',
  billing_name: 'string?',
  billing_address: 'object?',
  invoice_number: 'string',
  is_invoice_generated: 'boolean',
  receipt_number: 'string?',
  receipt_ready_at: 'string?',
  next_payment_attempt_at: 'string?',
  payments: 'array',
  seats: 'number?',
  items: 'array',
};

export interface SeatRow extends Timestamps {
  id: string;
  subscription_id: string;
  status: SeatStatus;
  email: string | null;
  /** The seat holder's member (member model) once claimed. */
  member_id: string | null;
  /** Hash of the single-use invitation token; the token itself only travels in the email. */
  invitation_token_hash: string | null;
  invitation_token_expires_at: string | null;
  seat_metadata: Record<string, unknown> | null;
  claimed_at: string | null;
  revoked_at: string | null;
}

export const seatColumns: Columns<SeatRow> = {
  id: 'string',
  created_at: 'string',
  modified_at: 'string?',
  subscription_id: 'string',
  status: 'string',
  email: 'string?',
  member_id: 'string?',
  invitation_token_hash: 'string?',
  invitation_token_expires_at: 'string?',
  seat_metadata: 'object?',
  claimed_at: 'string?',
  revoked_at: 'string?',
};
