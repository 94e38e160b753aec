import { z } from 'zod';
import { authenticateBilling } from '../auth.js';
import { isoDate } from '../clock.js';
import { generateToken, hmacHex } from '../crypto.js';
import { notPermitted, polarError, polarValidationError } from '../errors.js';
import type { Route, RouteContext } from '../routing.js';
import { createSession } from '../services/sessions.js';
import { field, parseJsonBody, parseQuery } from '../validation.js';
import { customerChanged } from '../webhooks/emit.js';

/**
 * Changing the customer's email (reference.md §4.2): a link with a single-use token goes to the
 * new address; following it moves the email and starts a fresh customer session.
 */

const BASE = '/v1/customer-portal/customers/me/email-update';
const TOKEN_PREFIX = 'polar_cev_';
const TOKEN_TTL_MS = 30 * 60_000;

const invalidUpdate = () =>
  polarError(
    401,
    'InvalidCustomerEmailUpdate',
    'This email update request is invalid or has expired.',
  );

async function request(ctx: RouteContext): Promise<Response> {
  const { customer, organization } = await authenticateBilling(ctx);
  const { email } = await parseJsonBody(ctx.request, z.object({ email: field.email() }));
  const { state } = ctx;
  if (!organization.customer_portal_settings.customer?.allow_email_change) {
    throw notPermitted('Email changes are not enabled for this organization.');
  }
  const refuse = (msg: string) =>
    polarValidationError([{ type: 'value_error', loc: ['body', 'email'], msg, input: email }]);
  if (customer.type === 'team' || customer.email === null)
    throw refuse('Only individual customers can change their email.');
  if (customer.email.toLowerCase() === email.toLowerCase())
    throw refuse('New email is the same as your current email.');

  const token = generateToken(TOKEN_PREFIX);
  state.db.emailUpdates.push({
    token_hash: await hmacHex(state.secret, token),
    customer_id: customer.id,
    email,
    expires_at: state.clock.now() + TOKEN_TTL_MS,
  });
  state.mailbox.send({
    to: email,
    subject: `Confirm your new email for ${organization.name}`,
    text: `Confirm this address for your ${organization.name} account with the token below (valid 30 minutes):\n\n${token}\n\n/${organization.slug}/portal/verify-email?token=${token}`,
    code: token,
  });
  return Response.json(null, { status: 202 });
}

async function findUpdate(ctx: RouteContext, token: string) {
  const hash = await hmacHex(ctx.state.secret, token);
  const index = ctx.state.db.emailUpdates.findIndex(
    (u) => u.token_hash === hash && u.expires_at > ctx.state.clock.now(),
  );
  if (index < 0) throw invalidUpdate();
  return index;
}

async function check(ctx: RouteContext): Promise<Response> {
  const { token } = parseQuery(ctx.url, z.object({ token: field.string() }));
  await findUpdate(ctx, token);
  return new Response(null, { status: 204 });
}

async function verify(ctx: RouteContext): Promise<Response> {
  const { token } = await parseJsonBody(ctx.request, z.object({ token: field.string() }));
  const index = await findUpdate(ctx, token);
  const { state } = ctx;
  const update = state.db.emailUpdates[index]!;
  const customer = state.db.customer(update.customer_id);
  if (!customer) throw invalidUpdate();
  const taken = state.db.customers.some(
    (c) =>
      c.id !== customer.id &&
      c.organization_id === customer.organization_id &&
      c.email?.toLowerCase() === update.email.toLowerCase(),
  );
  if (taken) {
    throw polarValidationError([
      {
        type: 'value_error',
        loc: ['body', 'token'],
        msg: 'This email address is already in use.',
        input: token,
      },
    ]);
  }
  state.db.emailUpdates.splice(index, 1);
  customer.email = update.email;
  customer.email_verified = true;
  customer.modified_at = isoDate(state.clock.now());
  customerChanged(state, customer);
  return Response.json({ token: await createSession(state, customer, null) });
}

export const emailUpdateRoutes: Route[] = [
  { method: 'POST', path: `${BASE}/request`, handle: request },
  { method: 'GET', path: `${BASE}/check`, handle: check },
  { method: 'POST', path: `${BASE}/verify`, handle: verify },
];
