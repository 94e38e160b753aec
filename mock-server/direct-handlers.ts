import { http, type HttpHandler, type RequestHandler } from 'msw';
import { toFetchResponse } from './json-text.js';
import type { RouteContext } from './routing.js';
import type { MockState } from './state.js';

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
export function routeContext(
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
export function mockHandler(pattern: RegExp, resolve: DirectHandler['resolve']): HttpHandler {
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
