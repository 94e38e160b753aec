import type { IncomingMessage } from 'node:http';
import type { Incoming } from './direct-handlers.js';
import type { NodeBody } from './node-body.js';
import { fetchableMethod } from './node-guards.js';
import { stampSocketAddress } from './socket-address.js';

/** The request's URL: a path (even `//x`) stays a path on the origin; an absolute URL is used. */
export function requestUrl(target: string, origin: string): URL {
  if (target.startsWith('/')) return new URL(origin + target);
  return /^https?:\/\//i.test(target) && URL.canParse(target)
    ? new URL(target)
    : new URL(`${origin}/${target}`); // `*`, or a CONNECT's `host:port`: no route has these
}

/** The request's headers as Fetch holds them. */
export function fetchHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v));
    else if (value !== undefined) headers.set(name, value);
  }
  return headers;
}

/** The request as the handlers take it; its `Request` is made the first time one asks. */
export function toIncoming(req: IncomingMessage, url: URL, body: NodeBody | null): Incoming {
  const headers = fetchHeaders(req);
  // Set here, from the socket, so no client can pick its own rate-limit identity this way.
  stampSocketAddress(headers, req.socket.remoteAddress);
  // As `Request` spells a method (its six standard ones upper-cased); Node's parser sends them so.
  const method = fetchableMethod(req.method ?? 'GET');
  let request: Request | undefined;
  return {
    method,
    url,
    headers,
    request: () =>
      (request ??= new Request(url, {
        method,
        headers,
        body: body?.stream,
        // @ts-expect-error `duplex` is required by undici for streamed bodies, missing from lib.dom
        duplex: body ? 'half' : undefined,
      })),
  };
}
