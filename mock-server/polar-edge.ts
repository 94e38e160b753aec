import { MockApiError, routeNotFound } from './errors.js';

/**
 * The two outermost layers of Polar's app, around every request to Polar's paths, in Polar's
 * order: the API version (`APIVersionMiddleware`, `server/polar/kit/versioning.py`), then CORS
 * (`CORSMatcherMiddleware`, `server/polar/kit/cors.py`, with the config `configure_cors` in
 * `server/polar/app.py` gives external API calls). `add_versioned_routers` adds the version
 * middleware after `configure_cors`, and Starlette runs the last added first, so:
 * - an unknown `Polar-Version` is a 404 with neither CORS nor version headers, which a browser
 *   on another origin sees as a network error;
 * - every other answer carries `Polar-Version`, CORS preflights, 429s and errors included.
 */

const SUPPORTED_VERSIONS = ['2026-04', '2026-10'];
const DEFAULT_VERSION = '2026-04';

/**
 * Polar's CORS for external API calls (`configure_cors`): any origin, no credentials, every
 * method, `Authorization` and `Polar-Version` as request headers, `Polar-Version` exposed.
 */
export const POLAR_API_CORS = {
  allowHeaders: ['Authorization', 'Polar-Version'],
  exposeHeaders: ['Polar-Version'],
  maxAgeSeconds: 600,
} as const;

/** Starlette's `ALL_METHODS`, what `allow_methods=["*"]` stands for (`middleware/cors.py`). */
const ALL_METHODS = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT'];
/**
 * Starlette's `SAFELISTED_HEADERS`, always allowed beside the configured ones. Starlette allows
 * `Content-Type` whatever its value, so `application/json` (which the Fetch standard does not
 * safelist, and so preflights) passes.
 */
const SAFELISTED_REQUEST_HEADERS = [
  'Accept',
  'Accept-Language',
  'Content-Language',
  'Content-Type',
];
/** Sorted as Starlette sorts them (Python's `sorted`, code point order, as JS's default). */
const ALLOWED_REQUEST_HEADERS = [
  ...SAFELISTED_REQUEST_HEADERS,
  ...POLAR_API_CORS.allowHeaders,
].sort();
const ALLOWED_LOWER = new Set(ALLOWED_REQUEST_HEADERS.map((name) => name.toLowerCase()));

/** The headers of every preflight: `allow_origins=["*"]` without credentials needs no `Vary`. */
const PREFLIGHT_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': ALL_METHODS.join(', '),
  'access-control-max-age': String(POLAR_API_CORS.maxAgeSeconds),
  'access-control-allow-headers': ALLOWED_REQUEST_HEADERS.join(', '),
};

/** The version a request asks for (none or an empty header: the default), or null if unknown. */
function requestedVersion(headers: Headers): string | null {
  const raw = headers.get('polar-version');
  if (!raw) return DEFAULT_VERSION; // `APIVersion.from_scope`: a falsy header is the default
  return SUPPORTED_VERSIONS.includes(raw) ? raw : null;
}

/** Starlette's `CORSMiddleware.__call__`: a preflight is an `OPTIONS` naming a method, from an origin. */
const isPreflight = (method: string, headers: Headers) =>
  method === 'OPTIONS' && headers.has('origin') && headers.has('access-control-request-method');

/** Starlette's `CORSMiddleware.preflight_response`: 200 `OK`, or 400 naming what was refused. */
function preflightResponse(headers: Headers): Response {
  const failures: string[] = [];
  // Any origin is allowed; the method and each requested header are checked as sent.
  if (!ALL_METHODS.includes(headers.get('access-control-request-method')!)) failures.push('method');
  const requested = headers.get('access-control-request-headers');
  if (
    requested !== null &&
    requested.split(',').some((h) => !ALLOWED_LOWER.has(h.trim().toLowerCase()))
  )
    failures.push('headers');
  // `allow_private_network` is not set in Polar's config.
  if (headers.has('access-control-request-private-network')) failures.push('private-network');
  const text = failures.length > 0 ? `Disallowed CORS ${failures.join(', ')}` : 'OK';
  return new Response(text, {
    status: failures.length > 0 ? 400 : 200,
    headers: { ...PREFLIGHT_HEADERS, 'content-type': 'text/plain; charset=utf-8' },
  });
}

/**
 * What the two layers add to an answer from inside them: `Polar-Version`, and for a request with
 * an `Origin`, Starlette's `CORSMiddleware.send`: `*` and the exposed headers; a request carrying
 * cookies gets its own origin back instead, and `Vary: Origin`.
 */
function addEdgeHeaders(response: Headers, request: Headers, version: string): void {
  response.set('polar-version', version);
  const origin = request.get('origin');
  if (origin === null) return;
  response.set('access-control-allow-origin', '*');
  response.set('access-control-expose-headers', POLAR_API_CORS.exposeHeaders.join(', '));
  if (request.has('cookie')) {
    response.set('access-control-allow-origin', origin);
    const vary = response.get('vary');
    response.set('vary', vary === null ? 'Origin' : `${vary}, Origin`);
  }
}

/**
 * Answers a request to one of Polar's paths as Polar's outer layers do, with `inner` (routing,
 * the pipeline, the body limit) inside them.
 */
export async function answerAtPolarEdge(
  method: string,
  headers: Headers,
  inner: () => Response | Promise<Response>,
): Promise<Response> {
  const version = requestedVersion(headers);
  if (version === null) {
    return routeNotFound().toResponse();
  }
  if (isPreflight(method, headers)) {
    const preflight = preflightResponse(headers);
    preflight.headers.set('polar-version', version);
    return preflight;
  }
  const response = await inner();
  // A dropped connection (`HttpResponse.error()`) has no headers to add to.
  if (response.type !== 'error') addEdgeHeaders(response.headers, headers, version);
  return response;
}

/**
 * Whether the mock's answer to one of Polar's paths came from outside Polar's CORS layer, where
 * a browser on another origin gets no answer at all: the two layers are next to each other, so
 * every answer past the version layer carries `Polar-Version`, and only its 404 does not.
 */
export const answeredOutsideCors = (response: Response) => !response.headers.has('polar-version');

/**
 * A refusal from inside the two layers (Polar's `MaxBodySizeMiddleware`), as they let it out,
 * without waiting a tick: the Node adapter must answer such a request at once.
 */
export function refusalAtPolarEdge(headers: Headers, refusal: MockApiError): MockApiError {
  const version = requestedVersion(headers);
  if (version === null) return routeNotFound();
  const out = new Headers(refusal.headers);
  addEdgeHeaders(out, headers, version);
  return new MockApiError(refusal.status, refusal.body, Object.fromEntries(out));
}
