import type { CustomerRow, MemberRow, OrganizationRow, SessionRow } from '../db/rows.js';
import { polarValidationError } from '../errors.js';
import type { MockState } from '../state.js';
import { ensureOwnerMember } from './members.js';
import { insertSession, mintSessionToken } from './sessions.js';

/**
 * Sessions a merchant's backend creates for its signed-in user (`POST /v1/customer-sessions/`),
 * as Polar's `CustomerSessionService.create` does (`customer_session/service.py`): a customer
 * session, or in an organization with the member model a member session, the owner's unless the
 * request names a member. The token works on every portal route as a signed-in one does.
 */

export type CustomerSessionRequest = (
  | { customer_id: string; external_customer_id?: undefined }
  | { external_customer_id: string; customer_id?: undefined }
) & {
  member_id?: string | null;
  external_member_id?: string | null;
  return_url?: string | null;
};

export interface CreatedCustomerSession {
  token: string;
  session: SessionRow;
  customer: CustomerRow;
  member: MemberRow | null;
}

const doesNotExist = (field: string, msg: string, input: unknown) =>
  polarValidationError([{ type: 'value_error', loc: ['body', field], msg, input }]);

/** Polar's `_get_customer`: a live customer of the token's organization, by id or external id. */
function findCustomer(
  state: MockState,
  org: OrganizationRow,
  request: CustomerSessionRequest,
): CustomerRow {
  const own = (c: CustomerRow) => c.organization_id === org.id && c.deleted_at === null;
  if (request.customer_id !== undefined) {
    const customer = state.db.customer(request.customer_id);
    if (customer && own(customer)) return customer;
    throw doesNotExist('customer_id', 'Customer does not exist.', request.customer_id);
  }
  const id = request.external_customer_id;
  const customer = state.db.customers.find((c) => own(c) && c.external_id === id);
  if (customer) return customer;
  throw doesNotExist('external_customer_id', 'Customer does not exist.', id);
}

/** Polar's `_resolve_member`: the member named, else an individual customer's owner. */
function resolveMember(
  state: MockState,
  customer: CustomerRow,
  request: CustomerSessionRequest,
): MemberRow {
  const ofCustomer = (m: MemberRow) => m.customer_id === customer.id && m.deleted_at === null;
  if (request.member_id != null) {
    const member = state.db.member(request.member_id);
    if (member && ofCustomer(member)) return member;
    throw doesNotExist('member_id', 'Member does not exist for this customer.', request.member_id);
  }
  if (request.external_member_id != null) {
    const id = request.external_member_id;
    const member = state.db.members.find((m) => ofCustomer(m) && m.external_id === id);
    if (member) return member;
    throw doesNotExist('external_member_id', 'Member does not exist for this customer.', id);
  }
  if (customer.type === 'team')
    throw doesNotExist('member_id', 'member_id is required for team customers.', null);
  return ensureOwnerMember(state, customer);
}

export async function createCustomerSession(
  state: MockState,
  org: OrganizationRow,
  request: CustomerSessionRequest,
): Promise<CreatedCustomerSession> {
  // The token is hashed first: the checks and writes below then run with no `await` between.
  const memberModel = org.member_model_enabled;
  const minted = await mintSessionToken(state, memberModel ? 'member' : 'customer');
  const customer = findCustomer(state, org, request);
  const member = memberModel ? resolveMember(state, customer, request) : null;
  const session = insertSession(state, minted, customer, member, request.return_url ?? null);
  return { token: minted.token, session, customer, member };
}
