/**
 * The one gate for every URL that comes from the API and becomes a link (`href`), an image or
 * frame (`src`), or a navigation (`location.assign`, `window.open`).
 *
 * Why: the elements trust the API's data to be data, not code. A rewriting proxy, a compromised
 * CDN or a bug upstream could hand back `javascript:` (script in the merchant's page, where the
 * session token lives), `data:` or `blob:` (content that looks like ours), or plain `http:`
 * (readable and changeable on the way). Only `https:` passes, and `http:` to this machine's
 * loopback addresses, which is where the mock server runs.
 *
 * `SafeUrl` is a branded string: the helpers that link or navigate accept only it, so the type
 * checker finds a URL that skipped the gate.
 */

declare const checked: unique symbol;
/** A URL `safeUrl` accepted (in its parsed, normalized form). */
export type SafeUrl = string & { readonly [checked]: true };

/**
 * Printable ASCII only. The URL parser quietly drops tabs and newlines anywhere and spaces and
 * control characters at the ends ("java\tscript:", "  javascript:"), and reads `\` as `/`; an
 * API URL never needs them (pydantic sends hosts in punycode and paths percent-encoded), so a
 * string carrying them is refused before the parser can be talked round.
 */
const PRINTABLE_ASCII = /^[\x21-\x5b\x5d-\x7e]+$/; // 0x5c, the backslash, left out
/** Scheme and `//` spelled out: refuses `https:evil.example`, which parsers read differently. */
const ABSOLUTE = /^https?:\/\//i;
/** The URL parser writes every IPv4 form (`2130706433`, `0x7f.1`) as dotted decimal. */
const LOOPBACK_IPV4 = /^127(\.\d{1,3}){3}$/;

const isLoopback = (hostname: string) =>
  hostname === 'localhost' || hostname === '[::1]' || LOOPBACK_IPV4.test(hostname);

/**
 * The URL when it is safe to link to or open, else `null`: `https:`, or `http:` to 127.0.0.0/8,
 * `localhost` or `[::1]`. Refused besides: relative and protocol-relative URLs, any other
 * scheme, whitespace, control or non-ASCII characters, backslashes, and user names or passwords
 * (`https://polar.sh@evil.example` reads as Polar to a person).
 */
export function safeUrl(raw: unknown): SafeUrl | null {
  if (typeof raw !== 'string' || !PRINTABLE_ASCII.test(raw) || !ABSOLUTE.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.username || url.password || !url.hostname) return null;
  const allowed =
    url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname));
  return allowed ? (url.href as SafeUrl) : null;
}

/**
 * Runtime check of the brand too: a `SafeUrl` made with a cast instead of `safeUrl` is still
 * refused, so these helpers are a second line, not only a type.
 */
function ensure(url: SafeUrl): SafeUrl {
  const safe = safeUrl(url);
  if (!safe) throw new TypeError('portal-elements: refused to open an unsafe URL.');
  return safe;
}

/** Sends this page to `url` (Polar's OAuth page, which returns here). */
export function navigateTo(url: SafeUrl): void {
  location.assign(ensure(url));
}

/**
 * Opens `url` in a new tab that cannot reach back into this page (`noopener`: no
 * `window.opener`, its own browsing context group) and is not told this page's address
 * (`noreferrer`: the page's URL may carry the merchant's own parameters).
 */
export function openInNewTab(url: SafeUrl): void {
  window.open(ensure(url), '_blank', 'noopener,noreferrer');
}

/**
 * Sends a window this page opened (a popup, opened empty from the click) to `url`. The window
 * was opened by script, so it may be navigated and closed from here even once it is on
 * another origin.
 */
export function navigatePopup(popup: Window, url: SafeUrl): void {
  popup.location.replace(ensure(url));
}

/**
 * Whether the click that started an action still counts as the user's (Chrome: for 5 s), so a
 * new tab opened now is not taken for a popup. `false` where the browser cannot say.
 */
export function clickStillCounts(): boolean {
  return navigator.userActivation?.isActive ?? false;
}
