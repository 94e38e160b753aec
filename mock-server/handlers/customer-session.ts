import { z } from 'zod';
import type {
  CustomerCustomerSession,
  CustomerSessionCodeAuthenticateResponse,
  PortalAuthenticatedUser,
} from '../../src/api/types.js';
import { authenticate } from '../auth.js';
import { isoDate } from '../clock.js';
import { polarValidationError } from '../errors.js';
import type { Route, RouteContext } from '../routing.js';
import * as service from '../services/sign-in.js';
import { field, parseJsonBody } from '../validation.js';

/** Sign-in as Polar does it (contract README "Sign-in", reference.md §2). */

const BASE = '/v1/customer-portal/customer-session';

const CodeRequest = z.object({
  email: field.email(),
  organization_id: field.uuid4(),
  customer_id: field.uuid4().nullish(),
});

const CodeAuthenticate = z.object({ code: field.string() });

const accepted = () => Response.json(null, { status: 202 });

async function requestCode({ request, state }: RouteContext): Promise<Response> {
  const body = await parseJsonBody(request, CodeRequest);
  await service.requestCode(state, body);
  return accepted();
}

async function authenticateCode({ request, state }: RouteContext): Promise<Response> {
  const { code } = await parseJsonBody(request, CodeAuthenticate);
  const body: CustomerSessionCodeAuthenticateResponse = {
    token: await service.authenticateCode(state, code),
  };
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
