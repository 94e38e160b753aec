import type { Clock } from '../clock.js';
import { createSeed, type SeedData } from './seed.js';
import type { EmailUpdateRow, SessionCodeRow, SessionRow, SetupIntentRow } from './rows.js';

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
