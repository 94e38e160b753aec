/**
 * Where a redirect may send the browser back to, as Polar's `get_safe_return_url`
 * (`server/polar/kit/http.py`) decides it with Django's `url_has_allowed_host_and_scheme`:
 *
 * - an `http:` or `https:` URL whose authority, as written (a user name included), is one of
 *   `ALLOWED_HOSTS`, is kept;
 * - a path (one `/`, then anything but another `/` or `\`) is joined to `FRONTEND_BASE_URL`;
 * - anything else becomes `FRONTEND_BASE_URL + FRONTEND_DEFAULT_RETURN_PATH`: never an error,
 *   never the attacker's page.
 *
 * Polar allows only its own front end (`polar.sh`), so a merchant's page on another host is not
 * returned to. In the mock, the mock's own origin stands in for that front end and is the one
 * host allowed by default; an operator adds more with `--allow-return-host` (`name` for any
 * port, `name:port` for one). The fallback is a page the mock serves (`RETURN_PAGE_PATH`).
 *
 * The front end is the origin the request was sent to. A client may write its own `Host`, but
 * only to redirect itself: a customer's browser names the host it really asked, and the
 * callback checks the signed `return_to` again against that one.
 */

/** Polar's `FRONTEND_DEFAULT_RETURN_PATH`, in the mock: "Account connected, close this window". */
export const RETURN_PAGE_PATH = '/__dev/oauth/return';

/** A return URL longer than any page of ours needs; also keeps the signed state small. */
const MAX_LENGTH = 2048;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** Whether `authority` (`host[:port]`, as written) is the front end's host or an allowed one. */
function isAllowedAuthority(authority: string, frontendHost: string, allowed: readonly string[]) {
  const written = authority.toLowerCase();
  if (written === frontendHost) return true;
  const name = written.replace(/:\d+$/, ''); // `[::1]:8000` → `[::1]`; `[::1]` stays
  return allowed.some((entry) => {
    const wanted = entry.toLowerCase();
    const hasPort = /:\d+$/.test(wanted) && (!wanted.startsWith('[') || wanted.includes(']:'));
    // A name without a port allows it on any port (the mock's extension of `ALLOWED_HOSTS`).
    return hasPort ? written === wanted : name === wanted;
  });
}

/**
 * The absolute URL `target` names when its authority (what follows `//`, up to the path), as
 * written, is allowed; else null. Compared as written, as Polar compares it: `http://2130706433`
 * is 127.0.0.1 to a browser's parser, but no allowed host.
 */
function allowedAbsolute(target: string, frontend: URL, allowed: readonly string[]): string | null {
  const authority = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#]*)/i.exec(target)?.[1];
  if (!authority || !isAllowedAuthority(authority, frontend.host, allowed)) return null;
  // `//host/x` takes the front end's scheme, as a browser resolves it.
  return URL.canParse(target, frontend) ? new URL(target, frontend).href : null;
}

/**
 * Where `returnTo` may send the browser, always an absolute URL: kept, joined to the front end
 * (`frontendOrigin`, the mock's own), or the front end's return page.
 */
export function safeReturnUrl(
  returnTo: string | null | undefined,
  frontendOrigin: string,
  allowedHosts: readonly string[],
): string {
  const frontend = new URL(frontendOrigin);
  const fallback = new URL(RETURN_PAGE_PATH, frontend).href;
  if (!returnTo || returnTo.length > MAX_LENGTH) return fallback;
  // Django reads `\` as `/` (`/\evil.example` is `//evil.example`) and Python's parser drops
  // tabs and newlines; the mock refuses them, and any whitespace or control character, outright.
  // eslint-disable-next-line no-control-regex -- the control characters are what we look for
  if (/[\\\u0000-\u0020\u007f]/.test(returnTo)) return fallback;
  if (returnTo.startsWith('///')) return fallback; // Django: never a host
  if (returnTo.startsWith('//'))
    return allowedAbsolute(returnTo, frontend, allowedHosts) ?? fallback;
  if (returnTo.startsWith('/')) {
    // Polar's `generate_frontend_url(path)`: the front end plus the path, nowhere else.
    const url = new URL(`${frontend.origin}${returnTo}`);
    return url.origin === frontend.origin ? url.href : fallback;
  }
  const scheme = SCHEME.exec(returnTo)?.[1]?.toLowerCase();
  // No scheme and no leading `/` (`account`, `@evil.example`): Polar refuses to join it, since
  // `https://polar.sh` + `@evil.example` would be evil.example's address.
  if (scheme !== 'http' && scheme !== 'https') return fallback;
  // `https:evil.example` names no host to Django, and another to browsers: refused.
  if (!returnTo.slice(scheme.length + 1).startsWith('//')) return fallback;
  return allowedAbsolute(returnTo, frontend, allowedHosts) ?? fallback;
}

/** `url` (absolute) with `params` added to its query, as Polar's `add_query_parameters`. */
export function withQuery(url: string, params: Record<string, string>): string {
  const target = new URL(url);
  for (const [key, value] of Object.entries(params)) target.searchParams.set(key, value);
  return target.href;
}
