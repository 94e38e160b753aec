import { z } from 'zod';
import { authenticate, type PortalSubject } from '../auth.js';
import { isoDate } from '../clock.js';
import { newId } from '../db/ids.js';
import type { LicenseKeyRow } from '../db/rows.js';
import { notFound, notPermitted, polarError } from '../errors.js';
import { listQuery, paginate } from '../pagination.js';
import type { Route, RouteContext } from '../routing.js';
import {
  displayKey,
  serializeActivation,
  serializeLicenseKey,
  serializeLicenseKeyWithActivations,
} from '../serializers/benefit.js';
import type { MockState } from '../state.js';
import { field, parseJsonBody, parsePathId } from '../validation.js';

/**
 * License keys (reference.md §4.7): the portal's list, detail and rotate, and the public
 * validate, activate and deactivate a merchant's app calls with the key alone.
 */

const BASE = '/v1/customer-portal/license-keys';

function visibleKeys(state: MockState, subject: PortalSubject): LicenseKeyRow[] {
  return state.db.licenseKeys.filter(
    (k) =>
      k.customer_id === subject.customer.id &&
      (!subject.member || k.member_id === subject.member.id),
  );
}

function ownKey(state: MockState, subject: PortalSubject, id: string): LicenseKeyRow {
  const key = visibleKeys(state, subject).find((k) => k.id === id);
  if (!key) throw notFound();
  return key;
}

const parseKeysQuery = listQuery([], [], { benefit_id: field.uuid4().optional() });

async function list(ctx: RouteContext): Promise<Response> {
  const subject = await authenticate(ctx);
  const query = parseKeysQuery(ctx.url);
  const rows = visibleKeys(ctx.state, subject)
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
  if (key.status === 'revoked') {
    throw polarError(
      400,
      'RotateNotPermitted',
      'License key cannot be rotated in its current status. Current status: revoked. Allowed statuses: disabled, granted.',
    );
  }
  const prefix =
    key.key.includes('-') && !/^[0-9A-F]{8}-/.test(key.key) ? key.key.split('-')[0] : null;
  const fresh = crypto.randomUUID().toUpperCase();
  key.key = prefix ? `${prefix}-${fresh}` : fresh;
  key.modified_at = isoDate(ctx.state.clock.now());
  for (const grant of ctx.state.db.grants.filter((g) => g.properties.license_key_id === key.id)) {
    grant.properties = { ...grant.properties, display_key: displayKey(key.key) };
  }
  return Response.json(serializeLicenseKey(ctx.state.db, key));
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

function findKey(state: MockState, key: string, organizationId: string): LicenseKeyRow {
  const row = state.db.licenseKeys.find(
    (k) => k.key === key && k.organization_id === organizationId,
  );
  if (!row) throw notFound();
  return row;
}

const isExpired = (state: MockState, row: LicenseKeyRow) =>
  row.expires_at !== null && Date.parse(row.expires_at) <= state.clock.now();

async function validate(ctx: RouteContext): Promise<Response> {
  const body = await parseJsonBody(ctx.request, Validate);
  const { state } = ctx;
  const row = findKey(state, body.key, body.organization_id);
  if (row.status !== 'granted') throw notFound('License key is no longer active.');
  if (isExpired(state, row)) throw notFound('License key has expired.');
  const activation = body.activation_id
    ? row.activations.find((a) => a.id === body.activation_id)
    : null;
  if (body.activation_id && !activation) throw notFound('License key activation not found.');
  if (activation && body.conditions) {
    const matches = Object.entries(body.conditions).every(([k, v]) => activation.meta[k] === v);
    if (!matches) throw notFound('License key does not match required conditions');
  }
  if (body.benefit_id && body.benefit_id !== row.benefit_id)
    throw notFound('License key does not match given benefit.');
  if (body.customer_id && body.customer_id !== row.customer_id)
    throw notFound('License key does not match given user.');
  if (
    body.increment_usage &&
    row.limit_usage !== null &&
    row.usage + body.increment_usage > row.limit_usage
  ) {
    throw polarError(
      400,
      'BadRequest',
      `License key only has ${row.limit_usage - row.usage} more usages.`,
    );
  }
  row.usage += body.increment_usage ?? 0;
  row.validations += 1;
  row.last_validated_at = isoDate(state.clock.now());
  return Response.json({
    ...serializeLicenseKey(state.db, row),
    activation: activation ? serializeActivation(row, activation) : null,
  });
}

async function activate(ctx: RouteContext): Promise<Response> {
  const body = await parseJsonBody(ctx.request, Activate);
  const { state } = ctx;
  const row = findKey(state, body.key, body.organization_id);
  if (row.status !== 'granted')
    throw notPermitted('License key is no longer active. This license key can not be activated.');
  if (isExpired(state, row)) throw notPermitted('License key has expired.');
  if (row.limit_activations === null) {
    throw notPermitted(
      'This license key does not support activations. Use the /validate endpoint instead to check license validity.',
    );
  }
  if (row.activations.length >= row.limit_activations)
    throw notPermitted('License key activation limit already reached');
  const activation = {
    id: newId(),
    label: body.label,
    meta: body.meta ?? {},
    created_at: isoDate(state.clock.now()),
    modified_at: null,
  };
  row.activations.push(activation);
  return Response.json({
    ...serializeActivation(row, activation),
    license_key: serializeLicenseKey(state.db, row),
  });
}

async function deactivate(ctx: RouteContext): Promise<Response> {
  const body = await parseJsonBody(ctx.request, Deactivate);
  const row = findKey(ctx.state, body.key, body.organization_id);
  const index = row.activations.findIndex((a) => a.id === body.activation_id);
  if (index < 0) throw notFound();
  row.activations.splice(index, 1);
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
