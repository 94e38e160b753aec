import { escapeHtml } from '../documents.js';
import { RETURN_PAGE_PATH } from '../return-url.js';
import type { Route, RouteContext } from '../routing.js';

/**
 * The page Polar's front end shows after connecting an account (its default return path), as
 * the mock serves it: where the OAuth flow lands when `return_to` was not an allowed host, and
 * where `<portal-benefits>`'s window ends. It says how it went, from the `error` and
 * `error_platform` Polar's callback adds, and offers to close the window (a script may close a
 * window that a script opened).
 */

const PLATFORMS: Record<string, string> = { github: 'GitHub', discord: 'Discord' };

function returnPage(ctx: RouteContext): Response {
  const error = ctx.url.searchParams.get('error');
  const platform = PLATFORMS[ctx.url.searchParams.get('error_platform') ?? ''] ?? 'the account';
  const title = error ? `Could not connect ${platform}` : 'Account connected';
  const detail = error
    ? `The answer was: ${error}. You can close this window and try again.`
    : 'You can close this window and go back to the page you came from.';
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title></head><body>
<main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(detail)}</p>
<button type="button" onclick="window.close()">Close this window</button></main>
</body></html>`;
  return new Response(body, {
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      // Only the close button's inline handler runs; every text from the query is escaped too.
      'content-security-policy': "default-src 'none'; script-src 'unsafe-inline'",
    },
  });
}

export const oauthReturnPageRoutes: Route[] = [
  { method: 'GET', path: RETURN_PAGE_PATH, handle: returnPage },
];
