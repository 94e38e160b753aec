import { jsonText } from './json-text.js';

/**
 * Polar's error bodies (contract README "Errors", reference.md §0.1). Handlers throw these;
 * the pipeline in `polar-pipeline.ts` turns them into responses, so no handler builds an error
 * by hand.
 */

export interface ValidationIssue {
  type: string;
  loc: (string | number)[];
  msg: string;
  input: unknown;
  ctx?: Record<string, unknown>;
}

export class MockApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(typeof body === 'object' && body && 'error' in body ? String(body.error) : 'error');
  }

  toResponse(): Response {
    // An empty body (the limiter's 429) carries no content-type, as Polar sends it.
    if (this.body === undefined)
      return new Response(null, { status: this.status, headers: this.headers });
    return jsonText(this.body, { status: this.status, headers: this.headers });
  }
}

/** `{"error": name, "detail": text}`: every `PolarError` subclass. */
export function polarError(status: number, error: string, detail: string): MockApiError {
  return new MockApiError(status, { error, detail });
}

export const notFound = (detail = 'Not found') => polarError(404, 'ResourceNotFound', detail);

export const notPermitted = (detail: string) => polarError(403, 'NotPermitted', detail);

/** No portal credentials at all. */
export function unauthorized(): MockApiError {
  return new MockApiError(
    401,
    { error: 'Unauthorized', detail: 'Unauthorized' },
    { 'www-authenticate': 'Bearer realm="polar"' },
  );
}

const INVALID_TOKEN_DESCRIPTION =
  'The access token provided is expired, revoked, malformed, or invalid for other reasons.';

/** A bearer token that is unknown, expired or malformed: the OAuth2 shape, not Polar's envelope. */
export function invalidToken(): MockApiError {
  return new MockApiError(
    401,
    { error: 'invalid_token', error_description: INVALID_TOKEN_DESCRIPTION },
    {
      'www-authenticate': `Bearer realm="polar", error="invalid_token", error_description="${INVALID_TOKEN_DESCRIPTION}"`,
      'cache-control': 'no-store',
      pragma: 'no-cache',
    },
  );
}

const INSUFFICIENT_SCOPE_DESCRIPTION =
  'The request requires higher privileges than provided by the access token.';

/**
 * Polar's `InsufficientScopeError` (`oauth2/exceptions.py`, Authlib's RFC 6750 error): 403 in
 * the OAuth2 shape, the scopes that would do named in `WWW-Authenticate`.
 */
export function insufficientScope(requiredScopes: string[]): MockApiError {
  return new MockApiError(
    403,
    { error: 'insufficient_scope', error_description: INSUFFICIENT_SCOPE_DESCRIPTION },
    {
      'www-authenticate': `Bearer realm="polar", scope="${requiredScopes.join(' ')}", error="insufficient_scope", error_description="${INSUFFICIENT_SCOPE_DESCRIPTION}"`,
      'cache-control': 'no-store',
      pragma: 'no-cache',
    },
  );
}

/** FastAPI's request validation failure (422). */
export function requestValidationError(detail: ValidationIssue[]): MockApiError {
  return new MockApiError(422, { error: 'RequestValidationError', detail });
}

/** A validation failure raised by a service rather than by FastAPI's parsing (422). */
export function polarValidationError(detail: ValidationIssue[]): MockApiError {
  return new MockApiError(422, { error: 'PolarRequestValidationError', detail });
}

/** The limiter's answer: status, `retry-after`, and nothing else. */
export function rateLimited(retryAfterSeconds: number): MockApiError {
  return new MockApiError(429, undefined, { 'retry-after': String(Math.ceil(retryAfterSeconds)) });
}

/** Starlette's defaults for unknown routes and wrong methods: no Polar envelope. */
export const routeNotFound = () => new MockApiError(404, { detail: 'Not Found' });
export const methodNotAllowed = () => new MockApiError(405, { detail: 'Method Not Allowed' });
