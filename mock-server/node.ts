import { createServer, ServerResponse, type IncomingMessage, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { createMockApi, type MockApi, type MockOptions } from './index.js';
import {
  answerClientError,
  DEFAULT_HTTP_TIMEOUTS,
  refuseBeforeRouting,
  type HttpTimeouts,
} from './node-guards.js';
import { toNodeListener } from './node-listener.js';
import { StateFile } from './state-file.js';

/**
 * The same MSW handlers as a real HTTP server (msw's `getResponse` behind `node:http`), with
 * CORS open so a page on another origin can call it.
 */

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
