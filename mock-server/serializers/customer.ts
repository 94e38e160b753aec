import type { CustomerPaymentMethod, CustomerPortalCustomer } from '../../src/api/types.js';
import type { CustomerRow, PaymentMethodRow } from '../db/rows.js';

/** `CustomerPortalCustomer` (reference.md §5.2). */
export function serializeCustomer(row: CustomerRow): CustomerPortalCustomer {
  return {
    id: row.id,
    created_at: row.created_at,
    modified_at: row.modified_at,
    email: row.email,
    email_verified: row.email_verified,
    name: row.name,
    billing_name: row.billing_name ?? row.name,
    billing_address: row.billing_address,
    tax_id: row.tax_id,
    oauth_accounts: row.oauth_accounts,
    default_payment_method_id: row.default_payment_method_id,
    type: row.type,
    locale: row.locale,
  };
}

/** The portal's payment method: a card, with no `is_default` (the customer carries that). */
export function serializePaymentMethod(row: PaymentMethodRow): CustomerPaymentMethod {
  return {
    id: row.id,
    created_at: row.created_at,
    modified_at: row.modified_at,
    processor: 'stripe',
    customer_id: row.customer_id,
    type: 'card',
    method_metadata: {
      brand: row.brand,
      last4: row.last4,
      exp_month: row.exp_month,
      exp_year: row.exp_year,
      wallet: null,
    },
  };
}
