import { z } from 'zod';
import { authenticate } from '../auth.js';
import { notPermitted } from '../errors.js';
import { safeReturnUrl, withQuery } from '../return-url.js';
import type { Route, RouteContext } from '../routing.js';
import { connectOAuthAccount } from '../services/oauth-accounts.js';
import { oauthReturnPageRoutes } from './oauth-return-page.js';
import { sign, verify } from '../signing.js';
import { field, parseQuery } from '../validation.js';

/**
 * Connecting a GitHub or Discord account, so those benefits can be claimed (reference.md §4.13).
 * Polar sends the customer to the provider; the mock's stand-in provider (`/__dev/oauth/...`)
 * approves at once as a fixed mock user, then the callback stores the account and redirects.
 */

const BASE = '/v1/customer-portal/oauth-accounts';
const PLATFORM = z.enum(['github', 'discord']);
const MOCK_ACCOUNTS = {
  github: { account_id: '58019999', account_username: 'mock-github-user' },
  discord: { account_id: '1100000000000009999', account_username: 'mock-discord-user' },
};

/** What Polar's `customer_oauth` state JWT carries (`endpoints/oauth_accounts.py`, `authorize`). */
type OAuthState = {
  platform: 'github' | 'discord';
  return_to: string;
  customer_id: string;
  member_id: string | null;
};

async function authorize(ctx: RouteContext): Promise<Response> {
  const { customer, member } = await authenticate(ctx);
  const query = parseQuery(
    ctx.url,
    z.object({ platform: PLATFORM, return_to: field.string().optional() }),
  );
  const claims: OAuthState = {
    platform: query.platform,
    // Polar's `ReturnTo` dependency: an unsafe return_to is replaced before it is signed.
    return_to: safeReturnUrl(query.return_to, ctx.url.origin, ctx.state.allowedReturnHosts),
    customer_id: customer.id,
    member_id: member?.id ?? null,
  };
  const { token: state } = await sign(
    ctx.state.secret,
    'customer_oauth',
    claims,
    ctx.state.clock.now(),
  );
  return Response.json({
    url: `${ctx.url.origin}/__dev/oauth/${query.platform}/authorize?state=${state}`,
  });
}

/** The stand-in provider: approves straight away and returns to Polar's callback. */
function mockProvider(ctx: RouteContext): Response {
  const state = encodeURIComponent(ctx.url.searchParams.get('state') ?? '');
  const callback = `${ctx.url.origin}${BASE}/callback?state=${state}&code=mock-code`;
  return new Response(null, { status: 303, headers: { location: callback } });
}

async function callback(ctx: RouteContext): Promise<Response> {
  const query = parseQuery(
    ctx.url,
    z.object({
      state: field.string(),
      code: field.string().optional(),
      error: z.string().optional(),
    }),
  );
  const verified = await verify<OAuthState>(
    ctx.state.secret,
    'customer_oauth',
    query.state,
    ctx.state.clock.now(),
  );
  // Polar's answer to a state that does not decode (forged, expired, another kind of token).
  if (!verified.ok) throw notPermitted('Invalid state');
  const state = verified.claims;
  const { db } = ctx.state;
  const member = state.member_id ? db.member(state.member_id) : undefined;
  const customer = state.member_id ? undefined : db.customer(state.customer_id);
  const holder = member
    ? ({ kind: 'member', row: member } as const)
    : customer
      ? ({ kind: 'customer', row: customer } as const)
      : undefined;
  if (!holder) throw notPermitted('Invalid customer');
  // Checked again on the way out, as Polar's callback does with `get_safe_return_url`, against
  // the host this browser really asked (a `Host` forged at authorize signed nothing it may use).
  let location = safeReturnUrl(state.return_to, ctx.url.origin, ctx.state.allowedReturnHosts);
  if (query.error || !query.code) {
    location = withQuery(location, {
      error: query.error ?? 'access_denied',
      error_platform: state.platform,
    });
  } else {
    connectOAuthAccount(ctx.state, holder, state.platform, MOCK_ACCOUNTS[state.platform]);
  }
  return new Response(null, { status: 303, headers: { location } });
}

export const oauthAccountRoutes: Route[] = [
  { method: 'GET', path: `${BASE}/authorize`, handle: authorize },
  { method: 'GET', path: `${BASE}/callback`, handle: callback },
];

export const oauthProviderRoutes: Route[] = [
  { method: 'GET', path: '/__dev/oauth/:platform/authorize', handle: mockProvider },
  ...oauthReturnPageRoutes,
];
