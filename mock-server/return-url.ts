/**
 * Where a redirect may send the browser back to, as Polar's `get_safe_return_url`
 * (`server/polar/kit/http.py`) decides it: an `http:` or `https:` URL on an allowed host, or a
 * path; anything else falls back to the default, never to an error and never to the attacker's
 * page. Polar allows its own front-end hosts; the mock allows loopback (a merchant's page under
 * test runs there) and the hosts given with `--allow-return-host`.
 *
 * Paths and the fallback are answered as paths (`/account`, `/`), not joined to the request's
 * `Host`: that header is the client's to write, and a relative `Location` is resolved by the
 * browser against the host it really asked, so it cannot be pointed elsewhere.
 */

const MAX_LENGTH = 2048;
const FALLBACK = '/';

function isLoopback(hostname: string): boolean {
  return (
    hostname === 'localhost' ||
    hostname.endsWith('.localhost') ||
    hostname === '[::1]' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname)
  );
}

/** Whether the URL's host (`name`, or `name:port` when the entry names one) is allowed. */
function isAllowedHost(url: URL, allowed: readonly string[]): boolean {
  if (isLoopback(url.hostname)) return true;
  return allowed.some((entry) => {
    const wanted = entry.toLowerCase();
    const hasPort = /:\d+$/.test(wanted) && (!wanted.startsWith('[') || wanted.includes(']:'));
    return hasPort ? url.host === wanted : url.hostname === wanted;
  });
}

/** An absolute URL on an allowed host, or a path starting with one `/`. */
export function safeReturnUrl(
  returnTo: string | null | undefined,
  allowedHosts: readonly string[],
): string {
  if (!returnTo || returnTo.length > MAX_LENGTH) return FALLBACK;
  // Backslashes and control characters are how `/\evil.example` and `java\tscript:` get past
  // naive checks: browsers read `\` as `/` and drop tabs and newlines from URLs.
  // eslint-disable-next-line no-control-regex -- the control characters are what we look for
  if (/[\\\u0000-\u0020\u007f]/.test(returnTo)) return FALLBACK;
  if (returnTo.startsWith('/')) {
    if (returnTo.startsWith('//')) return FALLBACK; // protocol-relative: another host
    const url = new URL(returnTo, 'http://path.invalid');
    return url.host === 'path.invalid' ? `${url.pathname}${url.search}${url.hash}` : FALLBACK;
  }
  if (!URL.canParse(returnTo)) return FALLBACK;
  const url = new URL(returnTo);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return FALLBACK;
  if (url.username || url.password) return FALLBACK; // `https://ok@evil.example` reads as ok
  return isAllowedHost(url, allowedHosts) ? url.href : FALLBACK;
}

/** `url` (absolute, or a path) with `params` added to its query, kept absolute or a path. */
export function withQuery(url: string, params: Record<string, string>): string {
  const isPath = url.startsWith('/');
  const target = new URL(url, 'http://path.invalid');
  for (const [key, value] of Object.entries(params)) target.searchParams.set(key, value);
  return isPath ? `${target.pathname}${target.search}${target.hash}` : target.href;
}
