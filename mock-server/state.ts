import { OffsetClock, systemClock } from './clock.js';
import { ALNUM, randomString } from './crypto.js';
import { MockDatabase } from './db/store.js';
import { Mailbox, type SentEmail } from './mailbox.js';
import type { CodeAlphabet, MockOptions, RateLimitMode } from './options.js';
import { RateLimiter } from './rate-limit.js';
import { WebhookLog, type WebhookEvent } from './webhooks/log.js';

/** What the state file holds; version 2 keeps the store as typed tables (`db/table.ts`). */
export const SNAPSHOT_VERSION = 2;

export interface MockSnapshot {
  version: typeof SNAPSHOT_VERSION;
  /** Each table's rows, by table name. */
  db: Record<string, unknown>;
  emails: SentEmail[];
  webhooks: WebhookEvent[];
  clock_offset_ms: number;
  /** The signing key the hashes and links in `db` were made with (absent in older files). */
  secret?: string;
}

/** Everything one mock instance remembers. Handlers read and change it; nothing else does. */
export class MockState {
  readonly clock: OffsetClock;
  readonly db: MockDatabase;
  readonly mailbox: Mailbox;
  readonly limiter: RateLimiter;
  /** Whether the limiter takes the client's address from `True-Client-IP` (see MockOptions). */
  readonly trustClientIpHeader: boolean;
  /** Whether the development controls answer callers other than this machine (`--expose-dev-routes`). */
  readonly exposeDevRoutes: boolean;
  readonly webhooks: WebhookLog;
  /** Dev controls: added delay and injected failures on Polar's routes (`/__dev/latency`, `/__dev/faults`). */
  latency = { min_ms: 0, max_ms: 0 };
  faults = { error_rate: 0, drop_rate: 0 };
  readonly codeAlphabet: CodeAlphabet;
  readonly rateLimitMode: RateLimitMode;
  /** See `MockOptions.secret`; replaced by the saved one when a state file is restored. */
  secret: string;
  readonly allowedReturnHosts: readonly string[];

  constructor(options: MockOptions = {}) {
    this.clock = new OffsetClock(options.clock ?? systemClock);
    this.codeAlphabet = options.codeAlphabet ?? 'digits';
    this.rateLimitMode = options.rateLimit ?? 'polar';
    this.secret = options.secret ?? randomString(43, ALNUM);
    this.allowedReturnHosts = options.allowedReturnHosts ?? [];
    this.exposeDevRoutes = options.exposeDevRoutes ?? false;
    this.db = new MockDatabase(this.clock);
    this.mailbox = new Mailbox(this.clock);
    this.limiter = new RateLimiter(this.rateLimitMode, this.clock);
    this.trustClientIpHeader = options.trustClientIpHeader ?? false;
    this.webhooks = new WebhookLog(this.clock, options.webhook ?? null);
  }

  /** Everything worth keeping across a restart, as plain JSON. The limiter starts afresh. */
  snapshot(): MockSnapshot {
    return {
      version: SNAPSHOT_VERSION,
      db: this.db.snapshot(),
      emails: this.mailbox.list(),
      webhooks: this.webhooks.list(),
      clock_offset_ms: this.clock.offsetMs,
      secret: this.secret,
    };
  }

  /**
   * Puts a snapshot back. The tables are checked first, every one of them, and a snapshot whose
   * tables are not what the mock keeps throws `InvalidTablesError` with nothing changed.
   */
  restore(snapshot: MockSnapshot): void {
    this.db.restore(snapshot.db);
    this.mailbox.restore(snapshot.emails);
    this.webhooks.restore(snapshot.webhooks);
    this.clock.offsetMs = snapshot.clock_offset_ms;
    if (typeof snapshot.secret === 'string' && snapshot.secret) this.secret = snapshot.secret;
  }

  /** Back to the seed: data, mailbox, webhook log, limiter, dev clock, latency and faults. */
  reset(): void {
    this.clock.offsetMs = 0;
    this.db.reset();
    this.mailbox.clear();
    this.limiter.reset();
    this.webhooks.clear();
    this.latency = { min_ms: 0, max_ms: 0 };
    this.faults = { error_rate: 0, drop_rate: 0 };
  }
}
