import { HttpResponse, type RequestHandler } from 'msw';
import type { SetupWorker } from 'msw/browser';
import { directHandlerOf } from '../direct-handlers.js';
import { answeredOutsideCors, POLAR_API_CORS } from '../polar-edge.js';

/**
 * The browser mock's answers as a merchant's page sees Polar's. The worker serves the page's own
 * origin, where every header of an answer is readable; a merchant's page calls
 * `https://api.polar.sh` from another origin, where the browser hides every response header but
 * the CORS-safelisted ones and those Polar exposes (`Polar-Version`, `configure_cors` in
 * `server/polar/app.py`), and turns an answer without CORS headers (Polar's 404 for an unknown
 * `Polar-Version`) into a network error. So an element that reads `Retry-After`,
 * `WWW-Authenticate` or `Content-Disposition` fails here as it would there.
 *
 * Applied to every handler the worker runs, a test's `worker.use()` overrides included. The
 * mock's own routes (`/__dev/`, `/__files/`) are not Polar's and are left as they answer.
 */

/** Fetch's CORS-safelisted response-header names. */
const SAFELISTED_RESPONSE_HEADERS = [
  'cache-control',
  'content-language',
  'content-length',
  'content-type',
  'expires',
  'last-modified',
  'pragma',
];
const VISIBLE = new Set([
  ...SAFELISTED_RESPONSE_HEADERS,
  ...POLAR_API_CORS.exposeHeaders.map((name) => name.toLowerCase()),
]);

/**
 * What the page's script can read of `response`. The browser itself still follows a redirect's
 * `Location`, so that one stays on a redirect. `ours`: the answer is the mock's own, and one it
 * made outside Polar's CORS layer never reaches the page. (The page's requests reach the worker
 * without an `Origin`, which a page may not set, so the mock's CORS headers cannot be checked
 * here themselves.)
 */
function asSeenByThePage(response: Response, ours: boolean): Response {
  if (response.type === 'error') return response;
  if (ours && answeredOutsideCors(response)) return HttpResponse.error();
  const redirect = response.status >= 300 && response.status < 400;
  const headers = new Headers();
  response.headers.forEach((value, name) => {
    if (VISIBLE.has(name) || (redirect && name === 'location')) headers.set(name, value);
  });
  const { status, statusText } = response;
  return new Response(response.body, { status, statusText, headers });
}

const viewed = new WeakSet<RequestHandler>();

/** Makes `handler` answer Polar's paths as a page on another origin sees the answer. */
function viewFromAnotherOrigin<H>(handler: H): H {
  if (!isRequestHandler(handler) || viewed.has(handler)) return handler;
  viewed.add(handler);
  const ours = directHandlerOf(handler) !== undefined;
  const run = handler.run.bind(handler);
  handler.run = async (args) => {
    if (new URL(args.request.url).pathname.startsWith('/__')) return run(args);
    const result = await run(args);
    if (!result?.response) return result;
    return { ...result, response: asSeenByThePage(result.response, ours) };
  };
  return handler;
}

function isRequestHandler(handler: unknown): handler is RequestHandler {
  return (handler as RequestHandler | null)?.kind === 'request';
}

/**
 * `worker` with every handler it has and is given later (`use`, `resetHandlers`) answering as a
 * page on another origin sees it.
 */
export function seenFromAnotherOrigin(worker: SetupWorker): SetupWorker {
  worker.listHandlers().forEach(viewFromAnotherOrigin);
  const use = worker.use.bind(worker);
  const resetHandlers = worker.resetHandlers.bind(worker);
  worker.use = (...handlers) => use(...handlers.map(viewFromAnotherOrigin));
  worker.resetHandlers = (...handlers) => resetHandlers(...handlers.map(viewFromAnotherOrigin));
  return worker;
}
