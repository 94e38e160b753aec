import type { Clock } from './clock.js';
import type { RateLimitMode } from './options.js';

/**
 * Polar's limiter (reference.md §6): fixed-window counters per client identity and zone; a zone
 * with a block time blocks the identity on every limited path once any window is exceeded.
 */

interface Window {
  limit: number;
  seconds: number;
}

interface Zone {
  name: string;
  pattern: RegExp;
  windows: Window[];
  blockSeconds?: number;
}

const POLAR_ZONES: Zone[] = [
  {
    name: 'customer-session-login',
    pattern: /^\/v1\/customer-portal\/customer-session\/(request|authenticate)/,
    windows: [
      { limit: 6, seconds: 60 },
      { limit: 12, seconds: 3600 },
    ],
    blockSeconds: 900,
  },
  {
    name: 'customer-email-update',
    pattern: /^\/v1\/customer-portal\/customers\/me\/email-update\/(request|check|verify)/,
    windows: [
      { limit: 6, seconds: 60 },
      { limit: 12, seconds: 3600 },
    ],
    blockSeconds: 900,
  },
  {
    name: 'license-keys',
    pattern: /^\/v1\/customer-portal\/license-keys\/(validate|activate|deactivate)/,
    windows: [{ limit: 3, seconds: 1 }],
    blockSeconds: 60,
  },
  // Production's catch-all: 500 a minute per customer or member.
  { name: 'default', pattern: /^\/v1\//, windows: [{ limit: 500, seconds: 60 }] },
];

/** Ten times looser, and a one-minute block instead of fifteen. */
const RELAXED_ZONES: Zone[] = POLAR_ZONES.map((zone) => ({
  ...zone,
  windows: zone.windows.map((w) => ({ ...w, limit: w.limit * 10 })),
  blockSeconds: zone.blockSeconds === undefined ? undefined : 60,
}));

const ZONES: Record<RateLimitMode, Zone[]> = {
  polar: POLAR_ZONES,
  relaxed: RELAXED_ZONES,
  off: [],
};

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export class RateLimiter {
  private readonly counters = new Map<string, { windowStart: number; count: number }>();
  private readonly blockedUntil = new Map<string, number>();

  constructor(
    private readonly mode: RateLimitMode,
    private readonly clock: Clock,
  ) {}

  /** Counts one request of `identity` to `path` and says whether it may pass. */
  hit(identity: string, path: string): RateLimitDecision {
    const zone = ZONES[this.mode].find((z) => z.pattern.test(path));
    if (!zone) return { allowed: true };
    const now = this.clock.now();

    const blockedUntil = this.blockedUntil.get(identity) ?? 0;
    if (blockedUntil > now)
      return { allowed: false, retryAfterSeconds: (blockedUntil - now) / 1000 };

    for (const window of zone.windows) {
      const windowMs = window.seconds * 1000;
      const windowStart = Math.floor(now / windowMs) * windowMs;
      const key = `${zone.name}:${identity}:${window.seconds}`;
      const counter = this.counters.get(key);
      const count = counter && counter.windowStart === windowStart ? counter.count + 1 : 1;
      this.counters.set(key, { windowStart, count });
      if (count > window.limit) {
        if (zone.blockSeconds !== undefined) {
          this.blockedUntil.set(identity, now + zone.blockSeconds * 1000);
          return { allowed: false, retryAfterSeconds: zone.blockSeconds };
        }
        return { allowed: false, retryAfterSeconds: (windowStart + windowMs - now) / 1000 };
      }
    }
    return { allowed: true };
  }

  reset(): void {
    this.counters.clear();
    this.blockedUntil.clear();
  }
}
