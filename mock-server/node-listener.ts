import type { IncomingMessage, ServerResponse } from 'node:http';
import { getResponse, type RequestHandler } from 'msw';
import { answerEmbedFile } from './embed-pages.js';
import { directHandlerOf, type Incoming } from './direct-handlers.js';
import { MockApiError } from './errors.js';
import { jsonText } from './json-text.js';
import { discardRest, nodeBody, type NodeBody } from './node-body.js';
import { isPolarPath, originOf, refuseBeforeRouting } from './node-guards.js';
import { fetchHeaders, requestUrl, toIncoming } from './node-incoming.js';
import { DEV_CORS_HEADERS, writeResponse } from './node-response.js';
import { answerAtPolarEdge, refusalAtPolarEdge } from './polar-edge.js';

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
    // Polar's paths get Polar's CORS from the handlers (`polar-edge.ts`), preflights included;
    // the mock's own routes get open CORS here.
    const polar = isPolarPath(req.url);
    try {
      // Polar's front end, not its API: the stand-in card embed page.
      if (await answerEmbedFile(req, res)) return;
      if (req.method === 'OPTIONS' && !polar) {
        res.writeHead(204, DEV_CORS_HEADERS).end();
        return;
      }
      let refusal = refuseBeforeRouting(req);
      if (refusal) {
        // A 400 is the HTTP server's (uvicorn's, before Polar's app: no headers of Polar's); the
        // body limit is a middleware inside Polar's version and CORS layers.
        if (polar && refusal.status !== 400)
          refusal = refusalAtPolarEdge(fetchHeaders(req), refusal);
        // Its body is never read. With none coming the connection closes cleanly after the
        // answer; a body on its way is drained for a moment first (`finally`), then cut.
        if (!sendsBody(req)) res.shouldKeepAlive = false;
        // Written whole at once: for a framing Node's parser rejects right after the headers,
        // its error comes before any later tick, and the answer must already be out by then.
        res.writeHead(refusal.status, {
          ...(polar ? {} : DEV_CORS_HEADERS),
          ...(refusal.body === undefined ? {} : { 'content-type': 'application/json' }),
          ...refusal.headers,
        });
        res.end(refusal.body === undefined ? undefined : JSON.stringify(refusal.body));
        return;
      }
      const origin = originOf(req)!;
      if (!['GET', 'HEAD'].includes(req.method ?? 'GET')) body = nodeBody(req);
      const url = requestUrl(req.url ?? '/', origin);
      const incoming = toIncoming(req, url, body);
      const answered = await answer(handlers, incoming, origin);
      if (!answered) {
        if (next) return next();
        const notFound = () => jsonText({ detail: 'Not Found' }, { status: 404 });
        if (!polar) return await writeResponse(res, notFound(), true, DEV_CORS_HEADERS);
        const response = await answerAtPolarEdge(incoming.method, incoming.headers, notFound);
        return await writeResponse(res, response, true);
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
          response = (polar ? refusalAtPolarEdge(incoming.headers, error) : error).toResponse();
          ours = true;
        }
      }
      // Another MSW handler mounted with ours answers with open CORS, as the mock's own routes.
      await writeResponse(res, response, ours, ours && polar ? {} : DEV_CORS_HEADERS);
    } catch (error) {
      // Every error the handlers know is answered by them; this is a bug of the mock, logged,
      // and still answered as the client's bad request: nothing a client sends gets a 5xx.
      console.error('[mock-server]', error);
      if (!res.headersSent)
        res.writeHead(400, { 'content-type': 'application/json', ...DEV_CORS_HEADERS });
      res.end(JSON.stringify({ error: 'BadRequest', detail: 'The mock could not answer this.' }));
    } finally {
      // Whatever of the body the answer did not need is drained for a moment, then cut off.
      const discard = () => (body ? body.discardRest() : discardRest(req));
      if (res.writableEnded) discard();
      else res.once('finish', discard);
    }
  };
}
