import type { HttpHandler } from 'msw';
import type { AuthSubject } from './auth.js';
import { mayUseDevControls } from './dev-controls-access.js';
import { mockHandler, routeContext, type Incoming } from './direct-handlers.js';
import { methodNotAllowed, routeNotFound } from './errors.js';
import { answerAtPolarEdge } from './polar-edge.js';
import { errorResponse, runPolarPipeline } from './polar-pipeline.js';
import { router } from './route-matching.js';
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
  /**
   * The portal session or organization token the pipeline found for Polar's routes: null when
   * the request carried no bearer token (a bearer that is neither never reaches a handler).
   * Undefined on the development routes, which do not authenticate.
   */
  subject?: AuthSubject | null;
}

export interface Route {
  method: Method;
  /** Path with `:param` segments, e.g. `/v1/customer-portal/subscriptions/:id`. */
  path: string;
  handle: (ctx: RouteContext) => Response | Promise<Response>;
}

/**
 * MSW handlers for Polar's routes, plus Starlette's 404/405 for everything else under `/v1/`,
 * inside Polar's version and CORS layers (`polar-edge.ts`), CORS preflights included.
 */
export function toHandlers(routes: Route[], state: MockState): HttpHandler[] {
  const routing = router(routes);
  const route = async (incoming: Incoming): Promise<Response> => {
    const { method, url } = incoming;
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
  };
  return [
    // A pattern without capture groups: MSW `decodeURIComponent`s every group it captures, and
    // a path such as `/v1/x/%E0%A4%A` would throw inside MSW, before any of the mock's code ran.
    mockHandler(/\/v1\//, (incoming) =>
      answerAtPolarEdge(incoming.method, incoming.headers, () => route(incoming)),
    ),
  ];
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
