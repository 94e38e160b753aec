import type {
  BenefitRow,
  CustomerRow,
  MemberRow,
  OrderRow,
  ProductRow,
  SeatRow,
  SubscriptionRow,
} from '../db/rows.js';
import type { MockDatabase } from '../db/store.js';
import {
  serializeBenefitPublic,
  serializeCustomerProduct,
  serializePrice,
} from '../serializers/catalog.js';
import { serializeOrder } from '../serializers/order.js';
import { serializePendingUpdate, serializeSubscriptionBase } from '../serializers/subscription.js';
import { serializeMember, serializeSeat } from '../serializers/team.js';

/**
 * The organization-side objects webhooks carry as `data` (reference.md §7): the merchant's view,
 * with metadata and the full customer and product, not the portal's.
 */

export function merchantCustomer(row: CustomerRow) {
  return {
    id: row.id,
    created_at: row.created_at,
    modified_at: row.modified_at,
    metadata: {},
    external_id: row.external_id,
    email: row.email,
    email_verified: row.email_verified,
    type: row.type,
    name: row.name,
    billing_name: row.billing_name,
    billing_address: row.billing_address,
    tax_id: row.tax_id,
    locale: row.locale,
    organization_id: row.organization_id,
    default_payment_method_id: row.default_payment_method_id,
    deleted_at: row.deleted_at,
    first_user_event_at: null,
    avatar_url: null,
  };
}

/** A benefit's full configuration, as the merchant's API shows it (more than subscribers see). */
function merchantBenefitProperties(benefit: BenefitRow): Record<string, unknown> {
  const props = benefit.properties;
  switch (benefit.type) {
    case 'discord':
      return {
        ...props,
        role_id: '1100000000000000002',
        kick_member: false,
        guild_token: 'mock-guild-token',
      };
    case 'downloadables':
      return { archived: {}, files: props.active_files };
    case 'github_repository':
      return { ...props, permission: 'pull' };
    default:
      return props;
  }
}

export function merchantProduct(db: MockDatabase, product: ProductRow) {
  // The organization page's product, plus what only the merchant sees.
  return {
    ...serializeCustomerProduct(db, product),
    metadata: {},
    benefits: product.benefit_ids
      .map((id) => db.benefits.get(id))
      .filter((b) => b !== undefined)
      .map((b) => ({
        ...serializeBenefitPublic(b),
        metadata: {},
        visibility: 'public',
        visibility_configurable: true,
        properties: merchantBenefitProperties(b),
      })),
    attached_custom_fields: [],
  };
}

export function merchantSubscription(db: MockDatabase, row: SubscriptionRow) {
  const product = db.products.get(row.product_id)!;
  const price = product.prices.find((p) => p.id === row.price_id) ?? product.prices[0]!;
  return {
    ...serializeSubscriptionBase(row),
    metadata: {},
    custom_field_data: {},
    customer: merchantCustomer(db.customer(row.customer_id)!),
    user_id: row.customer_id,
    product: merchantProduct(db, product),
    discount: null,
    price_id: price.id,
    prices: [serializePrice(price, product)],
    meters: [],
    pending_update: serializePendingUpdate(row),
  };
}

export function merchantOrder(db: MockDatabase, row: OrderRow) {
  const portal = serializeOrder(db, row);
  const product = row.product_id ? db.products.get(row.product_id) : undefined;
  const subscription = row.subscription_id ? db.subscriptions.get(row.subscription_id) : undefined;
  return {
    ...portal,
    metadata: {},
    custom_field_data: {},
    platform_fee_amount: 0,
    platform_fee_currency: row.currency,
    customer: merchantCustomer(db.customer(row.customer_id)!),
    product: product ? merchantProduct(db, product) : null,
    discount: null,
    subscription: subscription
      ? { ...serializeSubscriptionBase(subscription), metadata: {}, custom_field_data: {} }
      : null,
  };
}

/** `CustomerState`: the customer with what they have right now. */
export function customerState(db: MockDatabase, customer: CustomerRow) {
  const active = db.subscriptions.filter(
    (s) => s.customer_id === customer.id && ['active', 'trialing', 'past_due'].includes(s.status),
  );
  return {
    ...merchantCustomer(customer),
    active_subscriptions: active.map((s) => ({
      ...serializeSubscriptionBase(s),
      metadata: {},
      custom_field_data: {},
      meters: [],
    })),
    granted_benefits: db.grants
      .filter(
        (g) => g.customer_id === customer.id && g.revoked_at === null && g.granted_at !== null,
      )
      .map((g) => {
        const benefit = db.benefits.get(g.benefit_id)!;
        return {
          id: g.id,
          created_at: g.created_at,
          modified_at: g.modified_at,
          granted_at: g.granted_at,
          benefit_id: g.benefit_id,
          benefit_type: benefit.type,
          benefit_metadata: {},
          properties: g.properties,
        };
      }),
    active_meters: [],
  };
}

export const memberPayload = (row: MemberRow) => serializeMember(row);
export const seatPayload = (db: MockDatabase, row: SeatRow) => serializeSeat(db, row);
