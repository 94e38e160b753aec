import type { Clock } from '../clock.js';
import { InvalidTablesError, type Columns } from './columns.js';
import * as rows from './rows.js';
import { createSeed, type SeedData } from './seed/index.js';
import { Table, type Ownership } from './table.js';

const MAX_ROWS_PER_TABLE = 10_000;

/** A new member is a plain member of nobody's naming, with no connected accounts yet. */
type MemberDefaults = 'name' | 'external_id' | 'role' | 'oauth_accounts' | 'deleted_at';
type SeatDefaults = 'member_id' | 'seat_metadata' | 'claimed_at' | 'revoked_at';

const byCustomer = { customer_id: 'customer' } as const;
const byOrganization = { organization_id: 'organization' } as const;
/** A member sees only the grants, keys and sessions that are theirs. */
const byMember = { customer_id: 'customer', member_id: 'member' } as const;

/**
 * The in-memory database: one typed table per kind of row (`db/table.ts`), the seed's plus what
 * sign-in creates, each declared with whose its rows are. Table objects stay for the life of the
 * store; `reset()` and `restore()` replace what they hold. `reset()` puts the seed back (dates
 * re-anchored at the clock's now).
 */
export class MockDatabase {
  readonly organizations: Table<rows.OrganizationRow>;
  /** The merchants' backend credentials (`POST /v1/customer-sessions/`). */
  readonly organizationAccessTokens: Table<rows.OrganizationAccessTokenRow>;
  readonly customers: Table<rows.CustomerRow>;
  readonly members: Table<rows.MemberRow, MemberDefaults>;
  readonly products: Table<rows.ProductRow>;
  readonly subscriptions: Table<rows.SubscriptionRow>;
  readonly orders: Table<rows.OrderRow>;
  readonly benefits: Table<rows.BenefitRow>;
  readonly grants: Table<rows.BenefitGrantRow>;
  readonly paymentMethods: Table<rows.PaymentMethodRow, 'type'>;
  readonly seats: Table<rows.SeatRow, SeatDefaults>;
  readonly licenseKeys: Table<rows.LicenseKeyRow>;
  readonly files: Table<rows.FileRow>;
  readonly meters: Table<rows.MeterRow>;
  readonly customerMeters: Table<rows.CustomerMeterRow>;
  readonly wallets: Table<rows.WalletRow>;
  readonly sessionCodes: Table<rows.SessionCodeRow>;
  readonly sessions: Table<rows.SessionRow, 'return_url'>;
  /** Card setups waiting for the customer's 3-D Secure step (see `services/customer.ts`). */
  readonly setupIntents: Table<rows.SetupIntentRow>;
  readonly emailUpdates: Table<rows.EmailUpdateRow>;

  constructor(private readonly clock: Clock) {
    const table = <Row extends { id: string }, Defaulted extends keyof Row = never>(
      name: string,
      columns: Columns<Row>,
      owners: Ownership<Row>,
      defaults?: Pick<Row, Defaulted>,
    ) => new Table<Row, Defaulted>({ name, columns, owners, defaults }, clock);
    this.organizations = table('organizations', rows.organizationColumns, { id: 'organization' });
    this.organizationAccessTokens = table(
      'organizationAccessTokens',
      rows.organizationAccessTokenColumns,
      byOrganization,
    );
    this.customers = table('customers', rows.customerColumns, { id: 'customer' });
    this.members = table('members', rows.memberColumns, byCustomer, {
      name: null,
      external_id: null,
      role: 'member',
      oauth_accounts: {},
      deleted_at: null,
    });
    this.products = table('products', rows.productColumns, byOrganization);
    this.subscriptions = table('subscriptions', rows.subscriptionColumns, byCustomer);
    this.orders = table('orders', rows.orderColumns, byCustomer);
    this.benefits = table('benefits', rows.benefitColumns, byOrganization);
    this.grants = table('grants', rows.grantColumns, byMember);
    this.paymentMethods = table('paymentMethods', rows.paymentMethodColumns, byCustomer, {
      type: 'card',
    });
    // A seat carries no customer: it is the customer's whose subscription it is a seat of.
    this.seats = table(
      'seats',
      rows.seatColumns,
      { subscription_id: this.subscriptions },
      { member_id: null, seat_metadata: null, claimed_at: null, revoked_at: null },
    );
    this.licenseKeys = table('licenseKeys', rows.licenseKeyColumns, byMember);
    this.files = table('files', rows.fileColumns, byOrganization);
    this.meters = table('meters', rows.meterColumns, byOrganization);
    this.customerMeters = table('customerMeters', rows.customerMeterColumns, byCustomer);
    this.wallets = table('wallets', rows.walletColumns, byCustomer);
    this.sessionCodes = table('sessionCodes', rows.sessionCodeColumns, byCustomer);
    this.sessions = table('sessions', rows.sessionColumns, byMember, { return_url: null });
    this.setupIntents = table('setupIntents', rows.setupIntentColumns, byCustomer);
    this.emailUpdates = table('emailUpdates', rows.emailUpdateColumns, byCustomer);
    this.reset();
  }

  /** Every table, the seed's first, in the order the state file lists them. */
  tables(): Table<{ id: string }>[] {
    return [
      this.organizations,
      this.organizationAccessTokens,
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
    ] as unknown as Table<{ id: string }>[];
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

  organization(id: string): rows.OrganizationRow | undefined {
    return this.organizations.get(id);
  }

  customer(id: string): rows.CustomerRow | undefined {
    const customer = this.customers.get(id);
    return customer?.deleted_at === null ? customer : undefined;
  }

  member(id: string): rows.MemberRow | undefined {
    const member = this.members.get(id);
    return member?.deleted_at === null ? member : undefined;
  }
}
