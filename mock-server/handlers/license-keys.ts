import { z } from 'zod';
import { authenticate, type PortalSubject } from '../auth.js';
import type { LicenseKeyRow } from '../db/rows.js';
import { notFound } from '../errors.js';
import { listQuery, paginate } from '../pagination.js';
import type { Route, RouteContext } from '../routing.js';
import {
  serializeActivation,
  serializeLicenseKey,
  serializeLicenseKeyWithActivations,
} from '../serializers/benefit.js';
import * as service from '../services/license-keys.js';
import type { MockState } from '../state.js';
import { field, parseJsonBody, parsePathId } from '../validation.js';

/**
 * License keys (reference.md §4.7): the portal's list, detail and rotate, and the public
 * validate, activate and deactivate a merchant's app calls with the key alone.
 */

const BASE = '/v1/customer-portal/license-keys';

/** A member sees only their own keys: the table's ownership says so. */
function ownKey(state: MockState, subject: PortalSubject, id: string): LicenseKeyRow {
  const key = state.db.licenseKeys.getOwned(id, subject);
  if (!key) throw notFound();
  return key;
}

const parseKeysQuery = listQuery([], [], { benefit_id: field.uuid4().optional() });

async function list(ctx: RouteContext): Promise<Response> {
  const subject = await authenticate(ctx);
  const query = parseKeysQuery(ctx.url);
  const rows = ctx.state.db.licenseKeys
    .ownedBy(subject)
    .filter((k) => !query.benefit_id || k.benefit_id === query.benefit_id)
    .sort((a, b) => a.created_at.localeCompare(b.created_at));
  const page = paginate(rows, query, () => null);
  return Response.json({
    ...page,
    items: page.items.map((k) => serializeLicenseKey(ctx.state.db, k)),
  });
}

async function get(ctx: RouteContext): Promise<Response> {
  const subject = await authenticate(ctx);
  const key = ownKey(ctx.state, subject, parsePathId(ctx.params));
  return Response.json(serializeLicenseKeyWithActivations(ctx.state.db, key));
}

/** A new key value for a leaked one; the old value stops working at once. */
async function rotate(ctx: RouteContext): Promise<Response> {
  const subject = await authenticate(ctx);
  const key = ownKey(ctx.state, subject, parsePathId(ctx.params));
  return Response.json(serializeLicenseKey(ctx.state.db, service.rotateLicenseKey(ctx.state, key)));
}

const Conditions = field.metadata();

const Validate = z.object({
  key: field.string(),
  organization_id: field.uuid4(),
  activation_id: field.uuid4().nullish(),
  benefit_id: field.uuid4().nullish(),
  customer_id: field.uuid4().nullish(),
  increment_usage: z.number().int().gte(0).nullish(),
  conditions: Conditions.optional(),
});
const Activate = z.object({
  key: field.string(),
  organization_id: field.uuid4(),
  label: field.string(),
  conditions: Conditions.optional(),
  meta: Conditions.optional(),
});
const Deactivate = z.object({
  key: field.string(),
  organization_id: field.uuid4(),
  activation_id: field.uuid4(),
});

async function validate(ctx: RouteContext): Promise<Response> {
  const body = await parseJsonBody(ctx.request, Validate);
  const { row, activation } = service.validateLicenseKey(ctx.state, body);
  return Response.json({
    ...serializeLicenseKey(ctx.state.db, row),
    activation: activation ? serializeActivation(row, activation) : null,
  });
}

async function activate(ctx: RouteContext): Promise<Response> {
  const body = await parseJsonBody(ctx.request, Activate);
  const { row, activation } = service.activateLicenseKey(ctx.state, body);
  return Response.json({
    ...serializeActivation(row, activation),
    license_key: serializeLicenseKey(ctx.state.db, row),
  });
}

async function deactivate(ctx: RouteContext): Promise<Response> {
  const body = await parseJsonBody(ctx.request, Deactivate);
  service.deactivateLicenseKey(ctx.state, body);
  return new Response(null, { status: 204 });
}

export const licenseKeyRoutes: Route[] = [
  { method: 'GET', path: `${BASE}/`, handle: list },
  { method: 'POST', path: `${BASE}/validate`, handle: validate },
  { method: 'POST', path: `${BASE}/activate`, handle: activate },
  { method: 'POST', path: `${BASE}/deactivate`, handle: deactivate },
  { method: 'GET', path: `${BASE}/:id`, handle: get },
  { method: 'POST', path: `${BASE}/:id/rotate`, handle: rotate },
];
