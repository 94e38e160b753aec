import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/**
 * A static file server for the e2e pages, as a merchant's host would be: `mounts` maps a URL
 * prefix to a folder. `headers` adds response headers to HTML (a Content-Security-Policy).
 */
export function serveStatic(
  mounts: Record<string, string>,
  headers: (path: string) => Record<string, string> = () => ({}),
): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const prefix = Object.keys(mounts)
      .sort((a, b) => b.length - a.length)
      .find((p) => path.startsWith(p));
    if (!prefix) return void res.writeHead(404).end('Not found');
    let file = normalize(join(mounts[prefix]!, path.slice(prefix.length)));
    if (!file.startsWith(normalize(mounts[prefix]!))) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end('Not found');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, {
      'content-type': type,
      ...(type.startsWith('text/html') ? headers(path) : {}),
    });
    createReadStream(file).pipe(res);
  });
  return listen(server).then((origin) => ({ server, origin }));
}

/** Listens on a free port of 127.0.0.1 and resolves with the server's origin. */
export function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve(`http://127.0.0.1:${port}`);
    }),
  );
}
