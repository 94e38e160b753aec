import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { getResponse, type RequestHandler } from 'msw';
import { createMockApi, type MockApi, type MockOptions } from './index.js';
import { REMOTE_ADDRESS_HEADER } from './routing.js';
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

function toRequest(req: IncomingMessage, origin: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v));
    else if (value !== undefined) headers.set(name, value);
  }
  // Set here, from the socket, so no client can pick its own rate-limit identity this way.
  headers.set(REMOTE_ADDRESS_HEADER, req.socket.remoteAddress ?? 'unknown');
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(new URL(req.url ?? '/', origin), {
    method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
    // @ts-expect-error `duplex` is required by undici for streamed bodies and missing from lib.dom
    duplex: hasBody ? 'half' : undefined,
  });
}

async function writeResponse(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string | string[]> = { ...CORS_HEADERS };
  response.headers.forEach((value, key) => {
    headers[key] = value;
  });
  res.writeHead(response.status, headers);
  if (response.body) {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>)
      res.write(chunk);
  }
  res.end();
}

export type NodeListener = (
  req: IncomingMessage,
  res: ServerResponse,
  next?: () => void,
) => Promise<void>;

/**
 * A Node request listener answering from MSW handlers. Used as connect middleware (Vite's dev
 * server), an unmatched request goes to `next()`; standalone it gets Starlette's JSON 404.
 */
export function toNodeListener(handlers: RequestHandler[], afterChange?: () => void): NodeListener {
  return async (req, res, next) => {
    try {
      if (req.method === 'OPTIONS') {
        res.writeHead(204, CORS_HEADERS).end();
        return;
      }
      const origin = `http://${req.headers.host ?? '127.0.0.1'}`;
      const response = await getResponse(handlers, toRequest(req, origin), { baseUrl: origin });
      // `HttpResponse.error()` (the fault switch's dropped connection): drop it for real.
      if (response?.type === 'error') return void req.socket.destroy();
      // Persist before answering: what the client was told happened must survive a restart.
      if (response && afterChange && !['GET', 'HEAD'].includes(req.method ?? 'GET')) afterChange();
      if (response) return await writeResponse(res, response);
      if (next) return next();
      await writeResponse(res, Response.json({ detail: 'Not Found' }, { status: 404 }));
    } catch (error) {
      console.error('[mock-server]', error);
      if (!res.headersSent)
        res.writeHead(500, { 'content-type': 'application/json', ...CORS_HEADERS });
      res.end(
        JSON.stringify({ error: 'MockServerError', detail: 'The mock server failed to answer.' }),
      );
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
}

/** A real HTTP server answering Polar's Customer Portal API from a fresh mock. Call `listen`. */
export function createMockServer(options: MockServerOptions = {}): MockServer {
  const api = createMockApi(options);
  api.state.transportSetsRemoteAddress = true;
  const stateFile = options.statePath ? new StateFile(options.statePath, api.state) : null;
  const restored = stateFile?.load() ?? false;
  const listener = toNodeListener(api.handlers, stateFile ? () => stateFile.save() : undefined);
  return { ...api, restored, server: createServer((req, res) => void listener(req, res)) };
}
