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
 * Polar's rules (`customer_email_update/service.py`): one pending change per customer, so a new
 * request deletes the one before and its link stops working; an address taken by the time the
 * link is opened spends the token too.
 */

const TOKEN_PREFIX = 'polar_cev_';
/** Polar's `EMAIL_VERIFICATION_TTL_SECONDS` (`config.py`). */
export const EMAIL_UPDATE_TTL_MS = 30 * 60_000;

/**
 * Where the link in the email goes: Polar's hosted page, `{FRONTEND_BASE_URL}/{slug}/portal/
 * verify-email?token=…`; the mock's stand-in (`pages/verify-email.ts`) lives on its own origin.
 */
export const verifyEmailUrl = (origin: string, slug: string, token: string) =>
  `${origin}/${encodeURIComponent(slug)}/portal/verify-email?${new URLSearchParams({ token })}`;

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
  origin: string,
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

  // Polar's `delete_by_customer_id`: the previous request's link is dead from here on.
  state.db.emailUpdates.remove((u) => u.customer_id === customer.id);
  state.db.emailUpdates.insert({
    token_hash: tokenHash,
    customer_id: customer.id,
    email,
    expires_at: state.clock.now() + EMAIL_UPDATE_TTL_MS,
  });
  // Polar's subject and wording (`customer_email_update_verification.tsx`).
  state.mailbox.send({
    to: email,
    subject: 'Verify your new email address',
    text: `You requested to change your email address for your ${organization.name} account. Open the link below to verify this email address. This link is only valid for the next ${EMAIL_UPDATE_TTL_MS / 60_000} minutes.\n\n${verifyEmailUrl(origin, organization.slug, token)}`,
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
  // Polar deletes the request before refusing: the link is spent either way.
  state.db.emailUpdates.delete(update.id);
  if (taken) {
    throw polarValidationError([
      {
        type: 'value_error',
        loc: ['body', 'token'],
        msg: 'This email address is already in use.',
        input: update.email, // Polar echoes the address, not the token
      },
    ]);
  }
  const oldEmail = customer.email;
  const updated = state.db.customers.update(customer, {
    email: update.email,
    email_verified: true,
  });
  customerChanged(state, updated);
  if (oldEmail !== null) {
    // Polar's `customer_email_changed_notification`: the old address learns of the change.
    const organization = state.db.organization(customer.organization_id);
    state.mailbox.send({
      to: oldEmail,
      subject: 'Your email address has been changed',
      text: `The email address of your ${organization?.name ?? ''} account was changed to ${update.email}.`,
      code: null,
    });
  }
  return createSession(state, updated, null);
}
