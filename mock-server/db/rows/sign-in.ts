import type { Columns } from '../columns.js';
import type { Timestamps } from './common.js';
import type { PaymentMethodRow } from './customers.js';

/**
 * What signing in and its follow-ups leave behind: codes, sessions, email-change links and card
 * setups. Short-lived, so the store prunes them (`db/store.ts`); times are epoch milliseconds.
 */

/** The sign-in code as Polar stores it: hashed, never the plain code. */
export interface SessionCodeRow {
  id: string;
  code_hash: string;
  email: string;
  customer_id: string;
  expires_at: number;
}

export const sessionCodeColumns: Columns<SessionCodeRow> = {
  id: 'string',
  code_hash: 'string',
  email: 'string',
  customer_id: 'string',
  expires_at: 'number',
};

export interface SessionRow extends Timestamps {
  id: string;
  token_hash: string;
  kind: 'customer' | 'member';
  customer_id: string;
  member_id: string | null;
  expires_at: number;
  return_url: string | null;
}

export const sessionColumns: Columns<SessionRow> = {
  id: 'string',
  created_at: 'string',
  modified_at: 'string?',
  token_hash: 'string',
  kind: 'string',
  customer_id: 'string',
  member_id: 'string?',
  expires_at: 'number',
  return_url: 'string?',
};

/** A requested email change, waiting for the link in the new address's mailbox. */
export interface EmailUpdateRow {
  id: string;
  token_hash: string;
  customer_id: string;
  email: string;
  expires_at: number;
}

export const emailUpdateColumns: Columns<EmailUpdateRow> = {
  id: 'string',
  token_hash: 'string',
  customer_id: 'string',
  email: 'string',
  expires_at: 'number',
};

/** A card waiting for its 3-D Secure confirmation before it becomes a payment method. */
export interface SetupIntentRow {
  id: string;
  customer_id: string;
  card: Pick<PaymentMethodRow, 'brand' | 'last4' | 'exp_month' | 'exp_year'>;
}

export const setupIntentColumns: Columns<SetupIntentRow> = {
  id: 'string',
  customer_id: 'string',
  card: 'object',
};
