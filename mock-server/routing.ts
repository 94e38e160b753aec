import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { MockApiError, methodNotAllowed, rateLimited, routeNotFound } from './errors.js';
import type { MockState } from './state.js';

/**
 * Routes are small functions from a request to a response. `toHandlers` wraps each in the
 * pipeline every Polar request goes through (API version, rate limit, error envelopes, headers)
 * and hands them to MSW, which serves them in the browser and, through `node.ts`, over HTTP.
 */

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface RouteContext {
  request: Request;
  url: URL;
  params: Record<string, string>;
  state: MockState;
}

export interface Route {
  method: Method;
  /** Path with `:param` segments, e.g. `/v1/customer-portal/subscriptions/:id`. */
  path: string;
  handle: (ctx: RouteContext) => Response | Promise<Response>;
}

const SUPPORTED_VERSIONS = ['2026-04', '2026-10'];
const DEFAULT_VERSION = '2026-04';

/** The header the Node adapter sets from the socket; a client cannot choose it. */
export const REMOTE_ADDRESS_HEADER = 'x-mock-remote-address';

/**
 * Who the limiter counts: the bearer token when there is one (hashed, never kept as is), else the
 * client's address: the socket's, or `True-Client-IP` when the mock is told a proxy sets it.
 */
function clientIdentity(request: Request, trustClientIpHeader: boolean): string {
  const auth = request.headers.get('authorization');
  const token = auth?.match(/^bearer\s+(.+)$/i)?.[1];
  if (token) {
    let hash = 0x811c9dc5;
    for (let i = 0; i < token.length; i++)
      hash = Math.imul(hash ^ token.charCodeAt(i), 0x01000193) >>> 0;
    return `token:${hash.toString(36)}:${token.length}`;
  }
  const address =
    (trustClientIpHeader ? request.headers.get('true-client-ip') : null) ??
    request.headers.get(REMOTE_ADDRESS_HEADER) ??
    'local';
  return `ip:${address}`;
}

/** The dev controls' delay and faults, before Polar's pipeline; null to go on as usual. */
async function injectDevConditions(state: MockState): Promise<Response | null> {
  const { min_ms, max_ms } = state.latency;
  if (max_ms > 0) await delay(min_ms + Math.random() * (max_ms - min_ms));
  const roll = Math.random();
  if (roll < state.faults.drop_rate) return HttpResponse.error(); // the connection drops
  if (roll < state.faults.drop_rate + state.faults.error_rate) {
    return Response.json(
      { detail: 'Internal Server Error (injected by /__dev/faults)' },
      { status: 500 },
    );
  }
  return null;
}

async function runPolarPipeline(route: Route, ctx: RouteContext): Promise<Response> {
  const injected = await injectDevConditions(ctx.state);
  if (injected) return injected;

  const requested = ctx.request.headers.get('polar-version');
  if (requested !== null && !SUPPORTED_VERSIONS.includes(requested))
    return routeNotFound().toResponse();
  const version = requested ?? DEFAULT_VERSION;

  let response: Response;
  const decision = ctx.state.limiter.hit(
    clientIdentity(ctx.request, ctx.state.trustClientIpHeader),
    ctx.url.pathname,
  );
  if (!decision.allowed) {
    // The limiter answers before Polar's app: no version or cache headers on a 429.
    return rateLimited(decision.retryAfterSeconds).toResponse();
  }
  try {
    response = await route.handle(ctx);
  } catch (error) {
    response = errorResponse(error);
  }
  response.headers.set('polar-version', version);
  if (!response.headers.has('cache-control'))
    response.headers.set('cache-control', 'private, no-store');
  return response;
}

function errorResponse(error: unknown): Response {
  if (error instanceof MockApiError) return error.toResponse();
  // A bug in the mock, not a behaviour of Polar's: say so loudly rather than hang.
  console.error('[mock-server] unexpected error', error);
  return Response.json({ error: 'MockServerError', detail: String(error) }, { status: 500 });
}

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

/** Params as MSW gave them: percent-decoded, or as they came when they do not decode. */
function decodeParam(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * A router over compiled routes. MSW matches each handler's path by compiling it on every
 * request (path-to-regexp), which with sixty routes was most of the mock's time per request
 * (`npm run bench`); one MSW handler per group dispatching here answers the same, in order.
 */
function router(routes: Route[]) {
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

/** MSW handlers for Polar's routes, plus Starlette's 404/405 for everything else under `/v1/`. */
export function toHandlers(routes: Route[], state: MockState): HttpHandler[] {
  const routing = router(routes);
  return [
    http.all('*/v1/*', ({ request }) => {
      if (request.method === 'OPTIONS') return undefined; // CORS preflight is the transport's job
      const url = new URL(request.url);
      const { pathname } = url;
      const found = routing.find(request.method, pathname);
      if (found)
        return runPolarPipeline(found.route, { request, url, params: found.params, state });
      if (!pathname.endsWith('/') && routing.knows(`${pathname}/`)) {
        // FastAPI's redirect_slashes: list routes live at `/subscriptions/`.
        url.pathname = `${pathname}/`;
        return new Response(null, { status: 307, headers: { location: url.toString() } });
      }
      return (routing.knows(pathname) ? methodNotAllowed() : routeNotFound()).toResponse();
    }),
  ];
}

/** Development routes (`/__dev/*`, `/__files/*`): no version header, no limiter, same errors. */
export function toDevHandlers(routes: Route[], state: MockState): HttpHandler[] {
  const routing = router(routes);
  return [
    http.all(/\/__(dev|files)\//, async ({ request }) => {
      const url = new URL(request.url);
      const found = routing.find(request.method, url.pathname);
      if (!found) return undefined; // not ours: the next handler, or the transport's 404
      try {
        return await found.route.handle({ request, url, params: found.params, state });
      } catch (error) {
        return errorResponse(error);
      }
    }),
  ];
}
