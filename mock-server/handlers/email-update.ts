import { z } from 'zod';
import { authenticateBilling } from '../auth.js';
import type { Route, RouteContext } from '../routing.js';
import * as service from '../services/email-update.js';
import { field, parseJsonBody, parseQuery } from '../validation.js';

/**
 * Changing the customer's email (reference.md §4.2): a link with a single-use token goes to the
 * new address; following it moves the email and starts a fresh customer session.
 */

const BASE = '/v1/customer-portal/customers/me/email-update';

async function request(ctx: RouteContext): Promise<Response> {
  const subject = await authenticateBilling(ctx);
  const { email } = await parseJsonBody(ctx.request, z.object({ email: field.email() }));
  // The link is on the origin the request came to, as Polar's is on its front end's.
  await service.requestEmailUpdate(ctx.state, subject, email, ctx.url.origin);
  return Response.json(null, { status: 202 });
}

async function check(ctx: RouteContext): Promise<Response> {
  const { token } = parseQuery(ctx.url, z.object({ token: field.string() }));
  await service.findEmailUpdate(ctx.state, token);
  return new Response(null, { status: 204 });
}

async function verify(ctx: RouteContext): Promise<Response> {
  const { token } = await parseJsonBody(ctx.request, z.object({ token: field.string() }));
  return Response.json({ token: await service.verifyEmailUpdate(ctx.state, token) });
}

export const emailUpdateRoutes: Route[] = [
  { method: 'POST', path: `${BASE}/request`, handle: request },
  { method: 'GET', path: `${BASE}/check`, handle: check },
  { method: 'POST', path: `${BASE}/verify`, handle: verify },
];
