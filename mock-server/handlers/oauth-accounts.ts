import { z } from 'zod';
import { authenticate } from '../auth.js';
import { hmacHex } from '../crypto.js';
import { notFound, polarError } from '../errors.js';
import type { Route, RouteContext } from '../routing.js';
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

interface OAuthState {
  platform: 'github' | 'discord';
  return_to: string;
  customer_id: string;
  member_id: string | null;
}

const encode = (text: string) =>
  btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const decode = (text: string) => atob(text.replace(/-/g, '+').replace(/_/g, '/'));

async function signState(secret: string, state: OAuthState): Promise<string> {
  const payload = encode(JSON.stringify(state));
  return `${payload}.${await hmacHex(secret, `oauth:${payload}`)}`;
}

async function readState(secret: string, signed: string): Promise<OAuthState | null> {
  const [payload = '', signature = ''] = signed.split('.');
  if (signature !== (await hmacHex(secret, `oauth:${payload}`))) return null;
  try {
    return JSON.parse(decode(payload)) as OAuthState;
  } catch {
    return null;
  }
}

async function authorize(ctx: RouteContext): Promise<Response> {
  const { customer, member } = await authenticate(ctx);
  const query = parseQuery(
    ctx.url,
    z.object({ platform: PLATFORM, return_to: field.string().optional() }),
  );
  const state = await signState(ctx.state.secret, {
    platform: query.platform,
    return_to: query.return_to ?? ctx.url.origin,
    customer_id: customer.id,
    member_id: member?.id ?? null,
  });
  return Response.json({
    url: `${ctx.url.origin}/__dev/oauth/${query.platform}/authorize?state=${state}`,
  });
}

/** The stand-in provider: approves straight away and returns to Polar's callback. */
function mockProvider(ctx: RouteContext): Response {
  const state = ctx.url.searchParams.get('state') ?? '';
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
  const state = await readState(ctx.state.secret, query.state);
  if (!state) throw polarError(400, 'BadRequest', 'Invalid OAuth state');
  const target = new URL(state.return_to);
  if (query.error || !query.code) {
    target.searchParams.set('error', query.error ?? 'access_denied');
    target.searchParams.set('error_platform', state.platform);
  } else {
    const { db } = ctx.state;
    const holder = state.member_id ? db.member(state.member_id) : db.customer(state.customer_id);
    if (!holder) throw notFound();
    const account = MOCK_ACCOUNTS[state.platform];
    holder.oauth_accounts = {
      ...holder.oauth_accounts,
      [`${state.platform}:${account.account_id}`]: account,
    };
  }
  return new Response(null, { status: 303, headers: { location: target.toString() } });
}

export const oauthAccountRoutes: Route[] = [
  { method: 'GET', path: `${BASE}/authorize`, handle: authorize },
  { method: 'GET', path: `${BASE}/callback`, handle: callback },
];

export const oauthProviderRoutes: Route[] = [
  { method: 'GET', path: '/__dev/oauth/:platform/authorize', handle: mockProvider },
];
