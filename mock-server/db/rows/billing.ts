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
  refunded_amount: number;
  refunded_tax_amount: number;
  currency: string;
  billing_name: string | null;
  billing_address: AddressRow | null;
  invoice_number: string;
  is_invoice_generated: boolean;
  /** Allocated when the order is paid. */
  receipt_number: string | null;
  /** When a failed payment is tried again; only a pending order has one. */
  next_payment_attempt_at: string | null;
  /** Why the last payment attempt failed, in the processor's words. */
  payment_error: string | null;
  /** Retries the customer started from the portal (Polar allows 5). */
  manual_retries: number;
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
  refunded_amount: 'number',
  refunded_tax_amount: 'number',
  currency: 'string',
  billing_name: 'string?',
  billing_address: 'object?',
  invoice_number: 'string',
  is_invoice_generated: 'boolean',
  receipt_number: 'string?',
  next_payment_attempt_at: 'string?',
  payment_error: 'string?',
  manual_retries: 'number',
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
