import { z } from 'zod';
import type {
  CustomerCustomerSession,
  CustomerSelectionRequiredResponse,
  CustomerSessionCodeAuthenticateResponse,
  PortalAuthenticatedUser,
} from '../../src/api/types.js';
import { authenticate } from '../auth.js';
import { isoDate } from '../clock.js';
import { DIGITS, hmacHex, randomString, UPPER_ALNUM } from '../crypto.js';
import type { CustomerRow, MemberRow, OrganizationRow } from '../db/rows.js';
import { newId } from '../db/ids.js';
import { MockApiError, polarError, polarValidationError } from '../errors.js';
import type { Route, RouteContext } from '../routing.js';
import { createSession } from '../services/sessions.js';
import type { MockState } from '../state.js';
import { field, parseJsonBody } from '../validation.js';

/** Sign-in as Polar does it (contract README "Sign-in", reference.md §2). */

const BASE = '/v1/customer-portal/customer-session';
const CODE_LENGTH = 6;
const CODE_TTL_MS = 30 * 60_000;

const CodeRequest = z.object({
  email: field.email(),
  organization_id: field.uuid4(),
  customer_id: field.uuid4().nullish(),
});

const CodeAuthenticate = z.object({ code: field.string() });

const accepted = () => Response.json(null, { status: 202 });
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
    members = [createOwnerMember(state, customer)];
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

function createOwnerMember(state: MockState, customer: CustomerRow): MemberRow {
  const now = isoDate(state.clock.now());
  const member: MemberRow = {
    id: newId(),
    created_at: now,
    modified_at: null,
    organization_id: customer.organization_id,
    customer_id: customer.id,
    email: customer.email!,
    name: customer.name,
    external_id: customer.external_id,
    role: 'owner',
    oauth_accounts: {},
    deleted_at: null,
  };
  state.db.members.push(member);
  return member;
}

async function requestCode({ request, state }: RouteContext): Promise<Response> {
  const body = await parseJsonBody(request, CodeRequest);
  const org = state.db.organization(body.organization_id);
  if (!org) return accepted();
  const customer = findCustomerForCode(state, org, body.email, body.customer_id);
  if (!customer) return accepted();

  const now = state.clock.now();
  const alphabet = state.codeAlphabet === 'polar' ? UPPER_ALNUM : DIGITS;
  let code: string;
  let codeHash: string;
  do {
    // Codes are looked up by the code alone, so two live codes must never be equal.
    code = randomString(CODE_LENGTH, alphabet);
    codeHash = await hmacHex(state.secret, code);
  } while (state.db.sessionCodes.some((c) => c.code_hash === codeHash && c.expires_at > now));
  state.db.sessionCodes.push({
    code_hash: codeHash,
    email: body.email,
    customer_id: customer.id,
    expires_at: now + CODE_TTL_MS,
  });

  state.mailbox.send({
    to: body.email,
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
  return accepted();
}

const invalidCode = () =>
  polarError(
    401,
    'CustomerSessionCodeInvalidOrExpired',
    'This customer session code is invalid or has expired.',
  );

async function authenticateCode({ request, state }: RouteContext): Promise<Response> {
  const { code } = await parseJsonBody(request, CodeAuthenticate);
  const now = state.clock.now();
  const codeHash = await hmacHex(state.secret, code);
  const index = state.db.sessionCodes.findIndex(
    (c) => c.code_hash === codeHash && c.expires_at > now,
  );
  if (index < 0) throw invalidCode();
  const [row] = state.db.sessionCodes.splice(index, 1); // single use
  const customer = state.db.customer(row!.customer_id);
  if (!customer) throw invalidCode();
  if (sameEmail(customer.email, row!.email)) customer.email_verified = true;

  const org = state.db.organization(customer.organization_id)!;
  let member: MemberRow | undefined;
  if (org.member_model_enabled) {
    member = state.db.members.find(
      (m) =>
        m.customer_id === customer.id && m.deleted_at === null && sameEmail(m.email, row!.email),
    );
    if (!member) throw invalidCode();
  }

  const token = await createSession(state, customer, member ?? null);
  const body: CustomerSessionCodeAuthenticateResponse = { token };
  return Response.json(body);
}

async function introspect(ctx: RouteContext): Promise<Response> {
  const { session } = await authenticate(ctx);
  const body: CustomerCustomerSession = {
    expires_at: isoDate(session.expires_at),
    return_url: session.return_url,
  };
  return Response.json(body);
}

async function authenticatedUser(ctx: RouteContext): Promise<Response> {
  const { customer, member } = await authenticate(ctx);
  if (member) {
    const body: PortalAuthenticatedUser = {
      type: 'member',
      name: member.name,
      email: member.email,
      customer_id: customer.id,
      member_id: member.id,
      role: member.role,
    };
    return Response.json(body);
  }
  if (customer.email === null) {
    throw polarValidationError([
      {
        type: 'value_error',
        loc: ['body'],
        msg: 'Team customers must use member sessions. Create a customer session via the API with a member_id.',
        input: null,
      },
    ]);
  }
  const body: PortalAuthenticatedUser = {
    type: 'customer',
    name: customer.name,
    email: customer.email,
    customer_id: customer.id,
    member_id: null,
    role: null,
  };
  return Response.json(body);
}

export const customerSessionRoutes: Route[] = [
  { method: 'POST', path: `${BASE}/request`, handle: requestCode },
  { method: 'POST', path: `${BASE}/authenticate`, handle: authenticateCode },
  { method: 'GET', path: `${BASE}/introspect`, handle: introspect },
  { method: 'GET', path: `${BASE}/user`, handle: authenticatedUser },
];
