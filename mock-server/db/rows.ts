/**
 * The mock's tables. Rows hold what Polar's database holds; the wire objects of the contract
 * (`src/api/types.ts`) are built from them by the handlers' serializers.
 */

import type {
  Address,
  CustomerCancellationReason,
  OrganizationCustomerPortalSettings,
  CustomerType,
  MemberRole,
  OrderBillingReason,
  OrderStatus,
  RecurringInterval,
  SeatStatus,
  SubscriptionStatus,
} from '../../src/api/types.js';

export type { MemberRole };

export interface Timestamps {
  created_at: string;
  modified_at: string | null;
}

export interface OrganizationRow extends Timestamps {
  id: string;
  name: string;
  slug: string;
  avatar_url: string | null;
  /** Polar's `feature_settings.member_model_enabled`: people sign in as members. */
  member_model_enabled: boolean;
  proration_behavior: 'invoice' | 'prorate' | 'next_period' | 'reset';
  allow_customer_updates: boolean;
  customer_portal_settings: OrganizationCustomerPortalSettings;
}

/** A stored address has every field, null where empty. */
export type AddressRow = Required<Address>;

export interface CustomerRow extends Timestamps {
  id: string;
  organization_id: string;
  /** Null for a team customer: its people sign in as members. */
  email: string | null;
  email_verified: boolean;
  name: string | null;
  billing_name: string | null;
  billing_address: AddressRow | null;
  tax_id: [string, string] | null;
  type: CustomerType;
  locale: string | null;
  external_id: string | null;
  default_payment_method_id: string | null;
  /** Connected accounts, keyed `<platform>:<account_id>`, for GitHub and Discord benefits. */
  oauth_accounts: Record<string, OAuthAccountRow>;
  deleted_at: string | null;
}

export interface OAuthAccountRow {
  account_id: string;
  account_username: string | null;
}

export interface MemberRow extends Timestamps {
  id: string;
  organization_id: string;
  customer_id: string;
  email: string;
  name: string | null;
  external_id: string | null;
  role: MemberRole;
  oauth_accounts: Record<string, OAuthAccountRow>;
  deleted_at: string | null;
}

export type PriceRow =
  | { id: string; amount_type: 'fixed'; price_amount: number; price_currency: string }
  | {
      id: string;
      amount_type: 'seat_based';
      price_currency: string;
      seat_tiers: { min_seats: number; max_seats: number | null; price_per_seat: number }[];
    };

export interface ProductRow extends Timestamps {
  id: string;
  organization_id: string;
  name: string;
  description: string | null;
  /** Null for a one-time product. */
  recurring_interval: RecurringInterval | null;
  recurring_interval_count: number | null;
  trial_interval: RecurringInterval | null;
  trial_interval_count: number | null;
  visibility: 'public' | 'private' | 'draft';
  is_archived: boolean;
  prices: PriceRow[];
  benefit_ids: string[];
}

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
}

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

export type BenefitType =
  'custom' | 'discord' | 'github_repository' | 'downloadables' | 'license_keys' | 'meter_credit';

export interface BenefitRow extends Timestamps {
  id: string;
  organization_id: string;
  type: BenefitType;
  description: string;
  /** The subscriber-facing `benefit.properties` of the contract (reference.md §5.7). */
  properties: Record<string, unknown>;
}

export interface BenefitGrantRow extends Timestamps {
  id: string;
  benefit_id: string;
  customer_id: string;
  member_id: string | null;
  subscription_id: string | null;
  order_id: string | null;
  granted_at: string | null;
  revoked_at: string | null;
  properties: Record<string, unknown>;
}

export interface PaymentMethodRow extends Timestamps {
  id: string;
  customer_id: string;
  type: 'card';
  brand: string;
  last4: string;
  exp_month: number;
  exp_year: number;
}

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

/** The sign-in code as Polar stores it: hashed, never the plain code. */
export interface SessionCodeRow {
  code_hash: string;
  email: string;
  customer_id: string;
  expires_at: number;
}

export interface SessionRow {
  token_hash: string;
  kind: 'customer' | 'member';
  customer_id: string;
  member_id: string | null;
  expires_at: number;
  return_url: string | null;
}

/** A requested email change, waiting for the link in the new address's mailbox. */
export interface EmailUpdateRow {
  token_hash: string;
  customer_id: string;
  email: string;
  expires_at: number;
}

/** A card waiting for its 3-D Secure confirmation before it becomes a payment method. */
export interface SetupIntentRow {
  id: string;
  customer_id: string;
  card: Pick<PaymentMethodRow, 'brand' | 'last4' | 'exp_month' | 'exp_year'>;
}

export interface LicenseKeyActivationRow {
  id: string;
  label: string;
  meta: Record<string, string | number | boolean>;
  created_at: string;
  modified_at: string | null;
}

export interface LicenseKeyRow extends Timestamps {
  id: string;
  organization_id: string;
  customer_id: string;
  member_id: string | null;
  benefit_id: string;
  key: string;
  status: 'granted' | 'revoked' | 'disabled';
  limit_activations: number | null;
  usage: number;
  limit_usage: number | null;
  validations: number;
  last_validated_at: string | null;
  expires_at: string | null;
  activations: LicenseKeyActivationRow[];
}

/** A downloadable file: its bytes live here so the download URL serves a real file. */
export interface FileRow extends Timestamps {
  id: string;
  organization_id: string;
  benefit_id: string;
  name: string;
  mime_type: string;
  content: string;
  downloads: number;
}

export interface MeterRow extends Timestamps {
  id: string;
  organization_id: string;
  name: string;
}

/** A customer's usage of one meter. */
export interface CustomerMeterRow extends Timestamps {
  id: string;
  customer_id: string;
  meter_id: string;
  consumed_units: number;
  credited_units: number;
}

export interface WalletRow extends Timestamps {
  id: string;
  customer_id: string;
  balance: number;
  currency: string;
}
