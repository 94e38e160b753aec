import { delay, HttpResponse } from 'msw';
import { bearerToken, rateLimitIdentity, resolveSubject, type AuthSubject } from './auth.js';
import { normalizeAddress } from './client-address.js';
import { invalidToken, MockApiError, rateLimited } from './errors.js';
import { jsonText } from './json-text.js';
import type { Route, RouteContext } from './routing.js';
import { socketAddress } from './socket-address.js';
import type { MockState } from './state.js';
import { settleDuePayments } from './services/payments.js';

/**
 * What every request to Polar's routes goes through around its handler, in Polar's order,
 * inside the version and CORS layers (`polar-edge.ts`): the dev controls' delay and faults, the
 * session, the rate limit, then the handler, its errors as Polar's envelopes, and
 * `Cache-Control`.
 */

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
  subject: AuthSubject | null,
): string[] {
  const address = networkIdentity(headers, state);
  if (!subject) return [address];
  if (state.limiter.isSensitive(route.path)) return [address, rateLimitIdentity(subject)];
  return [rateLimitIdentity(subject)];
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

export async function runPolarPipeline(
  route: Route,
  ctx: RouteContext,
  headers: Headers,
): Promise<Response> {
  const injected = await injectDevConditions(ctx.state);
  if (injected) return injected;

  // Polar's `AuthSubjectMiddleware` runs on every request, whatever the route.
  const token = bearerToken({ headers });
  const subject = token === null ? null : await resolveSubject(ctx.state, token);
  const decision = ctx.state.limiter.hit(
    limiterIdentities(headers, ctx.state, route, subject),
    route.path,
  );
  if (!decision.allowed) {
    // Polar's limiter sits outside `CacheControlMiddleware` (`app.py`): no `Cache-Control` on a
    // 429; the version and CORS layers outside it still add theirs.
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
  if (!response.headers.has('cache-control'))
    response.headers.set('cache-control', 'private, no-store');
  return response;
}

/** Any error a route throws as its answer: Polar's envelope for the mock's own, else a 400. */
export function errorResponse(error: unknown): Response {
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
