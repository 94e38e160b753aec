import type { CustomerType } from '../../../src/api/types.js';
import type { Columns } from '../columns.js';
import type { AddressRow, MemberRole, OAuthAccountRow, Timestamps } from './common.js';

/** Who buys: customers, a team's members, and what a customer holds (cards, usage, credit). */

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

export const customerColumns: Columns<CustomerRow> = {
  id: 'string',
  created_at: 'string',
  modified_at: 'string?',
  organization_id: 'string',
  email: 'string?',
  email_verified: 'boolean',
  name: 'string?',
  billing_name: 'string?',
  billing_address: 'object?',
  tax_id: 'array?',
  type: 'string',
  locale: 'string?',
  external_id: 'string?',
  default_payment_method_id: 'string?',
  oauth_accounts: 'object',
  deleted_at: 'string?',
};

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

export const memberColumns: Columns<MemberRow> = {
  id: 'string',
  created_at: 'string',
  modified_at: 'string?',
  organization_id: 'string',
  customer_id: 'string',
  email: 'string',
  name: 'string?',
  external_id: 'string?',
  role: 'string',
  oauth_accounts: 'object',
  deleted_at: 'string?',
};

export interface PaymentMethodRow extends Timestamps {
  id: string;
  customer_id: string;
  type: 'card';
  brand: string;
  last4: string;
  exp_month: number;
  exp_year: number;
}

export const paymentMethodColumns: Columns<PaymentMethodRow> = {
  id: 'string',
  created_at: 'string',
  modified_at: 'string?',
  customer_id: 'string',
  type: 'string',
  brand: 'string',
  last4: 'string',
  exp_month: 'number',
  exp_year: 'number',
};

/** A customer's usage of one meter. */
export interface CustomerMeterRow extends Timestamps {
  id: string;
  customer_id: string;
  meter_id: string;
  consumed_units: number;
  credited_units: number;
}

export const customerMeterColumns: Columns<CustomerMeterRow> = {
  id: 'string',
  created_at: 'string',
  modified_at: 'string?',
  customer_id: 'string',
  meter_id: 'string',
  consumed_units: 'number',
  credited_units: 'number',
};

export interface WalletRow extends Timestamps {
  id: string;
  customer_id: string;
  balance: number;
  currency: string;
}

export const walletColumns: Columns<WalletRow> = {
  id: 'string',
  created_at: 'string',
  modified_at: 'string?',
  customer_id: 'string',
  balance: 'number',
  currency: 'string',
};
