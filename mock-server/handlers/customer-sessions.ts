import { z } from 'zod';
import { authenticateOrganization } from '../auth.js';
import { isoDate } from '../clock.js';
import type { CustomerRow, MemberRow } from '../db/rows.js';
import type { Route, RouteContext } from '../routing.js';
import { serializeMerchantCustomer } from '../serializers/merchant-customer.js';
import * as service from '../services/customer-sessions.js';
import { field, readJsonBody, validateUnion } from '../validation.js';

/**
 * The merchant's side of signing in (`customer_session/endpoints.py`): a backend that knows who
 * is signed in on its site creates a portal session for them with an organization access token
 * holding `customer_sessions:write`, and hands the token to the elements.
 */

const SessionFields = {
  member_id: field.uuid4().nullish(),
  external_member_id: field.string().nullish(),
  return_url: field.httpUrl().nullish(),
};

/** `customer_external_id` is the older name Polar still accepts (`AliasChoices`). */
const withAlias = (body: unknown) =>
  body && typeof body === 'object' && !Array.isArray(body) && !('external_customer_id' in body)
    ? { ...body, external_customer_id: (body as Record<string, unknown>).customer_external_id }
    : body;

const CustomerIdCreate = z.object({ ...SessionFields, customer_id: field.uuid4() });
const ExternalIdCreate = z.preprocess(
  withAlias,
  z.object({ ...SessionFields, external_customer_id: field.string() }),
);

/** Polar's `CustomerSession` schema (`customer_session/schemas.py`), in its field order. */
interface CustomerSessionBody {
  created_at: string;
  modified_at: string | null;
  id: string;
  token: string;
  expires_at: string;
  return_url: string | null;
  customer_portal_url: string;
  customer_id: string;
  customer: ReturnType<typeof serializeMerchantCustomer>;
}

/**
 * Polar's `customer_portal_url` (`models/customer_session.py`, `models/member_session.py`):
 * the organization's portal with the token and the email, `customer_session_token` for both
 * kinds. The mock hosts no portal page: the link is on its own origin, in Polar's shape.
 */
function portalUrl(
  origin: string,
  slug: string,
  token: string,
  customer: CustomerRow,
  member: MemberRow | null,
) {
  const query = new URLSearchParams({
    customer_session_token: token,
    // Python's `urlencode` writes a missing email as `None`.
    email: (member ? member.email : customer.email) ?? 'None',
  });
  return `${origin}/${slug}/portal?${query}`;
}

async function create(ctx: RouteContext): Promise<Response> {
  // FastAPI reads the body, then runs the auth dependency, then validates the body.
  const raw = await readJsonBody(ctx.request);
  const { organization } = authenticateOrganization(ctx, 'customer_sessions:write');
  const request = validateUnion<service.CustomerSessionRequest>(
    [
      ['CustomerSessionCustomerIDCreate', CustomerIdCreate],
      ['CustomerSessionCustomerExternalIDCreate', ExternalIdCreate],
    ],
    raw,
    'body',
  );
  const { token, session, customer, member } = await service.createCustomerSession(
    ctx.state,
    organization,
    request,
  );
  const body: CustomerSessionBody = {
    created_at: session.created_at,
    modified_at: session.modified_at,
    id: session.id,
    token,
    expires_at: isoDate(session.expires_at),
    return_url: session.return_url,
    customer_portal_url: portalUrl(ctx.url.origin, organization.slug, token, customer, member),
    customer_id: customer.id,
    customer: serializeMerchantCustomer(customer),
  };
  return Response.json(body, { status: 201 });
}

export const customerSessionCreateRoutes: Route[] = [
  { method: 'POST', path: '/v1/customer-sessions/', handle: create },
];
