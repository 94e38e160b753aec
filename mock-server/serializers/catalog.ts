import type {
  BenefitPublic,
  CustomerOrganization,
  CustomerProduct,
  CustomerSubscriptionProduct,
  ProductPrice,
} from '../../src/api/types.js';
import type { BenefitRow, OrganizationRow, PriceRow, ProductRow } from '../db/rows.js';
import type { MockDatabase } from '../db/store.js';

/**
 * Wire objects of the catalog (reference.md §5.5-5.7), with the hidden fields Polar still
 * serializes (§9.8), so both Polar SDKs parse them.
 */

/** `CustomerOrganization` plus the legacy fields Polar keeps sending. */
export function serializeOrganization(org: OrganizationRow): CustomerOrganization {
  const body = {
    id: org.id,
    created_at: org.created_at,
    modified_at: org.modified_at,
    name: org.name,
    slug: org.slug,
    avatar_url: org.avatar_url,
    proration_behavior: org.proration_behavior,
    allow_customer_updates: org.customer_portal_settings.subscription.update_plan,
    customer_portal_settings: org.customer_portal_settings,
    organization_features: {
      member_model_enabled: org.member_model_enabled,
      checkout_localization_enabled: false,
    },
    // Hidden but serialized by Polar.
    bio: null,
    company: null,
    blog: null,
    location: null,
    email: null,
    twitter_username: null,
    pledge_minimum_amount: 0,
    pledge_badge_show_amount: false,
    default_upfront_split_to_contributors: null,
    website: null,
    socials: [],
    status: 'active',
    details_submitted_at: org.created_at,
    feature_settings: {
      member_model_enabled: org.member_model_enabled,
      seat_based_pricing_enabled: org.seat_based_pricing_enabled,
    },
  };
  return body;
}

export function serializePrice(price: PriceRow, product: ProductRow): ProductPrice {
  const common = {
    id: price.id,
    created_at: product.created_at,
    modified_at: null,
    source: 'catalog' as const,
    price_currency: price.price_currency,
    tax_behavior: null,
    is_archived: false,
    product_id: product.id,
    // Hidden, derived from the product.
    type: product.recurring_interval ? 'recurring' : 'one_time',
    recurring_interval: product.recurring_interval,
  };
  if (price.amount_type === 'fixed')
    return { ...common, amount_type: 'fixed', price_amount: price.price_amount };
  const tiers = price.seat_tiers;
  return {
    ...common,
    amount_type: 'seat_based',
    seat_tiers: {
      seat_tier_type: 'volume',
      tiers,
      minimum_seats: tiers[0]?.min_seats ?? 1,
      maximum_seats: tiers.at(-1)?.max_seats ?? null,
    },
    price_per_seat: tiers[0]?.price_per_seat ?? 0,
  } as ProductPrice;
}

export function serializeBenefitPublic(benefit: BenefitRow): BenefitPublic {
  const base = {
    id: benefit.id,
    created_at: benefit.created_at,
    modified_at: benefit.modified_at,
    type: benefit.type,
    description: benefit.description,
    selectable: true,
    deletable: true,
    is_deleted: false,
    organization_id: benefit.organization_id,
  };
  // Only meter credits expose their properties publicly.
  return (
    benefit.type === 'meter_credit' ? { ...base, properties: benefit.properties } : base
  ) as BenefitPublic;
}

/** `CustomerSubscriptionProduct` (also the shape of an order's product). */
export function serializeProduct(
  db: MockDatabase,
  product: ProductRow,
): CustomerSubscriptionProduct {
  return {
    id: product.id,
    created_at: product.created_at,
    modified_at: product.modified_at,
    trial_interval: product.trial_interval,
    trial_interval_count: product.trial_interval_count,
    name: product.name,
    description: product.description,
    visibility: product.visibility,
    recurring_interval: product.recurring_interval,
    recurring_interval_count: product.recurring_interval_count,
    meter_interval: null,
    meter_interval_count: null,
    is_recurring: product.recurring_interval !== null,
    is_archived: product.is_archived,
    organization_id: product.organization_id,
    prices: product.prices.map((p) => serializePrice(p, product)),
    benefits: product.benefit_ids
      .map((id) => db.benefits.get(id))
      .filter((b) => b !== undefined)
      .map(serializeBenefitPublic),
    medias: [],
    organization: serializeOrganization(db.organization(product.organization_id)!),
  };
}

/** `CustomerProduct`: the product as the organization page lists it, without its organization. */
export function serializeCustomerProduct(db: MockDatabase, product: ProductRow): CustomerProduct {
  const { organization, ...rest } = serializeProduct(db, product);
  void organization;
  return rest;
}
