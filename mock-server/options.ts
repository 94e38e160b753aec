import type { Clock } from './clock.js';
import type { WebhookEndpoint } from './webhooks/log.js';

/** How the mock behaves: the same options for the Node server's flags and the browser worker. */
export interface MockOptions {
  /**
   * Sign-in code alphabet. `digits` (default): 6 digits, as the product description promises.
   * `polar`: 6 of A-Z0-9, Polar's production alphabet.
   */
  codeAlphabet?: CodeAlphabet;
  /**
   * `polar` (default): Polar's production limits. `relaxed`: ten times looser with a one-minute
   * block, for designers and test suites that sign in all day. `off`: no limits.
   */
  rateLimit?: RateLimitMode;
  /** Source of time; tests inject a `ManualClock`. Defaults to the system clock. */
  clock?: Clock;
  /** Where to deliver webhooks, signed; without it they are only logged (`GET /__dev/webhooks`). */
  webhook?: WebhookEndpoint;
  /**
   * The process's signing key: it hashes codes and tokens at rest and signs every link and
   * OAuth state the mock hands out. Random for each new mock unless given (`--signing-secret`);
   * a state file keeps it, so links and sessions survive a restart.
   */
  secret?: string;
  /**
   * Hosts an OAuth `return_to` may send the browser back to besides the mock's own origin, which
   * stands in for Polar's front end (Polar's `ALLOWED_HOSTS`): `merchant.example` for any port,
   * `merchant.example:8443` for one. Anything else, loopback pages on other ports included,
   * lands on the mock's return page (`/__dev/oauth/return`), as Polar's lands on its front end.
   */
  allowedReturnHosts?: readonly string[];
  /**
   * Let the development controls (`/__dev/emails`, `/__dev/reset`, `/__dev/clock`, ...) answer
   * callers on other machines. Off by default: the mailbox holds every sign-in code, so a mock
   * bound to a shared network would hand any account to whoever asks.
   */
  exposeDevRoutes?: boolean;
  /**
   * Count clients by their `True-Client-IP` header, as Polar does behind its CDN, which sets it.
   * Off by default: with no proxy in front, any caller could choose the header and step around
   * the sign-in limit with a new address per guess. Turn it on behind a proxy that sets it, or
   * in tests that play several clients.
   */
  trustClientIpHeader?: boolean;
}

export type CodeAlphabet = 'digits' | 'polar';
export type RateLimitMode = 'polar' | 'relaxed' | 'off';

export const CODE_ALPHABETS: readonly CodeAlphabet[] = ['digits', 'polar'];
export const RATE_LIMIT_MODES: readonly RateLimitMode[] = ['polar', 'relaxed', 'off'];
