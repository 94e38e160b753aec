import { hmacHex } from './crypto.js';
import { invalidToken, notPermitted, unauthorized } from './errors.js';
import type { CustomerRow, MemberRow, OrganizationRow, SessionRow } from './db/rows.js';
import type { RouteContext } from './routing.js';

/**
 * Polar's portal authentication (reference.md §1): a bearer customer session (`polar_cst_`) or
 * member session (`polar_mst_`), and the role checks of `customer_portal/auth.py`.
 */

export const CUSTOMER_SESSION_PREFIX = 'polar_cst_';
export const MEMBER_SESSION_PREFIX = 'polar_mst_';

export interface PortalSubject {
  session: SessionRow;
  /** The billing customer: a member's customer, or the customer of a customer session. */
  customer: CustomerRow;
  member: MemberRow | null;
  organization: OrganizationRow;
}

/** `CustomerPortalUnionRead/Write`: any valid portal session. */
export async function authenticate({ request, state }: RouteContext): Promise<PortalSubject> {
  const header = request.headers.get('authorization');
  const token = header?.match(/^bearer\s+(\S+)\s*$/i)?.[1];
  if (!token) throw unauthorized();
  if (!token.startsWith(CUSTOMER_SESSION_PREFIX) && !token.startsWith(MEMBER_SESSION_PREFIX))
    throw invalidToken();

  const tokenHash = await hmacHex(state.secret, token);
  const session = state.db.sessions.find((s) => s.token_hash === tokenHash);
  if (!session || session.expires_at <= state.clock.now()) throw invalidToken();
  const customer = state.db.customer(session.customer_id);
  const member =
    session.member_id === null ? null : (state.db.member(session.member_id) ?? undefined);
  if (!customer || member === undefined) throw invalidToken();
  return {
    session,
    customer,
    member,
    organization: state.db.organization(customer.organization_id)!,
  };
}

/** `CustomerPortalUnionBilling*`: customers always; members only as owner or billing manager. */
export async function authenticateBilling(ctx: RouteContext): Promise<PortalSubject> {
  const subject = await authenticate(ctx);
  if (subject.member?.role === 'member') {
    throw notPermitted('Only owners and billing managers can access billing features.');
  }
  return subject;
}

/** `CustomerPortalBillingManager`: members only (a customer session counts as anonymous). */
export async function authenticateBillingManager(
  ctx: RouteContext,
): Promise<PortalSubject & { member: MemberRow }> {
  const subject = await authenticate(ctx);
  if (!subject.member) throw unauthorized();
  if (subject.member.role === 'member') throw notPermitted('Insufficient role for this operation');
  return { ...subject, member: subject.member };
}
