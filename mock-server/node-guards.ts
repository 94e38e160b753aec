import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { MockApiError } from './errors.js';
import { bodyTooLarge, declaredTooLarge, lengthRequired } from './request-body.js';

/**
 * What the Node server refuses before a request reaches the handlers, as the layers in front of
 * Polar's app refuse it: HTTP that does not parse (Node's parser, answered here rather than with
 * a reset), a Host that names no host, and Polar's `MaxBodySizeMiddleware` (a body declared over
 * 10 MiB: 413; a POST, PUT or PATCH declaring no length at all: 411).
 */

/** Time allowed for a request's headers and for the whole request: no client holds a socket. */
export interface HttpTimeouts {
  headersMs: number;
  requestMs: number;
}

export const DEFAULT_HTTP_TIMEOUTS: HttpTimeouts = { headersMs: 10_000, requestMs: 30_000 };

/** `host[:port]` as RFC 3986 allows it: a name, an IPv4 address or a bracketed IPv6 one. */
const HOST = /^(?:\[[0-9a-f:.]+\]|[a-z0-9\-._~!$&'()*+,;=%]+)(?::\d{0,5})?$/i;

/**
 * The origin the request's URL is resolved against: its Host, else the socket's own address
 * (HTTP/1.0 needs no Host); null when the Host header is no host at all (`a b`, `[`).
 */
export function originOf(req: IncomingMessage): string | null {
  const host = req.headers.host;
  if (!host) {
    const { localAddress = '127.0.0.1', localPort } = req.socket;
    const address = localAddress.includes(':') ? `[${localAddress}]` : localAddress;
    return `http://${address}${localPort ? `:${localPort}` : ''}`;
  }
  return HOST.test(host) && URL.canParse(`http://${host}/`) ? `http://${host}` : null;
}

/** The mock's own routes (`/__dev/`, `/__files/`) are not Polar's: no 411 and no Polar CORS there. */
export const isPolarPath = (url: string | undefined) => !(url ?? '/').startsWith('/__');

/** Polar's refusals before routing, or null to go on. */
export function refuseBeforeRouting(req: IncomingMessage): MockApiError | null {
  // HTTP/1.1 must name its host (h11, under uvicorn, refuses it the same way).
  if (req.httpVersion === '1.1' && !req.headers.host)
    return new MockApiError(400, { detail: 'Invalid HTTP request received.' });
  if (originOf(req) === null) return new MockApiError(400, { detail: 'Invalid host header' });
  // A framing Node's parser would reject only after the handler had run (`identity`, `gzip`,
  // `chunked, x`): refused first, so no change is made behind an answer of 400.
  const coding = req.headers['transfer-encoding'];
  if (coding !== undefined && coding.trim().toLowerCase() !== 'chunked')
    return new MockApiError(400, { detail: 'Invalid HTTP request received.' });
  const length = req.headers['content-length'];
  if (declaredTooLarge(length)) return bodyTooLarge();
  const sendsBody = ['POST', 'PUT', 'PATCH'].includes(req.method ?? '');
  if (sendsBody && length === undefined && isPolarPath(req.url)) return lengthRequired();
  return null;
}

/**
 * Methods the Fetch API refuses to build a `Request` with. They reach the handlers under a
 * stand-in name no route has, so Starlette's answer comes back: 405 on a known path, else 404.
 */
const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

export const fetchableMethod = (method: string) =>
  FORBIDDEN_METHODS.has(method.toUpperCase()) ? `UNROUTABLE-${method}` : method;

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  408: 'Request Timeout',
  431: 'Request Header Fields Too Large',
};

/**
 * Node's `clientError`: the request did not parse (garbage, bad framing, NUL or lone CR in a
 * header, headers too large) or did not arrive in time. Answered as uvicorn answers it, in
 * JSON like every error of the mock, then the connection is closed: ended, so the client reads
 * the answer rather than a reset, and destroyed a moment later if it does not close its side.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  const inFlight = (socket as Duplex & { _httpMessage?: ServerResponse })._httpMessage;
  if (inFlight?.writableEnded && error.code !== 'ECONNRESET') {
    // The whole answer is already on its way (a refusal before routing): let it arrive, then
    // close, rather than reset the connection under it.
    socket.end();
    setTimeout(() => socket.destroy(), 1000).unref();
    return;
  }
  if (error.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) {
    socket.destroy();
    return;
  }
  const status =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? 431
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? 408
        : 400;
  const body = JSON.stringify({
    detail: status === 400 ? 'Invalid HTTP request received.' : REASONS[status],
  });
  socket.end(
    `HTTP/1.1 ${status} ${REASONS[status]}\r\ncontent-type: application/json\r\n` +
      `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
  setTimeout(() => socket.destroy(), 1000).unref();
}
