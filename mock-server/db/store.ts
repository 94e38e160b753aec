import type { Clock } from '../clock.js';
import { createSeed, type SeedData } from './seed/index.js';
import type { EmailUpdateRow, SessionCodeRow, SessionRow, SetupIntentRow } from './rows.js';

const MAX_ROWS_PER_TABLE = 10_000;

/**
 * The in-memory database: the seed's tables plus what sign-in creates. `reset()` puts it back
 * to the seed (dates re-anchored at the clock's now).
 */
export class MockDatabase implements SeedData {
  organizations!: SeedData['organizations'];
  customers!: SeedData['customers'];
  members!: SeedData['members'];
  products!: SeedData['products'];
  subscriptions!: SeedData['subscriptions'];
  orders!: SeedData['orders'];
  benefits!: SeedData['benefits'];
  grants!: SeedData['grants'];
  paymentMethods!: SeedData['paymentMethods'];
  seats!: SeedData['seats'];
  licenseKeys!: SeedData['licenseKeys'];
  files!: SeedData['files'];
  meters!: SeedData['meters'];
  customerMeters!: SeedData['customerMeters'];
  wallets!: SeedData['wallets'];
  sessionCodes: SessionCodeRow[] = [];
  sessions: SessionRow[] = [];
  /** Card setups waiting for the customer's 3-D Secure step (see `services/customer.ts`). */
  setupIntents: SetupIntentRow[] = [];
  emailUpdates: EmailUpdateRow[] = [];

  constructor(private readonly clock: Clock) {
    this.reset();
  }

  reset(): void {
    Object.assign(this, createSeed(this.clock.now()));
    this.sessionCodes = [];
    this.sessions = [];
    this.setupIntents = [];
    this.emailUpdates = [];
  }

  /**
   * Drops what can never be used again (expired sign-in codes, sessions, email-change links)
   * and, past 10,000 of a kind, the oldest: sign-in would otherwise grow these tables without
   * end. Invisible to clients, which are told the same for an expired row as for a missing one;
   * the dev clock only moves forward, so an expired row cannot come back to life.
   */
  prune(now: number): void {
    // Tables are replaced only when something goes: the usual request leaves them as they are.
    const live = <T extends { expires_at: number }>(rows: T[]) =>
      rows.some((row) => row.expires_at <= now) || rows.length > MAX_ROWS_PER_TABLE
        ? rows.filter((row) => row.expires_at > now).slice(-MAX_ROWS_PER_TABLE)
        : rows;
    this.sessionCodes = live(this.sessionCodes);
    this.sessions = live(this.sessions);
    this.emailUpdates = live(this.emailUpdates);
    if (this.setupIntents.length > MAX_ROWS_PER_TABLE)
      this.setupIntents = this.setupIntents.slice(-MAX_ROWS_PER_TABLE);
  }

  organization(id: string) {
    return this.organizations.find((o) => o.id === id);
  }

  customer(id: string) {
    return this.customers.find((c) => c.id === id && c.deleted_at === null);
  }

  member(id: string) {
    return this.members.find((m) => m.id === id && m.deleted_at === null);
  }
}
