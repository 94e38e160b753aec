import { isoDate } from '../../clock.js';
import { uuidFor } from '../ids.js';
import type {
  BenefitRow,
  CustomerRow,
  MemberRow,
  OrganizationRow,
  PaymentMethodRow,
  PriceRow,
  ProductRow,
} from '../rows.js';

/**
 * Row builders for the seed: every column has its default here, so an organization's file says
 * only what is particular about its rows. Ids come from names (`uuidFor`), dates from `at`, so
 * the same clock gives the same seed. Each builder returns a finished row: nothing is changed
 * after it is made.
 */

/** A date `days` from the seed's moment (negative: in the past), as the API writes it. */
export type SeedDate = (days: number) => string;

const DAY = 86_400_000;
export const seedDates =
  (now: number): SeedDate =>
  (days) =>
    isoDate(now + days * DAY);

export const stamps = (at: SeedDate, days: number) => ({ created_at: at(days), modified_at: null });

export type Overrides<Row> = Partial<Omit<Row, 'id'>>;

export const portalSettings = (allowEmailChange: boolean) => ({
  usage: { show: true },
  subscription: { update_seats: true, update_plan: true, pause: false },
  customer: { allow_email_change: allowEmailChange },
});

export const organization = (
  at: SeedDate,
  slug: string,
  name: string,
  overrides: Overrides<OrganizationRow> = {},
): OrganizationRow => ({
  id: uuidFor(`org:${slug}`),
  ...stamps(at, -400),
  name,
  slug,
  avatar_url: null,
  member_model_enabled: false,
  seat_based_pricing_enabled: false,
  proration_behavior: 'prorate',
  benefit_revocation_grace_period: 0,
  allow_customer_updates: true,
  customer_portal_settings: portalSettings(false),
  ...overrides,
});

export const customer = (
  at: SeedDate,
  org: OrganizationRow,
  key: string,
  email: string | null,
  name: string,
  overrides: Overrides<CustomerRow> = {},
): CustomerRow => ({
  id: uuidFor(`customer:${key}`),
  ...stamps(at, -300),
  organization_id: org.id,
  email,
  email_verified: email !== null,
  name,
  billing_name: name,
  billing_address: null,
  tax_id: null,
  type: 'individual',
  locale: null,
  // The merchant's own id for the person: what a backend creates a session by.
  external_id: `usr_${key}`,
  default_payment_method_id: null,
  oauth_accounts: {},
  deleted_at: null,
  ...overrides,
});

export const member = (
  at: SeedDate,
  of: CustomerRow,
  key: string,
  email: string,
  name: string,
  role: MemberRow['role'],
  overrides: Overrides<MemberRow> = {},
): MemberRow => ({
  id: uuidFor(`member:${key}`),
  ...stamps(at, -200),
  organization_id: of.organization_id,
  customer_id: of.id,
  email,
  name,
  external_id: `usr_${key}`,
  role,
  oauth_accounts: {},
  deleted_at: null,
  ...overrides,
});

export const benefit = (
  at: SeedDate,
  org: OrganizationRow,
  key: string,
  type: BenefitRow['type'],
  description: string,
  properties: Record<string, unknown>,
): BenefitRow => ({
  id: uuidFor(`benefit:${key}`),
  ...stamps(at, -390),
  organization_id: org.id,
  type,
  description,
  properties,
});

export const fixedPrice = (key: string, amount: number): PriceRow => ({
  id: uuidFor(`price:${key}`),
  amount_type: 'fixed',
  price_amount: amount,
  price_currency: 'usd',
});

/** Per seat, one tier from one seat up. */
export const seatPrice = (key: string, perSeat: number): PriceRow => ({
  id: uuidFor(`price:${key}`),
  amount_type: 'seat_based',
  price_currency: 'usd',
  seat_tiers: [{ min_seats: 1, max_seats: null, price_per_seat: perSeat }],
});

export const product = (
  at: SeedDate,
  org: OrganizationRow,
  key: string,
  name: string,
  interval: ProductRow['recurring_interval'],
  price: PriceRow,
  benefits: BenefitRow[] = [],
  overrides: Overrides<ProductRow> = {},
): ProductRow => ({
  id: uuidFor(`product:${key}`),
  ...stamps(at, -380),
  organization_id: org.id,
  name,
  description: null,
  recurring_interval: interval,
  recurring_interval_count: interval ? 1 : null,
  trial_interval: null,
  trial_interval_count: null,
  visibility: 'public',
  is_archived: false,
  prices: [price],
  benefit_ids: benefits.map((b) => b.id),
  ...overrides,
});

export const paymentMethodId = (customerKey: string, last4: string) =>
  uuidFor(`payment-method:${customerKey}:${last4}`);

/** A card; `days` dates it (the seed's cards were added a day apart, in table order). */
export const card = (
  at: SeedDate,
  customerKey: string,
  brand: string,
  last4: string,
  expYear: number,
  days: number,
): PaymentMethodRow => ({
  id: paymentMethodId(customerKey, last4),
  ...stamps(at, days),
  customer_id: uuidFor(`customer:${customerKey}`),
  type: 'card',
  brand,
  last4,
  exp_month: 12,
  exp_year: expYear,
});
