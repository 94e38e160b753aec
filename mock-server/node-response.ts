import type { ServerResponse } from 'node:http';
import { JsonText } from './json-text.js';

/**
 * Open CORS for the mock's own routes (`/__dev/`, `/__files/`), refusals too, so a page on
 * another origin can drive the mock. Polar's paths get Polar's CORS instead (`polar-edge.ts`).
 */
export const DEV_CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'authorization, content-type, polar-version, true-client-ip',
  'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'access-control-expose-headers':
    'polar-version, retry-after, www-authenticate, content-disposition',
  'access-control-max-age': '600',
};

/**
 * Writes `response` out. A body the mock made (`whole`) is in memory, so it is read first and
 * sent with the headers in one write: chunk by chunk, the headers and each chunk left in their
 * own TCP segment, and that write was the largest cost per request after MSW's. The framing is
 * the same either way (chunked). Any other handler's body is passed on as it comes, since it
 * may be a stream that trickles. `extraHeaders` go under the response's own.
 */
export async function writeResponse(
  res: ServerResponse,
  response: Response,
  whole: boolean,
  extraHeaders: Record<string, string> = {},
): Promise<void> {
  const headers: Record<string, string | string[]> = { ...extraHeaders };
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
