import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The mock's stand-in for Polar's card embed page (`embed/payment-method.*`), served where
 * Polar's front end serves the real one, `/embed/payment-method`, on the mock's own origin.
 * Plain files, so the test runner, Vite and the demo's static build hand out the same ones
 * (`EMBED_FILES` is their list).
 */

/** Path on the mock's origin → file in `mock-server/embed/` (and `dist/mock/embed/`). */
export const EMBED_FILES: Readonly<Record<string, string>> = {
  '/embed/payment-method': 'payment-method.html',
  '/embed/payment-method.js': 'payment-method.js',
  '/embed/payment-method.css': 'payment-method.css',
};

const TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

/**
 * The page holds a session token in its URL (Polar's design), so it loads nothing from
 * elsewhere, sends no referrer with what it does load, is never cached, and may be framed by
 * any page (the embedding page's origin is checked by the page itself, as Polar's does).
 */
const HEADERS = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors *",
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
};

const cache = new Map<string, Promise<Buffer>>();

/** Answers `req` when it asks for a file of the stand-in page; `false` leaves it to the API. */
export async function answerEmbedFile(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const path = (req.url ?? '/').split('?')[0]!;
  const file = EMBED_FILES[path];
  if (!file) return false;
  let body = cache.get(file);
  if (!body) {
    body = readFile(new URL(`./embed/${file}`, import.meta.url));
    cache.set(file, body);
  }
  const content = await body;
  res.writeHead(200, {
    ...HEADERS,
    'content-type': TYPES[file.split('.').pop()!]!,
    'content-length': content.length,
  });
  res.end(req.method === 'HEAD' ? undefined : content);
  return true;
}
