import { z } from 'zod';
import { isSeatBasedPrice } from '../../src/domain/seat-based.js';
import { authenticate, authenticateBilling, type PortalSubject } from '../auth.js';
import type { SeatRow, SubscriptionRow } from '../db/rows.js';
import { notFound, polarError } from '../errors.js';
import { paginate, pageQuery } from '../pagination.js';
import type { Route, RouteContext } from '../routing.js';
import { serializeSubscription } from '../serializers/subscription.js';
import { serializeSeat } from '../serializers/team.js';
import * as service from '../services/seats.js';
import { createSession } from '../services/sessions.js';
import type { MockState } from '../state.js';
import { field, parseJsonBody, parsePathId, parseQuery } from '../validation.js';

/** Seats (reference.md §4.6) and the public claim of an invitation (`/v1/customer-seats`). */

const BASE = '/v1/customer-portal/seats';

function ownSubscription(state: MockState, subject: PortalSubject, id: string): SubscriptionRow {
  const row = state.db.subscriptions.getOwned(id, subject);
  if (!row) throw notFound('Subscription not found');
  return row;
}

function ownSeat(state: MockState, subject: PortalSubject, id: string): SeatRow {
  const seat = state.db.seats.getOwned(id, subject);
  if (!seat) throw notFound('Seat not found');
  return seat;
}

const SeatsQuery = z.object({
  subscription_id: field.uuid4().optional(),
  order_id: field.uuid4().optional(),
});

/**
 * Seats need the organization's seat-based pricing (Polar's `customer_seat/service.py`
 * `check_seat_feature_enabled`, run once the container or seat is found).
 */
function requireSeatFeature(state: MockState, organizationId: string): void {
  if (!state.db.organization(organizationId)?.seat_based_pricing_enabled)
    throw polarError(
      403,
      'FeatureNotEnabled',
      'Seat-based pricing is not enabled for this organization',
    );
}

async function list(ctx: RouteContext): Promise<Response> {
  const subject = await authenticate(ctx);
  const query = parseQuery(ctx.url, SeatsQuery);
  if (query.order_id && !query.subscription_id) throw notFound('Order not found');
  if (!query.subscription_id)
    throw polarError(400, 'BadRequest', 'Either subscription_id or order_id must be provided');
  const subscription = ownSubscription(ctx.state, subject, query.subscription_id);
  requireSeatFeature(ctx.state, subject.customer.organization_id);
  const seats = ctx.state.db.seats
    .filter((s) => s.subscription_id === subscription.id)
    .map((s) => serializeSeat(ctx.state.db, s));
  return Response.json({ seats, ...service.seatCounts(ctx.state, subscription) });
}

const SeatAssign = z
  .object({
    subscription_id: field.uuid4().nullish(),
    order_id: field.uuid4().nullish(),
    checkout_id: field.uuid4().nullish(),
    email: field.email().nullish(),
    external_customer_id: field.string().nullish(),
    customer_id: field.uuid4().nullish(),
    external_member_id: field.string().nullish(),
    member_id: field.uuid4().nullish(),
    metadata: z
      .record(z.string(), z.unknown())
      .nullish()
      .refine((m) => !m || (Object.keys(m).length <= 10 && JSON.stringify(m).length <= 1024), {
        message: 'Value error, Metadata can have at most 10 keys and 1024 bytes.',
        params: { type: 'value_error' },
      }),
    immediate_claim: z.boolean().default(false),
  })
  .superRefine((body, ctx) => {
    const containers = [body.subscription_id, body.order_id, body.checkout_id].filter(
      Boolean,
    ).length;
    if (containers !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message:
          'Value error, Exactly one of subscription_id, order_id or checkout_id must be provided',
        params: { type: 'value_error' },
      });
    }
    const recipients = [
      body.email,
      body.external_customer_id,
      body.customer_id,
      body.external_member_id,
      body.member_id,
    ];
    if (recipients.every((r) => !r)) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message:
          'Value error, At least one of email, external_customer_id, customer_id, external_member_id or member_id must be provided',
        params: { type: 'value_error' },
      });
    }
  });

async function assign(ctx: RouteContext): Promise<Response> {
  const subject = await authenticateBilling(ctx);
  const body = await parseJsonBody(ctx.request, SeatAssign);
  const { state } = ctx;
  if (!body.subscription_id)
    throw notFound(
      body.order_id ? 'Order not found' : 'No subscription or order found for this checkout',
    );
  const subscription = ownSubscription(state, subject, body.subscription_id);
  requireSeatFeature(state, subject.customer.organization_id);
  const price = state.db.products
    .get(subscription.product_id)
    ?.prices.find((p) => p.id === subscription.price_id);
  if (!isSeatBasedPrice(price)) {
    throw polarError(
      400,
      'InvalidSeatAssignmentRequest',
      'This subscription does not support seat-based pricing.',
    );
  }
  let email = body.email ?? null;
  if (body.member_id) {
    const member = state.db.members.getOwned(body.member_id, subject);
    if (!member || member.deleted_at !== null)
      throw polarError(404, 'MemberNotFound', `Member not found: ${body.member_id}`);
    email = member.email;
  }
  if (!email)
    throw polarError(400, 'InvalidSeatAssignmentRequest', 'Assign seats by email or member_id.');
  const seat = await service.assignSeat(
    state,
    subscription,
    email,
    body.metadata ?? null,
    body.immediate_claim,
  );
  return Response.json(serializeSeat(state.db, seat));
}

async function revoke(ctx: RouteContext): Promise<Response> {
  const subject = await authenticateBilling(ctx);
  const seat = ownSeat(ctx.state, subject, parsePathId(ctx.params, 'seat_id'));
  requireSeatFeature(ctx.state, subject.customer.organization_id);
  return Response.json(serializeSeat(ctx.state.db, service.revokeSeat(ctx.state, seat)));
}

async function resend(ctx: RouteContext): Promise<Response> {
  const subject = await authenticateBilling(ctx);
  const seat = ownSeat(ctx.state, subject, parsePathId(ctx.params, 'seat_id'));
  requireSeatFeature(ctx.state, subject.customer.organization_id);
  const resent = await service.resendInvitation(ctx.state, seat);
  return Response.json(serializeSeat(ctx.state.db, resent));
}

/** Subscriptions the caller holds a claimed seat on. */
async function claimedSubscriptions(ctx: RouteContext): Promise<Response> {
  const subject = await authenticate(ctx);
  const query = pageQuery(ctx.url);
  const { db } = ctx.state;
  const { member } = subject;
  const ids = member
    ? db.seats
        .filter((s) => s.status === 'claimed' && s.member_id === member.id)
        .map((s) => s.subscription_id)
    : [];
  const rows = db.subscriptions.filter((s) => ids.includes(s.id));
  const page = paginate(rows, query, () => null);
  return Response.json({ ...page, items: page.items.map((s) => serializeSubscription(db, s)) });
}

const invalidInvitation = () =>
  polarError(400, 'InvalidInvitationToken', 'Invalid or expired invitation token');

async function claimInfo(ctx: RouteContext): Promise<Response> {
  const seat = await service.findSeatByToken(ctx.state, ctx.params.token!);
  if (!seat) throw notFound('Invalid or expired invitation token');
  const { db } = ctx.state;
  const subscription = db.subscriptions.get(seat.subscription_id)!;
  const product = db.products.get(subscription.product_id)!;
  const org = db.organization(product.organization_id)!;
  requireSeatFeature(ctx.state, org.id);
  return Response.json({
    product_name: product.name,
    product_id: product.id,
    organization_name: org.name,
    organization_slug: org.slug,
    customer_email: seat.email,
    can_claim: true,
  });
}

async function claimSeat(ctx: RouteContext): Promise<Response> {
  const { invitation_token } = await parseJsonBody(
    ctx.request,
    z.object({ invitation_token: field.string() }),
  );
  const seat = await service.findSeatByToken(ctx.state, invitation_token);
  if (!seat) throw invalidInvitation();
  const { db } = ctx.state;
  const product = db.products.get(db.subscriptions.get(seat.subscription_id)!.product_id)!;
  requireSeatFeature(ctx.state, product.organization_id);
  const claimed = service.claim(ctx.state, seat);
  const token = await createSession(ctx.state, claimed.customer, claimed.member);
  return Response.json({
    seat: serializeSeat(ctx.state.db, claimed.seat),
    customer_session_token: token,
  });
}

export const seatRoutes: Route[] = [
  { method: 'GET', path: BASE, handle: list },
  { method: 'POST', path: BASE, handle: assign },
  { method: 'GET', path: `${BASE}/subscriptions`, handle: claimedSubscriptions },
  { method: 'DELETE', path: `${BASE}/:seat_id`, handle: revoke },
  { method: 'POST', path: `${BASE}/:seat_id/resend`, handle: resend },
  { method: 'GET', path: '/v1/customer-seats/claim/:token', handle: claimInfo },
  { method: 'POST', path: '/v1/customer-seats/claim', handle: claimSeat },
];
