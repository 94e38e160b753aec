/**
 * A JSON answer that keeps its text. `Response.json` turns its text into a body stream, and in
 * Node 20 making that stream and reading it back costs several times the `JSON.stringify` itself
 * (with the request's, the largest cost per request left in `npm run bench`). A `JsonText` has
 * no body stream: the Node adapter writes `bodyText` as it is, and the MSW handler gives MSW (the
 * browser's worker, `getResponse`) an ordinary `Response` with the same status, headers and bytes
 * (`toFetchResponse`). Nothing else reads an answer's body on its way out of the pipeline.
 */
export class JsonText extends Response {
  /** The body, as `Response.json` would have sent it. */
  readonly bodyText: string;

  constructor(json: string, init: ResponseInit = {}) {
    const headers = new Headers(init.headers);
    // As `Response.json`: the type only when the caller set none.
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
    super(null, { ...init, headers });
    this.bodyText = json;
  }
}

/** `Response.json(body, init)` as a `JsonText`; throws as `Response.json` throws (a cycle, a BigInt). */
export function jsonText(body: unknown, init?: ResponseInit): JsonText {
  const json = JSON.stringify(body) as string | undefined;
  if (json === undefined) throw new TypeError('Value is not JSON serializable');
  if (NULL_BODY_STATUSES.has(init?.status ?? 200))
    throw new TypeError('Response with null body status cannot have body');
  return new JsonText(json, init);
}

/** The statuses a `Response` may not have a body with (Fetch's "null body status"). */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/** The answer as any `Response` reader expects it: a `JsonText` gets its body back. */
export function toFetchResponse(response: Response): Response {
  if (!(response instanceof JsonText)) return response;
  const { status, statusText, headers } = response;
  return new Response(response.bodyText, { status, statusText, headers });
}
