import type { CustomerSelectionRequiredResponse } from '../../src/api/types.js';
import { DIGITS, hmacHex, randomString, UPPER_ALNUM } from '../crypto.js';
import type { CustomerRow, MemberRow, OrganizationRow } from '../db/rows.js';
import { MockApiError, polarError } from '../errors.js';
import type { MockState } from '../state.js';
import { ensureOwnerMember } from './members.js';
import { createSession } from './sessions.js';

/**
 * Sign-in as Polar does it (contract README "Sign-in", reference.md §2): a code by email, hashed
 * in the store, single use, valid 30 minutes; the code is exchanged for a portal session.
 */

const CODE_LENGTH = 6;
const CODE_TTL_MS = 30 * 60_000;

const sameEmail = (a: string | null, b: string) =>
  a !== null && a.toLowerCase() === b.toLowerCase();

/** The customer the code is for, or null (answered with the same 202: no enumeration). */
function findCustomerForCode(
  state: MockState,
  org: OrganizationRow,
  email: string,
  customerId: string | null | undefined,
): CustomerRow | null {
  const { db } = state;
  const orgCustomers = db.customers.filter(
    (c) => c.organization_id === org.id && c.deleted_at === null,
  );

  if (!org.member_model_enabled) {
    return orgCustomers.find((c) => sameEmail(c.email, email)) ?? null;
  }

  let members = db.members.filter(
    (m) => m.organization_id === org.id && m.deleted_at === null && sameEmail(m.email, email),
  );
  if (members.length === 0) {
    // Polar creates the owner member of an individual customer the first time it is needed.
    const customer = orgCustomers.find((c) => sameEmail(c.email, email));
    if (!customer) return null;
    members = [ensureOwnerMember(state, customer)];
  }
  if (customerId) {
    const chosen = members.find((m) => m.customer_id === customerId);
    return chosen ? (db.customer(chosen.customer_id) ?? null) : null;
  }
  if (members.length > 1) {
    const body: CustomerSelectionRequiredResponse = {
      error: 'customer_selection_required',
      detail: 'Multiple customers found for this email. Please select one.',
      customers: members.map((m) => ({
        id: m.customer_id,
        name: db.customer(m.customer_id)?.name ?? null,
      })),
    };
    throw new MockApiError(409, body);
  }
  return db.customer(members[0]!.customer_id) ?? null;
}

export interface CodeRequest {
  email: string;
  organization_id: string;
  customer_id?: string | null;
}

/**
 * Mails a code to a customer of the organization with that email; for anyone else nothing
 * happens, and the caller answers the same. Throws 409 when the email is several customers'.
 */
export async function requestCode(state: MockState, request: CodeRequest): Promise<void> {
  const org = state.db.organization(request.organization_id);
  if (!org) return;
  const customer = findCustomerForCode(state, org, request.email, request.customer_id);
  if (!customer) return;

  const alphabet = state.codeAlphabet === 'polar' ? UPPER_ALNUM : DIGITS;
  let code: string;
  let codeHash: string;
  let now: number;
  do {
    // Codes are looked up by the code alone, so two live codes must never be equal.
    code = randomString(CODE_LENGTH, alphabet);
    codeHash = await hmacHex(state.secret, code);
    now = state.clock.now();
  } while (state.db.sessionCodes.some((c) => c.code_hash === codeHash && c.expires_at > now));
  state.db.sessionCodes.insert({
    code_hash: codeHash,
    email: request.email,
    customer_id: customer.id,
    expires_at: now + CODE_TTL_MS,
  });

  state.mailbox.send({
    to: request.email,
    subject: `Access your ${org.name} purchases`,
    text: [
      `Here is your code to access your ${org.name} purchases:`,
      '',
      code,
      '',
      `This code is only valid for the next ${CODE_TTL_MS / 60_000} minutes.`,
      `If you didn't request it, you can ignore this email.`,
    ].join('\n'),
    code,
  });
}

const invalidCode = () =>
  polarError(
    401,
    'CustomerSessionCodeInvalidOrExpired',
    'This customer session code is invalid or has expired.',
  );

/** Spends a code (single use) and returns the token of a new portal session. */
export async function authenticateCode(state: MockState, code: string): Promise<string> {
  const codeHash = await hmacHex(state.secret, code);
  const now = state.clock.now();
  const row = state.db.sessionCodes.find((c) => c.code_hash === codeHash && c.expires_at > now);
  if (!row) throw invalidCode();
  state.db.sessionCodes.delete(row.id);
  let customer = state.db.customer(row.customer_id);
  if (!customer) throw invalidCode();
  if (sameEmail(customer.email, row.email) && !customer.email_verified)
    customer = state.db.customers.update(customer, { email_verified: true });

  const org = state.db.organization(customer.organization_id)!;
  let member: MemberRow | undefined;
  if (org.member_model_enabled) {
    member = state.db.members.find(
      (m) =>
        m.customer_id === customer.id && m.deleted_at === null && sameEmail(m.email, row.email),
    );
    if (!member) throw invalidCode();
  }
  return createSession(state, customer, member ?? null);
}
