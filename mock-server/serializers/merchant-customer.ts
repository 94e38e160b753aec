import type { LicenseKeyCustomer } from '../../src/api/types.js';
import type { CustomerRow } from '../db/rows.js';

/**
 * The customer as the merchant's API shows it: Polar's `CustomerResponse`
 * (`customer/schemas/customer.py`), which a license key and a created customer session carry.
 * No metadata, events or avatar are kept, so those are empty.
 */
export function serializeMerchantCustomer(customer: CustomerRow): LicenseKeyCustomer {
  return {
    id: customer.id,
    created_at: customer.created_at,
    modified_at: customer.modified_at,
    metadata: {},
    external_id: customer.external_id,
    email: customer.email,
    email_verified: customer.email_verified,
    type: customer.type,
    name: customer.name,
    billing_name: customer.billing_name,
    billing_address: customer.billing_address,
    tax_id: customer.tax_id,
    locale: customer.locale,
    organization_id: customer.organization_id,
    default_payment_method_id: customer.default_payment_method_id,
    deleted_at: customer.deleted_at,
    first_user_event_at: null,
    avatar_url: null,
  };
}
