import type { Clock } from './clock.js';
import type { RateLimitMode } from './options.js';

/**
 * Polar's limiter (`server/polar/rate_limit.py`, reference.md §6): limits per client identity
 * and zone; a zone with a block time blocks the identity on every limited path once any of its
 * limits is exceeded.
 *
 * Two things are stricter than Polar's Redis counters, on purpose:
 * - A limit holds over any span of its length (a sliding log of the last `limit` hits), not per
 *   window: fixed windows let a client spend two windows' allowance across a boundary.
 * - A request may be counted for several identities at once (its network address and the
 *   customer behind its session), and passes only if every one of them is within its limits, so
 *   no second identity a caller can bring adds to the allowance of its address.
 */

interface Limit {
  limit: number;
  seconds: number;
}

interface Zone {
  name: string;
  /** Matched against the route's path template, so no spelling of a path avoids its zone. */
  pattern: RegExp;
  limits: Limit[];
  blockSeconds?: number;
}

const POLAR_ZONES: Zone[] = [
  {
    name: 'customer-session-login',
    pattern: /^\/v1\/customer-portal\/customer-session\/(request|authenticate)/,
    limits: [
      { limit: 6, seconds: 60 },
      { limit: 12, seconds: 3600 },
    ],
    blockSeconds: 900,
  },
  {
    name: 'customer-email-update',
    pattern: /^\/v1\/customer-portal\/customers\/me\/email-update\/(request|check|verify)/,
    limits: [
      { limit: 6, seconds: 60 },
      { limit: 12, seconds: 3600 },
    ],
    blockSeconds: 900,
  },
  {
    name: 'customer-license-key',
    pattern: /^\/v1\/customer-portal\/license-keys\/(validate|activate|deactivate)/,
    limits: [{ limit: 3, seconds: 1 }],
    blockSeconds: 60,
  },
  // Production's catch-all: 500 a minute per customer or member.
  { name: 'api', pattern: /^\/v1\//, limits: [{ limit: 500, seconds: 60 }] },
];

/** Ten times looser, and a one-minute block instead of fifteen. */
const RELAXED_ZONES: Zone[] = POLAR_ZONES.map((zone) => ({
  ...zone,
  limits: zone.limits.map((l) => ({ ...l, limit: l.limit * 10 })),
  blockSeconds: zone.blockSeconds === undefined ? undefined : 60,
}));

const ZONES: Record<RateLimitMode, Zone[]> = {
  polar: POLAR_ZONES,
  relaxed: RELAXED_ZONES,
  off: [],
};

/** Past this many tracked keys, the ones with nothing left to remember are dropped. */
const MAX_TRACKED_KEYS = 50_000;

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export class RateLimiter {
  /** Per `zone|identity|seconds`: the times of the latest hits, oldest first, at most `limit`. */
  private readonly hits = new Map<string, number[]>();
  private readonly blockedUntil = new Map<string, number>();

  constructor(
    private readonly mode: RateLimitMode,
    private readonly clock: Clock,
  ) {}

  /** Whether the route at `pathTemplate` is in a zone that blocks (the sign-in zone, say). */
  isSensitive(pathTemplate: string): boolean {
    return this.zoneOf(pathTemplate)?.blockSeconds !== undefined;
  }

  /**
   * Counts one request to the route at `pathTemplate` for each of `identities` and says whether
   * it may pass. A refused request is not counted: it reached nothing.
   */
  hit(identities: readonly string[], pathTemplate: string): RateLimitDecision {
    const zone = this.zoneOf(pathTemplate);
    if (!zone || identities.length === 0) return { allowed: true };
    const now = this.clock.now();

    const blockedUntil = Math.max(0, ...identities.map((id) => this.blockedUntil.get(id) ?? 0));
    if (blockedUntil > now)
      return { allowed: false, retryAfterSeconds: (blockedUntil - now) / 1000 };

    let waitMs = 0;
    for (const identity of identities) {
      for (const { limit, seconds } of zone.limits) {
        const log = this.recent(`${zone.name}|${identity}|${seconds}`, now - seconds * 1000);
        if (log.length >= limit) waitMs = Math.max(waitMs, log[0]! + seconds * 1000 - now);
      }
    }
    if (waitMs > 0) {
      if (zone.blockSeconds === undefined)
        return { allowed: false, retryAfterSeconds: waitMs / 1000 };
      for (const identity of identities)
        this.blockedUntil.set(identity, now + zone.blockSeconds * 1000);
      return { allowed: false, retryAfterSeconds: zone.blockSeconds };
    }
    for (const identity of identities) {
      for (const { limit, seconds } of zone.limits) {
        const key = `${zone.name}|${identity}|${seconds}`;
        const log = this.recent(key, now - seconds * 1000);
        log.push(now);
        if (log.length > limit) log.shift();
        this.hits.set(key, log);
      }
    }
    this.forgetIdle(now);
    return { allowed: true };
  }

  reset(): void {
    this.hits.clear();
    this.blockedUntil.clear();
  }

  private zoneOf(pathTemplate: string): Zone | undefined {
    return ZONES[this.mode].find((z) => z.pattern.test(pathTemplate));
  }

  /** The hits of `key` after `since`, oldest first. */
  private recent(key: string, since: number): number[] {
    const log = this.hits.get(key) ?? [];
    while (log.length > 0 && log[0]! <= since) log.shift();
    return log;
  }

  /** Bounds memory under a flood of identities (with `--trust-proxy`, any address can be sent). */
  private forgetIdle(now: number): void {
    if (this.hits.size + this.blockedUntil.size <= MAX_TRACKED_KEYS) return;
    const longest = Math.max(...ZONES[this.mode].flatMap((z) => z.limits.map((l) => l.seconds)));
    for (const [key, log] of this.hits)
      if ((log.at(-1) ?? 0) <= now - longest * 1000) this.hits.delete(key);
    for (const [identity, until] of this.blockedUntil)
      if (until <= now) this.blockedUntil.delete(identity);
  }
}
