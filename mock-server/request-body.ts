import { MockApiError, polarError, requestValidationError } from './errors.js';

/**
 * Reading a request body the way Polar's stack does, for both transports (the Node server and
 * the browser's service worker): the size limit of Polar's `MaxBodySizeMiddleware`, then
 * FastAPI's body handling (`fastapi/routing.py`, `get_request_handler`): JSON only for a JSON
 * content type or none, bytes decoded as Python's `json.loads` decodes them.
 */

/** Polar's `API_MAX_REQUEST_BODY_SIZE` (`config.py`): 10 MiB, for every route. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

/**
 * How deep a JSON body may nest. Polar has no such rule of its own (Python's recursion limit is
 * what stops it, with a 500); pydantic's JSON parser stops at 200, and so does the mock, so no
 * body can make an answer that echoes it too deep to serialise.
 */
export const MAX_JSON_DEPTH = 200;

export const bodyTooLarge = () =>
  polarError(
    413,
    'RequestBodyTooLarge',
    `Request body exceeded the maximum allowed size of ${MAX_BODY_BYTES} bytes.`,
  );

export const lengthRequired = () =>
  polarError(411, 'LengthRequired', 'A Content-Length header is required.');

/** FastAPI's answer to a body it cannot decode (bytes that are not text, a broken stream). */
const unparseableBody = () =>
  new MockApiError(400, { detail: 'There was an error parsing the body' });

/** Whether a declared `Content-Length` is over the limit (an unparsable one is left to Node). */
export function declaredTooLarge(contentLength: string | null | undefined): boolean {
  return contentLength != null && /^\d+$/.test(contentLength.trim())
    ? Number(contentLength) > MAX_BODY_BYTES
    : false;
}

/**
 * The body's bytes, refused with a 413 from its `Content-Length` or, for a streamed body, as
 * soon as the count passes the limit: the rest is never read, so nothing over 10 MiB is held.
 */
export async function readBodyBytes(request: Request): Promise<Uint8Array> {
  if (declaredTooLarge(request.headers.get('content-length'))) throw bodyTooLarge();
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > MAX_BODY_BYTES) {
        reader.cancel().catch(() => undefined);
        throw bodyTooLarge();
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof MockApiError) throw error;
    throw unparseableBody(); // the client went away mid-body, or the transport refused it
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * FastAPI parses the body as JSON when there is no content type or it is `application/json` or
 * `application/*+json`; anything else is handed to validation as it came (pydantic then says the
 * input is no object). The type is read as Python's `email.message` reads it: what comes before
 * the first `;`, and `text/plain` when that is not exactly one `type/subtype`.
 */
export function isJsonContentType(header: string | null): boolean {
  if (header === null || header === '') return true;
  let type = header.split(';')[0]!.trim().toLowerCase();
  if (type.split('/').length !== 2) type = 'text/plain';
  const [main, sub] = type.split('/') as [string, string];
  return main === 'application' && (sub === 'json' || sub.endsWith('+json'));
}

/** The text encoding of a JSON document, found as Python's `json.detect_encoding` finds it. */
function jsonEncoding(b: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be' {
  const starts = (...prefix: number[]) => prefix.every((byte, i) => b[i] === byte);
  if (starts(0x00, 0x00, 0xfe, 0xff)) return 'utf-32be';
  if (starts(0xff, 0xfe, 0x00, 0x00)) return 'utf-32le';
  if (starts(0xfe, 0xff)) return 'utf-16be';
  if (starts(0xff, 0xfe)) return 'utf-16le';
  if (b.length >= 4) {
    if (!b[0]) return b[1] ? 'utf-16be' : 'utf-32be';
    if (!b[1]) return b[2] || b[3] ? 'utf-16le' : 'utf-32le';
  } else if (b.length === 2) {
    if (!b[0]) return 'utf-16be';
    if (!b[1]) return 'utf-16le';
  }
  return 'utf-8';
}

/** UTF-32, which `TextDecoder` does not know; a code point past Unicode is undecodable. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
  if (bytes.length % 4 !== 0) throw unparseableBody();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 4) {
    const point = view.getUint32(i, littleEndian);
    if (point > 0x10ffff) throw unparseableBody();
    if (!(i === 0 && point === 0xfeff)) parts.push(String.fromCodePoint(point));
  }
  return parts.join('');
}

/** The body as text, or FastAPI's 400 when its bytes are not valid in their encoding. */
export function decodeJsonText(bytes: Uint8Array): string {
  const encoding = jsonEncoding(bytes);
  if (encoding === 'utf-32le' || encoding === 'utf-32be')
    return decodeUtf32(bytes, encoding === 'utf-32le');
  try {
    // `fatal`: invalid, overlong or truncated sequences are errors, not U+FFFD; a BOM is dropped.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw unparseableBody();
  }
}

/** Where the JSON text first nests deeper than the limit, or -1 (brackets in strings skipped). */
function tooDeepAt(text: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_JSON_DEPTH) return i;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return -1;
}

const jsonInvalid = (position: number, error: string) =>
  requestValidationError([
    {
      type: 'json_invalid',
      loc: ['body', position],
      msg: 'JSON decode error',
      input: {},
      ctx: { error },
    },
  ]);

/** JSON text to a value; malformed or too deep is FastAPI's 422 `json_invalid`. */
export function parseJsonText(text: string): unknown {
  const deep = tooDeepAt(text);
  if (deep >= 0) throw jsonInvalid(deep, 'Maximum nesting depth exceeded');
  try {
    return JSON.parse(text);
  } catch (error) {
    const position = Number(/position (\d+)/.exec(String(error))?.[1] ?? text.length);
    throw jsonInvalid(position, 'Expecting value');
  }
}

/**
 * The body as FastAPI hands it to validation: `undefined` when there is none (pydantic's
 * `missing`), the parsed JSON, or, for a content type that is not JSON, the raw text.
 */
export async function readRequestBody(request: Request): Promise<unknown> {
  const bytes = await readBodyBytes(request);
  if (bytes.length === 0) return undefined;
  if (!isJsonContentType(request.headers.get('content-type')))
    return new TextDecoder().decode(bytes);
  return parseJsonText(decodeJsonText(bytes));
}
