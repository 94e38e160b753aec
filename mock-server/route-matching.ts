import type { Route } from './routing.js';

/** A route's path as a regular expression, compiled once, with its `:param` names. */
interface CompiledRoute {
  route: Route;
  pattern: RegExp;
  names: string[];
}

function compile(route: Route): CompiledRoute {
  const names: string[] = [];
  const source = route.path
    .split('/')
    .map((segment) => {
      if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(segment.slice(1));
      return '([^/]+)';
    })
    .join('/');
  return { route, pattern: new RegExp(`^${source}$`), names };
}

/**
 * A path parameter percent-decoded as Starlette gets it (Python's `unquote`): each valid `%XX`
 * is a byte, anything else stays as it came, and bytes that are not UTF-8 become U+FFFD. It
 * never throws, so `%E0%A4%A` reaches the handler (a 422 there) rather than failing before it.
 */
function decodeParam(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    const bytes: number[] = [];
    const encoder = new TextEncoder();
    for (let i = 0; i < value.length; i++) {
      const hex = value.slice(i + 1, i + 3);
      if (value[i] === '%' && /^[0-9a-f]{2}$/i.test(hex)) {
        bytes.push(parseInt(hex, 16));
        i += 2;
      } else bytes.push(...encoder.encode(value[i]));
    }
    return new TextDecoder().decode(new Uint8Array(bytes));
  }
}

/**
 * A router over compiled routes. MSW matches each handler's path by compiling it on every
 * request (path-to-regexp), which with sixty routes was most of the mock's time per request
 * (`npm run bench`); one MSW handler per group dispatching here answers the same, in order.
 */
export function router(routes: Route[]) {
  const compiled = routes.map(compile);
  return {
    find(method: string, pathname: string) {
      for (const { route, pattern, names } of compiled) {
        if (route.method !== method) continue;
        const match = pattern.exec(pathname);
        if (match)
          return {
            route,
            params: Object.fromEntries(names.map((name, i) => [name, decodeParam(match[i + 1]!)])),
          };
      }
      return null;
    },
    /** Whether any route, of any method, has this path. */
    knows: (pathname: string) => compiled.some(({ pattern }) => pattern.test(pathname)),
  };
}
