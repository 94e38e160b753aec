/**
 * Where a redirect may send the browser back to, as Polar's `get_safe_return_url`
 * (`server/polar/kit/http.py`) decides it: an `http:` or `https:` URL on an allowed host, or a
 * path on our own origin; anything else falls back to the default, never to an error and never to
 * the attacker's page. Polar allows its own front-end hosts; the mock allows loopback (a merchant's
 * page under test runs there), its own host, and the hosts given with `--allow-return-host`.
 */

const MAX_LENGTH = 2048;

function isLoopback(hostname: string): boolean {
  return (
    hostname === 'localhost' ||
    hostname.endsWith('.localhost') ||
    hostname === '[::1]' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname)
  );
}

/** Whether `host` (`name` or `name:port`, as `URL.host`) matches an allowed entry. */
function isAllowedHost(url: URL, ownHost: string, allowed: readonly string[]): boolean {
  if (isLoopback(url.hostname) || url.host === ownHost) return true;
  return allowed.some((entry) => {
    const wanted = entry.toLowerCase();
    return wanted.includes(':') && !wanted.startsWith('[')
      ? url.host === wanted
      : url.hostname === wanted;
  });
}

export function safeReturnUrl(
  returnTo: string | null | undefined,
  origin: string,
  allowedHosts: readonly string[],
): string {
  const fallback = `${origin}/`;
  if (!returnTo || returnTo.length > MAX_LENGTH) return fallback;
  // Backslashes and control characters are how `/\evil.example` and `java\tscript:` get past
  // naive checks: browsers read `\` as `/` and drop tabs and newlines from URLs.
  // eslint-disable-next-line no-control-regex -- the control characters are what we look for
  if (/[\\\u0000-\u0020\u007f]/.test(returnTo)) return fallback;
  if (returnTo.startsWith('/')) {
    if (returnTo.startsWith('//')) return fallback; // protocol-relative: another host
    const url = new URL(returnTo, origin);
    return url.origin === origin ? url.href : fallback;
  }
  if (!URL.canParse(returnTo)) return fallback;
  const url = new URL(returnTo);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return fallback;
  if (url.username || url.password) return fallback; // `https://ok@evil.example` reads as ok
  return isAllowedHost(url, new URL(origin).host, allowedHosts) ? url.href : fallback;
}
