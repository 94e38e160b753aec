import { z } from 'zod';
import { authenticate, authenticateBilling, type PortalSubject } from '../auth.js';
import type { SubscriptionRow } from '../db/rows.js';
import { notFound } from '../errors.js';
import { JsonText } from '../json-text.js';
import { listQuery, pageJson, paginate } from '../pagination.js';
import { forbidExtra, futureDatetime, laxBool, literalTrue } from '../pydantic-fields.js';
import type { Route, RouteContext } from '../routing.js';
import { subscriptionJson } from '../serializers/subscription.js';
import { planProductChange, planSeatChange } from '../services/subscription-billing.js';
import * as changes from '../services/subscription-changes.js';
import * as pauses from '../services/subscription-pauses.js';
import * as previews from '../services/subscription-previews.js';
import { renewDue } from '../services/subscription-renewals.js';
import * as cancellation from '../services/subscription-cancel-preview.js';
import * as service from '../services/subscriptions.js';
import type { MockState } from '../state.js';
import { field, parsePathId, readJsonBody, validate } from '../validation.js';

/** Subscriptions (reference.md §4.3): customer-wide for members too. */

const BASE = '/v1/customer-portal/subscriptions';
const SORTABLE = ['started_at', 'amount', 'status', 'organization', 'product'] as const;

const reason = z.enum([
  'customer_service',
  'low_quality',
  'missing_features',
  'switched_service',
  'too_complex',
  'too_expensive',
  'unused',
  'other',
]);

// The members of Polar's `CustomerSubscriptionUpdate` union; pydantic names the failing one in `loc`.
const UpdateProduct = z.strictObject({ product_id: field.uuid4() });
const UpdateSeats = z.strictObject({ seats: z.number().int().gte(1).lte(2_147_483_647) });
const UpdateCancel = z.object({
  cancel_at_period_end: z.boolean().nullish(),
  cancellation_reason: reason.nullish(),
  cancellation_comment: field.string().nullish(),
});
const UpdateClear = z.strictObject({ pending_update: z.null() });
/** `CustomerSubscriptionPause`; `resumes_at` must be in the future by the mock's clock. */
const updatePause = (state: MockState) =>
  forbidExtra({
    pause_at_period_end: laxBool(),
    resumes_at: futureDatetime(() => state.clock.now()).optional(),
  });
const UpdateResume = forbidExtra({ resume: literalTrue() });
const Revoke = z.object({
  cancellation_reason: reason.nullish(),
  cancellation_comment: field.string().nullish(),
});

/**
 * The caller's own subscription, or 404: another customer's id is not found, never forbidden.
 * Renewals due by the mock's clock happen first, so what is read is what Polar would hold.
 */
function ownSubscription(state: MockState, subject: PortalSubject, id: string): SubscriptionRow {
  const row = state.db.subscriptions.getOwned(id, subject);
  if (!row) throw notFound();
  return renewDue(state, [row])[0]!;
}

const respond = (state: MockState, row: SubscriptionRow) =>
  new JsonText(subscriptionJson(state.db, row));

const parseSubscriptionsQuery = listQuery(
  SORTABLE,
  ['-started_at'],
  {
    active: field.queryBool().optional(),
    product_id: z.array(field.uuid4()).optional(),
    query: z.string().optional(),
  },
  ['product_id'],
);

async function list(ctx: RouteContext): Promise<Response> {
  const subject = await authenticate(ctx);
  const query = parseSubscriptionsQuery(ctx.url);
  const { db } = ctx.state;
  const productName = (row: SubscriptionRow) => db.products.get(row.product_id)!.name;
  const rows = renewDue(ctx.state, db.subscriptions.ownedBy(subject)).filter(
    (s) =>
      s.started_at !== null &&
      (query.active === undefined ||
        (query.active ? ['trialing', 'active'] : ['canceled', 'unpaid']).includes(s.status)) &&
      (!query.product_id || query.product_id.includes(s.product_id)) &&
      (!query.query || productName(s).toLowerCase().includes(query.query.toLowerCase())),
  );
  const page = paginate(rows, query, (row, sortField) => {
    if (sortField === 'product') return productName(row);
    if (sortField === 'organization') return subject.organization.name;
    return row[sortField];
  });
  return new JsonText(pageJson(page, (row) => subscriptionJson(db, row)));
}

async function get(ctx: RouteContext): Promise<Response> {
  const subject = await authenticate(ctx);
  return respond(ctx.state, ownSubscription(ctx.state, subject, parsePathId(ctx.params)));
}

async function cancel(ctx: RouteContext): Promise<Response> {
  const subject = await authenticateBilling(ctx);
  const row = ownSubscription(ctx.state, subject, parsePathId(ctx.params));
  return respond(ctx.state, service.cancelAtPeriodEnd(ctx.state, row));
}

async function update(ctx: RouteContext): Promise<Response> {
  const subject = await authenticateBilling(ctx);
  const id = parsePathId(ctx.params);
  const body = await readJsonBody(ctx.request);
  const keys = body && typeof body === 'object' && !Array.isArray(body) ? Object.keys(body) : [];
  const { state } = ctx;

  // A pause or a resume: the body is validated before the subscription is looked up, as
  // FastAPI validates it before the endpoint runs.
  if (keys.includes('pause_at_period_end') || keys.includes('resumes_at')) {
    const change = validate(updatePause(state), body, 'body', ['CustomerSubscriptionPause']);
    const row = ownSubscription(state, subject, id);
    return respond(
      state,
      change.pause_at_period_end
        ? pauses.schedulePause(state, row, change.resumes_at ?? null)
        : pauses.cancelScheduledPause(state, row),
    );
  }
  if (keys.includes('resume')) {
    validate(UpdateResume, body, 'body', ['CustomerSubscriptionResume']);
    return respond(state, pauses.resume(state, ownSubscription(state, subject, id)));
  }

  let row = ownSubscription(state, subject, id);
  if (keys.includes('product_id')) {
    const { product_id } = validate(UpdateProduct, body, 'body', [
      'CustomerSubscriptionUpdateProduct',
    ]);
    row = changes.changeProduct(state, row, product_id);
  } else if (keys.includes('seats')) {
    const { seats } = validate(UpdateSeats, body, 'body', ['CustomerSubscriptionUpdateSeats']);
    row = changes.changeSeats(state, row, seats);
  } else if (keys.includes('pending_update')) {
    validate(UpdateClear, body, 'body', ['CustomerSubscriptionUpdateClear']);
    row = changes.clearPendingUpdate(state, row);
  } else {
    const change = validate(UpdateCancel, body, 'body', ['CustomerSubscriptionCancel']);
    if (change.cancel_at_period_end === true) {
      row = service.cancelAtPeriodEnd(state, row, change);
    } else if (change.cancel_at_period_end === false) {
      row = service.uncancel(state, row);
    }
    // `{}` or `null`: Polar answers 200 and changes nothing.
  }
  return respond(state, row);
}

async function revoke(ctx: RouteContext): Promise<Response> {
  const subject = await authenticateBilling(ctx);
  const id = parsePathId(ctx.params);
  const feedback = validate(Revoke, await readJsonBody(ctx.request), 'body');
  const row = ownSubscription(ctx.state, subject, id);
  return respond(ctx.state, service.revoke(ctx.state, row, feedback));
}

async function chargePreview(ctx: RouteContext): Promise<Response> {
  const subject = await authenticate(ctx);
  const row = ownSubscription(ctx.state, subject, parsePathId(ctx.params));
  // Active or trialing, or paused with a date to resume on: it has a charge to come.
  const resumable = row.status === 'paused' && row.resumes_at !== null;
  if (
    (!['active', 'trialing'].includes(row.status) && !resumable) ||
    ((row.cancel_at_period_end || row.ends_at) && row.ended_at)
  )
    throw notFound();
  return Response.json(previews.chargePreview(ctx.state, row));
}

async function cancelPreview(ctx: RouteContext): Promise<Response> {
  const subject = await authenticate(ctx);
  const row = ownSubscription(ctx.state, subject, parsePathId(ctx.params));
  return Response.json(cancellation.cancelPreview(ctx.state, row));
}

const ChangePreview = z.union([UpdateProduct, UpdateSeats]);

async function changePreview(ctx: RouteContext): Promise<Response> {
  const subject = await authenticateBilling(ctx);
  const id = parsePathId(ctx.params);
  const body = validate(ChangePreview, await readJsonBody(ctx.request), 'body');
  const { state } = ctx;
  const row = ownSubscription(state, subject, id);
  if ('product_id' in body) {
    const product = service.checkProductChange(state, row, body.product_id);
    return Response.json(
      previews.changePreview(state, row, planProductChange(state, row, product)),
    );
  }
  service.checkSeatChange(state, row, body.seats);
  return Response.json(previews.changePreview(state, row, planSeatChange(state, row, body.seats)));
}

export const subscriptionRoutes: Route[] = [
  { method: 'GET', path: `${BASE}/`, handle: list },
  { method: 'GET', path: `${BASE}/:id`, handle: get },
  { method: 'PATCH', path: `${BASE}/:id`, handle: update },
  { method: 'DELETE', path: `${BASE}/:id`, handle: cancel },
  { method: 'POST', path: `${BASE}/:id/revoke`, handle: revoke },
  { method: 'GET', path: `${BASE}/:id/charge-preview`, handle: chargePreview },
  { method: 'GET', path: `${BASE}/:id/cancel-preview`, handle: cancelPreview },
  { method: 'POST', path: `${BASE}/:id/change-preview`, handle: changePreview },
];
