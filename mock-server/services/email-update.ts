import type { PortalSubject } from '../auth.js';
import { generateToken, hmacHex } from '../crypto.js';
import type { EmailUpdateRow } from '../db/rows.js';
import { notPermitted, polarError, polarValidationError } from '../errors.js';
import type { MockState } from '../state.js';
import { customerChanged } from '../webhooks/emit.js';
import { createSession } from './sessions.js';

/**
 * Changing the customer's email (reference.md §4.2): a link with a single-use token goes to the
 * new address; following it moves the email and starts a fresh customer session. The token's
 * hash is computed first, so each check and its change run with no `await` in between.
 */

const TOKEN_PREFIX = 'polar_cev_';
const TOKEN_TTL_MS = 30 * 60_000;

const invalidUpdate = () =>
  polarError(
    401,
    'InvalidCustomerEmailUpdate',
    'This email update request is invalid or has expired.',
  );

export async function requestEmailUpdate(
  state: MockState,
  subject: PortalSubject,
  email: string,
): Promise<void> {
  const token = generateToken(TOKEN_PREFIX);
  const tokenHash = await hmacHex(state.secret, token);
  // As they are now, not as the session found them before the token was hashed.
  const customer = state.db.customers.latest(subject.customer);
  const organization = state.db.organizations.latest(subject.organization);
  if (!organization.customer_portal_settings.customer?.allow_email_change) {
    throw notPermitted('Email changes are not enabled for this organization.');
  }
  const refuse = (msg: string) =>
    polarValidationError([{ type: 'value_error', loc: ['body', 'email'], msg, input: email }]);
  if (customer.type === 'team' || customer.email === null)
    throw refuse('Only individual customers can change their email.');
  if (customer.email.toLowerCase() === email.toLowerCase())
    throw refuse('New email is the same as your current email.');

  state.db.emailUpdates.insert({
    token_hash: tokenHash,
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
}

const liveUpdate = (state: MockState, tokenHash: string) =>
  state.db.emailUpdates.find((u) => u.token_hash === tokenHash && u.expires_at > state.clock.now());

/** The pending change a token names, or the 401 Polar answers for a wrong or expired one. */
export async function findEmailUpdate(state: MockState, token: string): Promise<EmailUpdateRow> {
  const update = liveUpdate(state, await hmacHex(state.secret, token));
  if (!update) throw invalidUpdate();
  return update;
}

/** Follows the link: moves the email, spends the token, returns a new customer session token. */
export async function verifyEmailUpdate(state: MockState, token: string): Promise<string> {
  const update = liveUpdate(state, await hmacHex(state.secret, token));
  if (!update) throw invalidUpdate();
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
  state.db.emailUpdates.delete(update.id);
  const updated = state.db.customers.update(customer, {
    email: update.email,
    email_verified: true,
  });
  customerChanged(state, updated);
  return createSession(state, updated, null);
}
