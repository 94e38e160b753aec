import type { CustomerOrganizationData } from '../../src/api/types.js';
import { notFound } from '../errors.js';
import type { Route, RouteContext } from '../routing.js';
import { serializeCustomerProduct, serializeOrganization } from '../serializers/catalog.js';

/** `GET organizations/{slug}`: public, no session; the organization and its public products. */
function getOrganization({ params, state }: RouteContext): Response {
  const org = state.db.organizations.find((o) => o.slug === params.slug);
  if (!org) throw notFound(); // Polar's bare `ResourceNotFound()`: "Not found"
  const products = state.db.products
    .filter((p) => p.organization_id === org.id && p.visibility === 'public' && !p.is_archived)
    .map((p) => serializeCustomerProduct(state.db, p));
  const body: CustomerOrganizationData = { organization: serializeOrganization(org), products };
  return Response.json(body);
}

export const organizationRoutes: Route[] = [
  { method: 'GET', path: '/v1/customer-portal/organizations/:slug', handle: getOrganization },
];
