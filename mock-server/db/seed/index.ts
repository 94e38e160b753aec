import type {
  BenefitGrantRow,
  BenefitRow,
  CustomerMeterRow,
  CustomerRow,
  FileRow,
  LicenseKeyRow,
  MemberRow,
  MeterRow,
  OrderRow,
  OrganizationAccessTokenRow,
  OrganizationRow,
  PaymentMethodRow,
  ProductRow,
  SeatRow,
  SubscriptionRow,
  WalletRow,
} from '../rows.js';
import { acmeSeed } from './acme.js';
import { seedDates } from './factories.js';
import { teamlySeed } from './teamly.js';

/**
 * The deterministic seed. Ids come from names (`uuidFor`), dates from the clock at reset time,
 * so a run with a fixed clock is identical every time and ids never change.
 *
 * Two organizations, because Polar runs two models (one file each):
 * - `acme` (legacy, member model off): customers sign in with customer sessions (`polar_cst_`).
 * - `teamly` (member model on): people sign in as members (`polar_mst_`); one email there is
 *   shared by two customers (the 409 case) and a team has a member of each role.
 */
export interface SeedData {
  organizations: OrganizationRow[];
  organizationAccessTokens: OrganizationAccessTokenRow[];
  customers: CustomerRow[];
  members: MemberRow[];
  products: ProductRow[];
  subscriptions: SubscriptionRow[];
  orders: OrderRow[];
  benefits: BenefitRow[];
  grants: BenefitGrantRow[];
  paymentMethods: PaymentMethodRow[];
  seats: SeatRow[];
  licenseKeys: LicenseKeyRow[];
  files: FileRow[];
  meters: MeterRow[];
  customerMeters: CustomerMeterRow[];
  wallets: WalletRow[];
}

/** What one organization's file adds to each table. */
export type OrganizationSeed = Partial<SeedData>;

/**
 * An organization's invoice and receipt numbers, one counter each as Polar keeps them, in the
 * order its orders were billed.
 */
function numbered(orders: OrderRow[]): OrderRow[] {
  const billed = [...orders].sort(
    (a, b) => a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id),
  );
  return billed.map((row, i) => {
    const number = String(i + 1).padStart(4, '0');
    return {
      ...row,
      invoice_number: `${row.invoice_number.split('-')[0]}-${number}`,
      receipt_number: row.receipt_number ? `R-${number}` : null,
    };
  });
}

export function createSeed(now: number): SeedData {
  const at = seedDates(now);
  const parts = [acmeSeed(at), teamlySeed(at)].map((part) => ({
    ...part,
    orders: numbered(part.orders ?? []),
  }));
  // Each organization's rows of a table, acme's first. (TypeScript cannot follow `K` through
  // the concatenation, hence the cast.)
  const table = <K extends keyof SeedData>(name: K) =>
    ([] as unknown[]).concat(...parts.map((part) => part[name] ?? [])) as SeedData[K];
  return {
    organizations: table('organizations'),
    organizationAccessTokens: table('organizationAccessTokens'),
    customers: table('customers'),
    members: table('members'),
    products: table('products'),
    subscriptions: table('subscriptions'),
    // Kept in the order they were billed, which interleaves the organizations.
    orders: table('orders').sort((a, b) => a.created_at.localeCompare(b.created_at)),
    benefits: table('benefits'),
    grants: table('grants'),
    paymentMethods: table('paymentMethods'),
    seats: table('seats'),
    licenseKeys: table('licenseKeys'),
    files: table('files'),
    meters: table('meters'),
    customerMeters: table('customerMeters'),
    wallets: table('wallets'),
  };
}
