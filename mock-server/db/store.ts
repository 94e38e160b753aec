import type { Clock } from '../clock.js';
import { InvalidTablesError } from './columns.js';
import { createSeed, type SeedData } from './seed/index.js';
import {
  benefitColumns,
  customerColumns,
  customerMeterColumns,
  emailUpdateColumns,
  fileColumns,
  grantColumns,
  licenseKeyColumns,
  memberColumns,
  meterColumns,
  orderColumns,
  organizationColumns,
  paymentMethodColumns,
  productColumns,
  seatColumns,
  sessionCodeColumns,
  sessionColumns,
  setupIntentColumns,
  subscriptionColumns,
  walletColumns,
  type BenefitGrantRow,
  type BenefitRow,
  type CustomerMeterRow,
  type CustomerRow,
  type EmailUpdateRow,
  type FileRow,
  type LicenseKeyRow,
  type MemberRow,
  type MeterRow,
  type OrderRow,
  type OrganizationRow,
  type PaymentMethodRow,
  type ProductRow,
  type SeatRow,
  type SessionCodeRow,
  type SessionRow,
  type SetupIntentRow,
  type SubscriptionRow,
  type WalletRow,
} from './rows.js';
import { Table } from './table.js';

const MAX_ROWS_PER_TABLE = 10_000;

/** A new member is a plain member of nobody's naming, with no connected accounts yet. */
type MemberDefaults = 'name' | 'external_id' | 'role' | 'oauth_accounts' | 'deleted_at';
type SeatDefaults = 'member_id' | 'seat_metadata' | 'claimed_at' | 'revoked_at';

/**
 * The in-memory database: one typed table per kind of row (`db/table.ts`), the seed's plus what
 * sign-in creates. Table objects stay for the life of the store; `reset()` and `restore()`
 * replace what they hold. `reset()` puts the seed back (dates re-anchored at the clock's now).
 */
export class MockDatabase {
  readonly organizations: Table<OrganizationRow>;
  readonly customers: Table<CustomerRow>;
  readonly members: Table<MemberRow, MemberDefaults>;
  readonly products: Table<ProductRow>;
  readonly subscriptions: Table<SubscriptionRow>;
  readonly orders: Table<OrderRow>;
  readonly benefits: Table<BenefitRow>;
  readonly grants: Table<BenefitGrantRow>;
  readonly paymentMethods: Table<PaymentMethodRow, 'type'>;
  readonly seats: Table<SeatRow, SeatDefaults>;
  readonly licenseKeys: Table<LicenseKeyRow>;
  readonly files: Table<FileRow>;
  readonly meters: Table<MeterRow>;
  readonly customerMeters: Table<CustomerMeterRow>;
  readonly wallets: Table<WalletRow>;
  readonly sessionCodes: Table<SessionCodeRow>;
  readonly sessions: Table<SessionRow, 'return_url'>;
  /** Card setups waiting for the customer's 3-D Secure step (see `services/customer.ts`). */
  readonly setupIntents: Table<SetupIntentRow>;
  readonly emailUpdates: Table<EmailUpdateRow>;

  constructor(private readonly clock: Clock) {
    const by = 'customer' as const;
    const org = { organization_id: 'organization' } as const;
    this.organizations = new Table(
      { name: 'organizations', columns: organizationColumns, owners: { id: 'organization' } },
      clock,
    );
    this.customers = new Table(
      { name: 'customers', columns: customerColumns, owners: { id: by } },
      clock,
    );
    this.members = new Table(
      {
        name: 'members',
        columns: memberColumns,
        owners: { customer_id: by },
        defaults: {
          name: null,
          external_id: null,
          role: 'member',
          oauth_accounts: {},
          deleted_at: null,
        },
      },
      clock,
    );
    this.products = new Table({ name: 'products', columns: productColumns, owners: org }, clock);
    this.subscriptions = new Table(
      { name: 'subscriptions', columns: subscriptionColumns, owners: { customer_id: by } },
      clock,
    );
    this.orders = new Table(
      { name: 'orders', columns: orderColumns, owners: { customer_id: by } },
      clock,
    );
    this.benefits = new Table({ name: 'benefits', columns: benefitColumns, owners: org }, clock);
    // A member sees only the grants and keys that are theirs.
    const mine = { customer_id: by, member_id: 'member' } as const;
    this.grants = new Table({ name: 'grants', columns: grantColumns, owners: mine }, clock);
    this.paymentMethods = new Table(
      {
        name: 'paymentMethods',
        columns: paymentMethodColumns,
        owners: { customer_id: by },
        defaults: { type: 'card' },
      },
      clock,
    );
    // A seat carries no customer: it is the customer's whose subscription it is a seat of.
    this.seats = new Table(
      {
        name: 'seats',
        columns: seatColumns,
        owners: { subscription_id: this.subscriptions },
        defaults: { member_id: null, seat_metadata: null, claimed_at: null, revoked_at: null },
      },
      clock,
    );
    this.licenseKeys = new Table(
      { name: 'licenseKeys', columns: licenseKeyColumns, owners: mine },
      clock,
    );
    this.files = new Table({ name: 'files', columns: fileColumns, owners: org }, clock);
    this.meters = new Table({ name: 'meters', columns: meterColumns, owners: org }, clock);
    this.customerMeters = new Table(
      { name: 'customerMeters', columns: customerMeterColumns, owners: { customer_id: by } },
      clock,
    );
    this.wallets = new Table(
      { name: 'wallets', columns: walletColumns, owners: { customer_id: by } },
      clock,
    );
    this.sessionCodes = new Table(
      { name: 'sessionCodes', columns: sessionCodeColumns, owners: { customer_id: by } },
      clock,
    );
    this.sessions = new Table(
      {
        name: 'sessions',
        columns: sessionColumns,
        owners: { customer_id: by, member_id: 'member' },
        defaults: { return_url: null },
      },
      clock,
    );
    this.setupIntents = new Table(
      { name: 'setupIntents', columns: setupIntentColumns, owners: { customer_id: by } },
      clock,
    );
    this.emailUpdates = new Table(
      { name: 'emailUpdates', columns: emailUpdateColumns, owners: { customer_id: by } },
      clock,
    );
    this.reset();
  }

  /** Every table, the seed's first, in the order the state file lists them. */
  tables(): Table<{ id: string }>[] {
    return [
      this.organizations,
      this.customers,
      this.members,
      this.products,
      this.subscriptions,
      this.orders,
      this.benefits,
      this.grants,
      this.paymentMethods,
      this.seats,
      this.licenseKeys,
      this.files,
      this.meters,
      this.customerMeters,
      this.wallets,
      this.sessionCodes,
      this.sessions,
      this.setupIntents,
      this.emailUpdates,
    ] as Table<{ id: string }>[];
  }

  reset(): void {
    const seed: SeedData = createSeed(this.clock.now());
    for (const table of this.tables())
      table.replaceAll((seed as unknown as Record<string, { id: string }[]>)[table.name] ?? []);
  }

  /** Every table's rows as plain arrays, by table name. */
  snapshot(): Record<string, object[]> {
    return Object.fromEntries(this.tables().map((table) => [table.name, table.toJSON()]));
  }

  toJSON(): Record<string, object[]> {
    return this.snapshot();
  }

  /**
   * Puts saved tables in place: all of them or, when any table, row or column is not what the
   * mock keeps, none (an `InvalidTablesError` saying which, the store left as it was).
   */
  restore(saved: Record<string, unknown>): void {
    const tables = this.tables();
    const known = new Set(tables.map((table) => table.name));
    const unknown = Object.keys(saved).filter((name) => !known.has(name));
    if (unknown.length)
      throw new InvalidTablesError(
        `the mock has no table ${unknown.map((n) => `"${n}"`).join(', ')}`,
      );
    const missing = tables.find((table) => !(table.name in saved));
    if (missing) throw new InvalidTablesError(`table "${missing.name}" is missing`);
    const swaps = tables.map((table) => table.prepareRestore(saved[table.name]));
    for (const swap of swaps) swap();
  }

  /**
   * Drops what can never be used again (expired sign-in codes, sessions, email-change links)
   * and, past 10,000 of a kind, the oldest: sign-in would otherwise grow these tables without
   * end. Invisible to clients, which are told the same for an expired row as for a missing one;
   * the dev clock only moves forward, so an expired row cannot come back to life.
   */
  prune(now: number): void {
    const expired = (row: { expires_at: number }) => row.expires_at <= now;
    for (const table of [this.sessionCodes, this.sessions, this.emailUpdates]) {
      // Scanned without writing first: the usual request finds nothing to drop.
      if (table.some(expired)) table.remove(expired);
    }
    for (const table of [this.sessionCodes, this.sessions, this.emailUpdates, this.setupIntents]) {
      const excess = table.size - MAX_ROWS_PER_TABLE;
      if (excess > 0) table.remove((_, index) => index < excess);
    }
  }

  organization(id: string): OrganizationRow | undefined {
    return this.organizations.get(id);
  }

  customer(id: string): CustomerRow | undefined {
    const customer = this.customers.get(id);
    return customer?.deleted_at === null ? customer : undefined;
  }

  member(id: string): MemberRow | undefined {
    const member = this.members.get(id);
    return member?.deleted_at === null ? member : undefined;
  }
}
