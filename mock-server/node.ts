import { createServer, ServerResponse, type IncomingMessage, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { getResponse, type RequestHandler } from 'msw';
import { MockApiError } from './errors.js';
import { createMockApi, type MockApi, type MockOptions } from './index.js';
import { directHandlerOf, type Incoming } from './direct-handlers.js';
import { JsonText, jsonText } from './json-text.js';
import { discardRest, nodeBody, type NodeBody } from './node-body.js';
import {
  answerClientError,
  DEFAULT_HTTP_TIMEOUTS,
  fetchableMethod,
  originOf,
  refuseBeforeRouting,
  type HttpTimeouts,
} from './node-guards.js';
import { stampSocketAddress } from './socket-address.js';
import { StateFile } from './state-file.js';

/**
 * The same MSW handlers as a real HTTP server (msw's `getResponse` behind `node:http`), with
 * CORS open so a page on another origin can call it.
 */

const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'authorization, content-type, polar-version, true-client-ip',
  'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'access-control-expose-headers':
    'polar-version, retry-after, www-authenticate, content-disposition',
  'access-control-max-age': '600',
};

/** The request's URL: a path (even `//x`) stays a path on the origin; an absolute URL is used. */
function requestUrl(target: string, origin: string): URL {
  if (target.startsWith('/')) return new URL(origin + target);
  return /^https?:\/\//i.test(target) && URL.canParse(target)
    ? new URL(target)
    : new URL(`${origin}/${target}`); // `*`, or a CONNECT's `host:port`: no route has these
}

/** The request as the handlers take it; its `Request` is made the first time one asks. */
function toIncoming(req: IncomingMessage, url: URL, body: NodeBody | null): Incoming {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v));
    else if (value !== undefined) headers.set(name, value);
  }
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

/**
 * The first answer of `handlers`, in their order, as msw's `getResponse` gives it. The mock's
 * own handlers are called directly (`DirectHandler`, in `direct-handlers.ts`), with the URL
 * already parsed; any other MSW handler (a caller's own, mounted with ours) goes through
 * `getResponse`.
 */
async function answer(
  handlers: RequestHandler[],
  incoming: Incoming,
  origin: string,
): Promise<{ response: Response; ours: boolean } | undefined> {
  const { url } = incoming;
  const target = url.origin + url.pathname; // what MSW matches a RegExp path against
  for (let i = 0; i < handlers.length;) {
    const direct = directHandlerOf(handlers[i]!);
    if (direct) {
      i++;
      const response = direct.pattern.test(target) ? await direct.resolve(incoming) : undefined;
      if (response) return { response, ours: true };
      continue;
    }
    let end = i + 1;
    while (end < handlers.length && !directHandlerOf(handlers[end]!)) end++;
    const response = await getResponse(handlers.slice(i, end), incoming.request(), {
      baseUrl: origin,
    });
    if (response) return { response, ours: false };
    i = end;
  }
  return undefined;
}

/**
 * Writes `response` out. A body the mock made (`whole`) is in memory, so it is read first and
 * sent with the headers in one write: chunk by chunk, the headers and each chunk left in their
 * own TCP segment, and that write was the largest cost per request after MSW's. The framing is
 * the same either way (chunked). Any other handler's body is passed on as it comes, since it
 * may be a stream that trickles.
 */
async function writeResponse(
  res: ServerResponse,
  response: Response,
  whole: boolean,
): Promise<void> {
  const headers: Record<string, string | string[]> = { ...CORS_HEADERS };
  response.headers.forEach((value, key) => {
    headers[key] = value;
  });
  if (response instanceof JsonText) {
    res.writeHead(response.status, headers).end(response.bodyText);
    return;
  }
  if (whole) {
    const body = response.body ? new Uint8Array(await response.arrayBuffer()) : undefined;
    res.writeHead(response.status, headers).end(body);
    return;
  }
  res.writeHead(response.status, headers);
  if (response.body) {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>)
      res.write(chunk);
  }
  res.end();
}

/** Whether a body follows the request's headers. */
const sendsBody = (req: IncomingMessage) =>
  req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;

export type NodeListener = (
  req: IncomingMessage,
  res: ServerResponse,
  next?: () => void,
) => Promise<void>;

/** What `toNodeListener` runs after each answered request, before the answer goes out. */
export type AfterRequest = () => void;

/**
 * A Node request listener answering from MSW handlers. Used as connect middleware (Vite's dev
 * server), an unmatched request goes to `next()`; standalone it gets Starlette's JSON 404.
 * `afterRequest` runs after every request the handlers answered, whatever its method (the state
 * file's write); a `MockApiError` it throws replaces the answer.
 */
export function toNodeListener(
  handlers: RequestHandler[],
  afterRequest?: AfterRequest,
): NodeListener {
  return async (req, res, next) => {
    let body: NodeBody | null = null;
    try {
      if (req.method === 'OPTIONS') {
        res.writeHead(204, CORS_HEADERS).end();
        return;
      }
      const refusal = refuseBeforeRouting(req);
      if (refusal) {
        // Its body is never read. With none coming the connection closes cleanly after the
        // answer; a body on its way is drained for a moment first (`finally`), then cut.
        if (!sendsBody(req)) res.shouldKeepAlive = false;
        // Written whole at once: for a framing Node's parser rejects right after the headers,
        // its error comes before any later tick, and the answer must already be out by then.
        res.writeHead(refusal.status, {
          ...CORS_HEADERS,
          ...(refusal.body === undefined ? {} : { 'content-type': 'application/json' }),
          ...refusal.headers,
        });
        res.end(refusal.body === undefined ? undefined : JSON.stringify(refusal.body));
        return;
      }
      const origin = originOf(req)!;
      if (!['GET', 'HEAD'].includes(req.method ?? 'GET')) body = nodeBody(req);
      const url = requestUrl(req.url ?? '/', origin);
      const answered = await answer(handlers, toIncoming(req, url, body), origin);
      if (!answered) {
        if (next) return next();
        return await writeResponse(res, jsonText({ detail: 'Not Found' }, { status: 404 }), true);
      }
      let { response, ours } = answered;
      // `HttpResponse.error()` (the fault switch's dropped connection): drop it for real.
      if (response.type === 'error') return void req.socket.destroy();
      if (afterRequest) {
        try {
          afterRequest(); // before answering: what the client is told must survive a restart
        } catch (error) {
          if (!(error instanceof MockApiError)) throw error;
          await response.body?.cancel();
          response = error.toResponse();
          ours = true;
        }
      }
      await writeResponse(res, response, ours);
    } catch (error) {
      // Every error the handlers know is answered by them; this is a bug of the mock, logged,
      // and still answered as the client's bad request: nothing a client sends gets a 5xx.
      console.error('[mock-server]', error);
      if (!res.headersSent)
        res.writeHead(400, { 'content-type': 'application/json', ...CORS_HEADERS });
      res.end(JSON.stringify({ error: 'BadRequest', detail: 'The mock could not answer this.' }));
    } finally {
      // Whatever of the body the answer did not need is drained for a moment, then cut off.
      const discard = () => (body ? body.discardRest() : discardRest(req));
      if (res.writableEnded) discard();
      else res.once('finish', discard);
    }
  };
}

export interface MockServer extends MockApi {
  server: Server;
  /** True when the state came from `statePath` rather than the seed. */
  restored: boolean;
}

export interface MockServerOptions extends MockOptions {
  /** A JSON file that keeps the mock's state across restarts. */
  statePath?: string;
  /** How long a client may take to send a request (defaults: headers 10 s, whole request 30 s). */
  httpTimeouts?: Partial<HttpTimeouts>;
}

/**
 * A real HTTP server answering Polar's Customer Portal API from a fresh mock. Call `listen`.
 * Throws when `statePath` is not a state file or cannot be written.
 */
export function createMockServer(options: MockServerOptions = {}): MockServer {
  const api = createMockApi(options);
  const stateFile = options.statePath ? new StateFile(options.statePath, api.state) : null;
  const restored = stateFile?.load() ?? false;
  if (stateFile) api.state.webhooks.holdUntilSaved();
  const afterRequest = stateFile
    ? () => {
        // Expired rows are already gone: the pipeline prunes after every request to Polar's routes.
        stateFile.saveIfChanged();
        api.state.webhooks.releaseHeld();
      }
    : undefined;
  const listener = toNodeListener(api.handlers, afterRequest);
  const timeouts = { ...DEFAULT_HTTP_TIMEOUTS, ...options.httpTimeouts };
  const server = createServer(
    {
      // Checked in `refuseBeforeRouting`, to answer in JSON like every other refusal.
      requireHostHeader: false,
      headersTimeout: timeouts.headersMs,
      requestTimeout: timeouts.requestMs,
      // How often Node looks for the two above (its default, 30 s, would let them run long).
      connectionsCheckingInterval: Math.min(1000, timeouts.headersMs),
    },
    (req, res) => void listener(req, res),
  );
  server.on('clientError', answerClientError);
  // A client may close its sending side once the request is out (a half-close) and still wait
  // for the answer. Node's default drops such a request after its handler has run: the change
  // made, the answer lost. Node reads this flag (undocumented, in `_http_server.js`) and then
  // answers before ending the socket; the request timeouts above still bound such connections.
  (server as Server & { httpAllowHalfOpen: boolean }).httpAllowHalfOpen = true;
  // `Expect: 100-continue`: a body refused from its headers is not asked for at all.
  server.on('checkContinue', (req, res) => {
    if (!refuseBeforeRouting(req)) res.writeContinue();
    void listener(req, res);
  });
  // CONNECT gets no response object from Node; it is answered like any other method.
  server.on('connect', (req: IncomingMessage, socket: Socket) => {
    const res = new ServerResponse(req);
    res.shouldKeepAlive = false;
    res.assignSocket(socket);
    res.once('finish', () => socket.end());
    void listener(req, res);
  });
  return { ...api, restored, server };
}
