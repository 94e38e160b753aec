import { delay, http, HttpResponse, type HttpHandler, type RequestHandler } from 'msw';
import { bearerToken, resolveSession, type PortalSubject } from './auth.js';
import { normalizeAddress } from './client-address.js';
import {
  invalidToken,
  MockApiError,
  methodNotAllowed,
  rateLimited,
  routeNotFound,
} from './errors.js';
import { jsonText, toFetchResponse } from './json-text.js';
import { socketAddress } from './socket-address.js';
import type { MockState } from './state.js';
import { settleDuePayments } from './services/payments.js';

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
  /**
   * The portal session the pipeline found for Polar's routes: null when the request carried no
   * bearer token (a bearer that is no live session never reaches a handler). Undefined on the
   * development routes, which do not authenticate.
   */
  subject?: PortalSubject | null;
}

export interface Route {
  method: Method;
  /** Path with `:param` segments, e.g. `/v1/customer-portal/subscriptions/:id`. */
  path: string;
  handle: (ctx: RouteContext) => Response | Promise<Response>;
}

const SUPPORTED_VERSIONS = ['2026-04', '2026-10'];
const DEFAULT_VERSION = '2026-04';

/**
 * The network side of a client: the socket's address as the Node adapter saw it, or
 * `True-Client-IP` when the mock is told a proxy sets it (Polar's `get_ip_address`). Nothing else
 * a caller sends (`X-Forwarded-For`, `Forwarded`, cookies, basic auth) is read. In the browser
 * there is no socket: every request comes from the page itself.
 */
function networkIdentity(headers: Headers, state: MockState): string {
  const proxied = state.trustClientIpHeader
    ? normalizeAddress(headers.get('true-client-ip'))
    : null;
  return `ip:${proxied ?? socketAddress({ headers }) ?? 'page'}`;
}

/** Polar's `rate_limit_user` for a portal session (`auth/models.py`). */
const subjectIdentity = ({ member, customer }: PortalSubject) =>
  member ? `member:${member.id}` : `customer:${customer.id}`;

/**
 * Who the limiter counts. A live session counts as its customer or member, as in Polar. A
 * bearer that is no live session is counted as the address it came from, in the endpoint's own
 * zone (Polar's `pending_auth` twin rules), and then refused: inventing tokens buys nothing. In
 * a blocking zone (sign-in, email update, license keys) the address is counted as well, so a
 * caller's sessions, real or not, never add to what its address may try.
 */
function limiterIdentities(
  headers: Headers,
  state: MockState,
  route: Route,
  subject: PortalSubject | null,
): string[] {
  const address = networkIdentity(headers, state);
  if (!subject) return [address];
  if (state.limiter.isSensitive(route.path)) return [address, subjectIdentity(subject)];
  return [subjectIdentity(subject)];
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

async function runPolarPipeline(
  route: Route,
  ctx: RouteContext,
  headers: Headers,
): Promise<Response> {
  const injected = await injectDevConditions(ctx.state);
  if (injected) return injected;

  const requested = headers.get('polar-version');
  if (requested !== null && !SUPPORTED_VERSIONS.includes(requested))
    return routeNotFound().toResponse();
  const version = requested ?? DEFAULT_VERSION;

  // Polar's `AuthSubjectMiddleware` runs on every request, whatever the route.
  const token = bearerToken({ headers });
  const subject = token === null ? null : await resolveSession(ctx.state, token);
  const decision = ctx.state.limiter.hit(
    limiterIdentities(headers, ctx.state, route, subject),
    route.path,
  );
  if (!decision.allowed) {
    // The limiter answers before Polar's app: no version or cache headers on a 429.
    return rateLimited(decision.retryAfterSeconds).toResponse();
  }
  ctx.subject = subject;
  let response: Response;
  if (token !== null && subject === null) {
    response = invalidToken().toResponse(); // before any handler: nothing it would do happens
  } else {
    try {
      // Stripe's webhooks that are due arrive before the request is answered (`services/payments.ts`).
      settleDuePayments(ctx.state);
      response = await route.handle(ctx);
    } catch (error) {
      response = errorResponse(error);
    }
  }
  // Expired codes, sessions and links go after every request, in the browser and without a
  // state file too: signing in would otherwise grow those tables without end.
  ctx.state.db.prune(ctx.state.clock.now());
  response.headers.set('polar-version', version);
  if (!response.headers.has('cache-control'))
    response.headers.set('cache-control', 'private, no-store');
  return response;
}

function errorResponse(error: unknown): Response {
  if (error instanceof MockApiError) {
    try {
      return error.toResponse();
    } catch (unserialisable) {
      error = unserialisable; // an error body that cannot be written: answered as below
    }
  }
  // A bug in the mock, or an input no rule of it foresaw: logged loudly, and answered as a bad
  // request, never a 5xx. Only `/__dev/faults` may make the mock answer 5xx to a client.
  console.error('[mock-server] unexpected error', error);
  const detail = `The mock could not handle this request: ${String(error).slice(0, 300)}`;
  return jsonText({ error: 'BadRequest', detail }, { status: 400 });
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

/**
 * What one of the mock's MSW handlers answers, for the Node adapter to call without going through
 * MSW's `getResponse`: per handler and request that clones the request (for MSW's logging),
 * parses its cookies and URL and arms an abort listener, work the mock's handlers never use and
 * most of the Node server's time per request (`npm run bench`). The browser's worker goes through
 * MSW as ever; both run this same function, so no route is written twice.
 */
export interface DirectHandler {
  /** The handler's URL pattern, tested as MSW tests it: on origin and path, no query. */
  pattern: RegExp;
  /** The handler's answer, or undefined to pass the request on, as its MSW resolver does. */
  resolve: (incoming: Incoming) => Promise<Response | undefined>;
}

/**
 * A request as the mock's handlers take it: method, URL and headers at once, the Fetch `Request`
 * only when a route asks for it (for its body). Made from a `Request` under MSW; in Node, most
 * routes never need one, and making it (its signal, its header list, its checks) cost about as
 * much as the rest of a signed-in list.
 */
export interface Incoming {
  /** As `Request.method` has it. */
  method: string;
  url: URL;
  /** The request's headers, the very ones its `Request` carries. */
  headers: Headers;
  /** The request itself, the same object on every call. */
  request(): Request;
}

/** A route's context, its `request` made only when the route reads it. */
function routeContext(
  incoming: Incoming,
  params: Record<string, string>,
  state: MockState,
): RouteContext {
  return {
    get request() {
      return incoming.request();
    },
    url: incoming.url,
    params,
    state,
  };
}

const directHandlers = new WeakMap<RequestHandler, DirectHandler>();

/** The direct form of one of the mock's handlers; undefined for any other MSW handler. */
export const directHandlerOf = (handler: RequestHandler): DirectHandler | undefined =>
  directHandlers.get(handler);

/** An MSW handler for every method on `pattern`, remembered with its direct form. */
function mockHandler(pattern: RegExp, resolve: DirectHandler['resolve']): HttpHandler {
  const handler = http.all(pattern, async ({ request }) => {
    const { method, headers } = request;
    const response = await resolve({
      method,
      url: new URL(request.url),
      headers,
      request: () => request,
    });
    return response && toFetchResponse(response);
  });
  directHandlers.set(handler, { pattern, resolve });
  return handler;
}

/** MSW handlers for Polar's routes, plus Starlette's 404/405 for everything else under `/v1/`. */
export function toHandlers(routes: Route[], state: MockState): HttpHandler[] {
  const routing = router(routes);
  return [
    // A pattern without capture groups: MSW `decodeURIComponent`s every group it captures, and
    // a path such as `/v1/x/%E0%A4%A` would throw inside MSW, before any of the mock's code ran.
    mockHandler(/\/v1\//, async (incoming) => {
      const { method, url } = incoming;
      if (method === 'OPTIONS') return undefined; // CORS preflight is the transport's job
      try {
        const { pathname } = url;
        const found = routing.find(method, pathname);
        if (found) {
          const ctx = routeContext(incoming, found.params, state);
          return await runPolarPipeline(found.route, ctx, incoming.headers);
        }
        if (!pathname.endsWith('/') && routing.knows(`${pathname}/`)) {
          // FastAPI's redirect_slashes: list routes live at `/subscriptions/`.
          const location = new URL(url); // a copy: the transport's URL stays as it came
          location.pathname = `${pathname}/`;
          return new Response(null, { status: 307, headers: { location: location.toString() } });
        }
        return (routing.knows(pathname) ? methodNotAllowed() : routeNotFound()).toResponse();
      } catch (error) {
        return errorResponse(error); // whatever fails on the way, the answer is never a 5xx
      }
    }),
  ];
}

/** Whether a page of this origin is one served from this machine (`Origin: null` is not). */
function isLoopbackOrigin(origin: string): boolean {
  if (!URL.canParse(origin)) return false;
  const { protocol, hostname } = new URL(origin);
  if (protocol !== 'http:' && protocol !== 'https:') return false;
  return hostname === 'localhost' || normalizeAddress(hostname) === 'loopback';
}

/**
 * Whether a development control may answer this caller. The mailbox hands out sign-in codes and
 * `/__dev/reset` lifts every rate limit, so over HTTP they answer only this machine (loopback)
 * unless the mock is told to expose them; in the browser the page is the only caller. A request
 * a browser sends for a page of another origin carries `Origin`: a web page the developer has
 * open elsewhere must not read the mailbox or reset the mock through their browser, so only
 * pages served from this machine pass.
 */
function mayUseDevControls(headers: Headers, state: MockState): boolean {
  const address = socketAddress({ headers });
  if (state.exposeDevRoutes || address === null) return true;
  const origin = headers.get('origin');
  if (origin !== null && !isLoopbackOrigin(origin)) return false;
  return address === 'loopback';
}

/**
 * Development routes (`/__dev/*`, `/__files/*`): no version header, no limiter, same errors.
 * `controls` are the development controls (mailbox, reset, clock, ...), for this machine only;
 * the rest (signed documents and files, the stand-in OAuth provider) are where a customer's
 * browser is sent, from anywhere.
 */
export function toDevHandlers(
  routes: Route[],
  state: MockState,
  { controls = false } = {},
): HttpHandler[] {
  const routing = router(routes);
  return [
    mockHandler(/\/__(dev|files)\//, async (incoming) => {
      const found = routing.find(incoming.method, incoming.url.pathname);
      if (!found) return undefined; // not ours: the next handler, or the transport's 404
      if (controls && !mayUseDevControls(incoming.headers, state))
        return routeNotFound().toResponse();
      try {
        return await found.route.handle(routeContext(incoming, found.params, state));
      } catch (error) {
        return errorResponse(error);
      }
    }),
  ];
}
