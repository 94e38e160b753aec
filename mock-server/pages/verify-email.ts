import type { HttpHandler } from 'msw';
import { mockHandler, routeContext } from '../direct-handlers.js';
import { escapeHtml } from '../documents.js';
import type { RouteContext } from '../routing.js';
import type { MockState } from '../state.js';
import { VERIFY_EMAIL_SCRIPT } from './verify-email-script.js';

/**
 * The mock's stand-in for Polar's hosted page behind the email-change link,
 * `{front end}/{slug}/portal/verify-email?token=…` (`send_verification_email` in
 * `customer_email_update/service.py`). Polar's front end serves it; the mock, on its own origin,
 * serves one page that does what Polar's does through the public API: check the link, confirm on
 * a click, say how it ended. Everything the page runs is inline and pinned by hash in a strict
 * Content-Security-Policy; it can reach nothing but its own origin.
 */

export const VERIFY_EMAIL_PATH = /^\/([^/]+)\/portal\/verify-email$/;

const STYLE = `body{font:1rem/1.5 system-ui,sans-serif;max-inline-size:36rem;margin:3rem auto;padding:0 1rem;color-scheme:light dark}
[hidden]{display:none}
h2:focus{outline:none}
button{font:inherit;padding:.5rem 1rem;cursor:pointer}
.problem{font-weight:600}`;

async function sha256Base64(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return btoa(String.fromCharCode(...new Uint8Array(digest)));
}

let policy: Promise<string> | undefined;

/** Only the two inline blocks may run or style; the API on the same origin is all it may call. */
export function verifyEmailPolicy(): Promise<string> {
  policy ??= Promise.all([sha256Base64(VERIFY_EMAIL_SCRIPT), sha256Base64(STYLE)]).then(
    ([script, style]) =>
      [
        "default-src 'none'",
        `script-src 'sha256-${script}'`,
        `style-src 'sha256-${style}'`,
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
      ].join('; '),
  );
  return policy;
}

/** The steps are all in the page; the script shows one at a time. */
function renderPage(organizationName: string): string {
  const name = escapeHtml(organizationName);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Verify Email | ${name}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${name}</h1>
<section id="checking" data-step>
<h2 tabindex="-1">Checking your link…</h2>
<noscript><p>This page needs JavaScript to confirm the change.</p></noscript>
</section>
<section id="confirm" data-step hidden>
<h2 tabindex="-1">Verify new email</h2>
<p>You are updating your email address for <strong>${name}</strong>. Once confirmed, you will use this new email to access your purchases.</p>
<p><button type="button" id="confirm-button">Confirm email change</button></p>
<p id="confirm-problem" class="problem" role="alert"></p>
<p>Changed your mind? Close this page: your current email stays.</p>
</section>
<section id="done" data-step hidden>
<h2 tabindex="-1">Email updated</h2>
<p id="done-message"></p>
</section>
<section id="invalid" data-step hidden>
<h2 tabindex="-1">Invalid link</h2>
<p>This verification link is invalid, has expired or was already used. A newer request to change your email also cancels the links sent before it. Ask for a new link from your account.</p>
</section>
<section id="failed" data-step hidden>
<h2 tabindex="-1">Your email was not changed</h2>
<p id="failed-message" class="problem"></p>
</section>
</main>
<script>${VERIFY_EMAIL_SCRIPT}</script>
</body>
</html>`;
}

const htmlHeaders = (status: number, csp: string): ResponseInit => ({
  status,
  headers: {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': csp,
    // The token is in the address: no other site learns it from a Referer, no cache keeps it.
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  },
});

async function serveVerifyEmailPage(ctx: RouteContext): Promise<Response> {
  const slug = ctx.params.slug ?? '';
  const csp = await verifyEmailPolicy();
  // Polar's page is per organization (`getOrganizationOrNotFound`): an unknown slug is a 404.
  const organization = ctx.state.db.organizations.find((o) => o.slug === slug);
  if (!organization)
    return new Response(
      '<!doctype html><html lang="en"><meta charset="utf-8"><title>Not found</title><h1>Not found</h1></html>',
      htmlHeaders(404, "default-src 'none'"),
    );
  return new Response(renderPage(organization.name), htmlHeaders(200, csp));
}

/**
 * The page's MSW handler: GET only, any other method passes (a 404 from the transport). In the
 * browser's worker, navigations bypass MSW, so only the Node server (and `npm start`) shows it.
 */
export function verifyEmailPageHandlers(state: MockState): HttpHandler[] {
  return [
    mockHandler(/\/portal\/verify-email$/, async (incoming) => {
      const match = VERIFY_EMAIL_PATH.exec(incoming.url.pathname);
      if (!match || !['GET', 'HEAD'].includes(incoming.method)) return undefined;
      let slug = match[1]!;
      try {
        slug = decodeURIComponent(slug);
      } catch {
        // not UTF-8 percent-encoding: no organization has that slug, the lookup says 404
      }
      return serveVerifyEmailPage(routeContext(incoming, { slug }, state));
    }),
  ];
}
