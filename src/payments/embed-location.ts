import { POLAR_API_BASE, POLAR_SANDBOX_API_BASE } from '../api/client.js';
import { safeUrl } from '../internal/safe-url.js';
import { EMBED_PATH } from './embed-protocol.js';

/**
 * Where the card embed is served and how its address is made, as `@polar-sh/checkout` makes it
 * (`createInline` / `create`): Polar's front end serves the frame, not its API, so the API base
 * maps to `https://polar.sh` or `https://sandbox.polar.sh`; any other API (the mock) serves
 * its stand-in frame on its own origin.
 */

const FRONT_ENDS: Readonly<Record<string, string>> = {
  [POLAR_API_BASE]: 'https://polar.sh',
  [POLAR_SANDBOX_API_BASE]: 'https://sandbox.polar.sh',
};

/** How the frame is shown: inside the element's page area, or as Polar's full-window modal. */
export type EmbedMode = 'inline' | 'modal';

export interface EmbedOptions {
  mode: EmbedMode;
  theme: 'light' | 'dark';
  /** BCP 47; the frame falls back to English for a language it does not have. */
  locale: string;
  /** Whether the new card becomes the default (Polar's default: it does). */
  setDefault: boolean;
}

/** Where the frame loads from, and the address (with the token) it loads. */
export interface CardEmbedTarget {
  origin: string;
  location: string;
}

/**
 * The frame's origin for an API base, or for the page's `card-embed-origin` when it set one
 * (an API behind a proxy). `null` when the override is not a bare `https:` (or loopback) origin:
 * the session token goes to that origin, so nothing else is accepted.
 */
export function embedOriginFor(apiBase: string, override?: string | null): string | null {
  if (override) {
    const url = safeUrl(override);
    const origin = url && new URL(url).origin;
    return origin && origin === override.replace(/\/$/, '') ? origin : null;
  }
  return FRONT_ENDS[apiBase] ?? new URL(apiBase).origin;
}

/**
 * The frame's address with Polar's parameters. The token is in it because that is how Polar's
 * frame is given the session (its page reads `session_token`); the elements never write it into
 * the page's DOM (see `card-embed.ts`). A modal returns to this page after a method that leaves
 * for the provider's page; an inline frame never navigates the page.
 */
export function embedLocation(origin: string, token: string, options: EmbedOptions): string {
  const url = new URL(EMBED_PATH, origin);
  url.searchParams.set('session_token', token);
  url.searchParams.set('embed', 'true');
  url.searchParams.set('embed_origin', location.origin);
  url.searchParams.set('mode', options.mode);
  if (options.mode === 'modal') url.searchParams.set('embed_return_url', location.href);
  url.searchParams.set('theme', options.theme);
  if (!options.setDefault) url.searchParams.set('set_default', 'false');
  url.searchParams.set('locale', options.locale);
  return url.toString();
}
