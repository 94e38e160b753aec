import { z } from 'zod';
import { authenticateBillingManager, type PortalSubject } from '../auth.js';
import type { MemberRow } from '../db/rows.js';
import { notFound, notPermitted } from '../errors.js';
import { paginate, pageQuery } from '../pagination.js';
import type { Route, RouteContext } from '../routing.js';
import { serializePortalMember } from '../serializers/team.js';
import * as service from '../services/members.js';
import type { MockState } from '../state.js';
import { field, parseJsonBody, parsePathId } from '../validation.js';

/**
 * A team's members (reference.md §3, §4.11): owners and billing managers only; one owner, who
 * alone may hand ownership on; nobody changes their own role or removes themselves.
 */

const BASE = '/v1/customer-portal/members';
const ROLE = z.enum(['owner', 'billing_manager', 'member']);

async function teamSubject(ctx: RouteContext) {
  const subject = await authenticateBillingManager(ctx);
  if (subject.customer.type !== 'team') {
    throw notPermitted(
      'Member management is only available for team customers. Purchase a seat-based product to enable team features.',
    );
  }
  return subject;
}

function ownMember(state: MockState, subject: PortalSubject, id: string): MemberRow {
  const member = service.teamMembers(state, subject).find((m) => m.id === id);
  if (!member) throw notFound('Member not found');
  return member;
}

async function list(ctx: RouteContext): Promise<Response> {
  const subject = await teamSubject(ctx);
  const query = pageQuery(ctx.url);
  const rows = service
    .teamMembers(ctx.state, subject)
    .sort((a, b) => a.created_at.localeCompare(b.created_at));
  const page = paginate(rows, query, () => null);
  return Response.json({ ...page, items: page.items.map(serializePortalMember) });
}

const MemberCreate = z.object({
  email: field.email(),
  name: field.string().max(256).nullish(),
  role: ROLE.default('member'),
});

async function add(ctx: RouteContext): Promise<Response> {
  const subject = await teamSubject(ctx);
  const body = await parseJsonBody(ctx.request, MemberCreate);
  const member = service.addMember(ctx.state, subject, body);
  return Response.json(serializePortalMember(member), { status: 201 });
}

const MemberUpdate = z.object({ name: field.string().max(256).nullish(), role: ROLE.nullish() });

async function update(ctx: RouteContext): Promise<Response> {
  const subject = await teamSubject(ctx);
  const id = parsePathId(ctx.params);
  const body = await parseJsonBody(ctx.request, MemberUpdate);
  const target = ownMember(ctx.state, subject, id);
  return Response.json(
    serializePortalMember(service.updateMember(ctx.state, subject, target, body)),
  );
}

async function remove(ctx: RouteContext): Promise<Response> {
  const subject = await teamSubject(ctx);
  const target = ownMember(ctx.state, subject, parsePathId(ctx.params));
  service.removeMember(ctx.state, subject, target);
  return new Response(null, { status: 204 });
}

export const memberRoutes: Route[] = [
  { method: 'GET', path: BASE, handle: list },
  { method: 'POST', path: BASE, handle: add },
  { method: 'PATCH', path: `${BASE}/:id`, handle: update },
  { method: 'DELETE', path: `${BASE}/:id`, handle: remove },
];
