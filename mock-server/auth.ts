import { hmacHex, sha256Hex } from './crypto.js';
import { insufficientScope, notPermitted, unauthorized } from './errors.js';
import type {
  CustomerRow,
  MemberRow,
  OrganizationAccessTokenRow,
  OrganizationRow,
  SessionRow,
} from './db/rows.js';
import type { RouteContext } from './routing.js';
import type { MockState } from './state.js';

/**
 * Polar's authentication (reference.md §1): a bearer customer session (`polar_cst_`) or member
 * session (`polar_mst_`) with the role checks of `customer_portal/auth.py`, and a merchant's
 * organization access token (`polar_oat_`) with its scopes (`auth/dependencies.py`).
 */

export const CUSTOMER_SESSION_PREFIX = 'polar_cst_';
export const MEMBER_SESSION_PREFIX = 'polar_mst_';
/** Polar's `organization_access_token/service.py` `TOKEN_PREFIX`. */
export const ORGANIZATION_ACCESS_TOKEN_PREFIX = 'polar_oat_';

export interface PortalSubject {
  session: SessionRow;
  /** The billing customer: a member's customer, or the customer of a customer session. */
  customer: CustomerRow;
  member: MemberRow | null;
  organization: OrganizationRow;
}

/** A merchant's backend, by its organization access token: Polar's `Organization` subject. */
export interface OrganizationSubject {
  accessToken: OrganizationAccessTokenRow;
  organization: OrganizationRow;
  scopes: ReadonlySet<string>;
}

/** Whoever a live bearer token is: a portal session or an organization's backend. */
export type AuthSubject = PortalSubject | OrganizationSubject;

const isPortalSubject = (subject: AuthSubject): subject is PortalSubject => 'session' in subject;

/**
 * The bearer token of a request as Polar's `get_bearer_token` reads it (`auth/middlewares.py`):
 * scheme `Bearer` in any case, a non-empty ASCII value; any other header is no token at all.
 */
export function bearerToken(request: Pick<Request, 'headers'>): string | null {
  const header = request.headers.get('authorization');
  if (!header) return null;
  const space = header.indexOf(' ');
  if (space < 0 || header.slice(0, space).toLowerCase() !== 'bearer') return null;
  const value = header.slice(space + 1).trim();
  // eslint-disable-next-line no-control-regex -- ASCII is the rule being checked
  if (!value || !/^[\x00-\x7f]+$/.test(value)) return null;
  return value;
}

/** The live portal session behind `token`, or null for anything else (unknown, expired, not ours). */
export async function resolveSession(
  state: MockState,
  token: string,
): Promise<PortalSubject | null> {
  if (!token.startsWith(CUSTOMER_SESSION_PREFIX) && !token.startsWith(MEMBER_SESSION_PREFIX))
    return null;
  const tokenHash = await hmacHex(state.secret, token);
  const session = state.db.sessions.find((s) => s.token_hash === tokenHash);
  if (!session || session.expires_at <= state.clock.now()) return null;
  const customer = state.db.customer(session.customer_id);
  const member =
    session.member_id === null ? null : (state.db.member(session.member_id) ?? undefined);
  if (!customer || member === undefined) return null;
  return {
    session,
    customer,
    member,
    organization: state.db.organization(customer.organization_id)!,
  };
}

/**
 * The live organization access token behind `token`, as Polar's `get_by_token_hash` finds it
 * (`organization_access_token/repository.py`): unexpired, of an organization that still exists.
 */
async function resolveAccessToken(
  state: MockState,
  token: string,
): Promise<OrganizationSubject | null> {
  const tokenHash = await sha256Hex(token);
  const accessToken = state.db.organizationAccessTokens.find((t) => t.token_hash === tokenHash);
  if (!accessToken) return null;
  if (accessToken.expires_at !== null && Date.parse(accessToken.expires_at) <= state.clock.now())
    return null;
  const organization = state.db.organization(accessToken.organization_id);
  if (!organization) return null;
  // Polar's `scope_to_set`: the column's space-separated scopes.
  const scopes = new Set(accessToken.scope.trim().split(/\s+/));
  return { accessToken, organization, scopes };
}

/**
 * Polar's `get_auth_subject` (`auth/middlewares.py`) for the tokens the mock knows, by prefix:
 * null for one that is no live session or token (the pipeline answers 401 `invalid_token`).
 */
export async function resolveSubject(state: MockState, token: string): Promise<AuthSubject | null> {
  if (token.startsWith(ORGANIZATION_ACCESS_TOKEN_PREFIX)) return resolveAccessToken(state, token);
  return resolveSession(state, token);
}

/** Polar's `AuthSubject.rate_limit_user` (`auth/models.py`): whom the limiter counts. */
export function rateLimitIdentity(subject: AuthSubject): string {
  if (!isPortalSubject(subject)) return `organization:${subject.organization.id}`;
  return subject.member ? `member:${subject.member.id}` : `customer:${subject.customer.id}`;
}

/**
 * `CustomerPortalUnionRead/Write`: any valid portal session. Polar's pipeline (`polar-pipeline.ts`)
 * resolved the bearer before any handler ran and answered 401 `invalid_token` to one that is no
 * live session; here only its absence is left to refuse. An organization access token is no
 * subject these routes allow, and Polar's `_Authenticator` treats it as anonymous: 401. Outside
 * that pipeline (a development route) there is no subject, so nothing is admitted.
 */
export async function authenticate({ subject }: RouteContext): Promise<PortalSubject> {
  if (!subject || !isPortalSubject(subject)) throw unauthorized();
  return subject;
}

/**
 * Polar's `Authenticator(allowed_subjects={User, Organization}, required_scopes=...)` for the
 * merchant's own API (`customer_session/auth.py`): a portal session counts as anonymous (401),
 * a token without the scope is refused with `insufficient_scope` (403). Users (personal tokens,
 * OAuth) are not mocked.
 */
export function authenticateOrganization(
  { subject }: RouteContext,
  requiredScope: string,
): OrganizationSubject {
  if (!subject || isPortalSubject(subject)) throw unauthorized();
  if (!subject.scopes.has(requiredScope)) throw insufficientScope([requiredScope]);
  return subject;
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

/** The member roles Polar's `_union_billing_roles` and `CustomerPortalBillingManager` admit. */
const BILLING_ROLES: ReadonlySet<MemberRow['role']> = new Set(['owner', 'billing_manager']);

/**
 * Whether `CustomerPortalUnionBilling*` would admit this subject, without throwing: for an answer
 * that mixes billing and other data (the export), which leaves the billing parts out instead.
 */
export function hasBillingAccess(subject: PortalSubject): boolean {
  return subject.member === null || BILLING_ROLES.has(subject.member.role);
}

/** Whether `CustomerPortalBillingManager` would admit this subject (members only), not throwing. */
export function hasMemberManagement(subject: PortalSubject): boolean {
  return subject.member !== null && BILLING_ROLES.has(subject.member.role);
}
