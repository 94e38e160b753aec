import { z } from 'zod';
import { authenticateBillingManager, type PortalSubject } from '../auth.js';
import { isoDate } from '../clock.js';
import { newId } from '../db/ids.js';
import type { MemberRow } from '../db/rows.js';
import { notFound, notPermitted, polarValidationError } from '../errors.js';
import { paginate, pageQuery } from '../pagination.js';
import type { Route, RouteContext } from '../routing.js';
import { serializePortalMember } from '../serializers/team.js';
import { revokeSeat } from '../services/seats.js';
import type { MockState } from '../state.js';
import { field, parseJsonBody, parsePathId } from '../validation.js';
import { memberChanged } from '../webhooks/emit.js';

/**
 * A team's members (reference.md §3, §4.11): owners and billing managers only; one owner, who
 * alone may hand ownership on; nobody changes their own role or removes themselves.
 */

const BASE = '/v1/customer-portal/members';
const ROLE = z.enum(['owner', 'billing_manager', 'member']);

const invalid = (loc: string[], msg: string, input: unknown = null) =>
  polarValidationError([{ type: 'value_error', loc, msg, input }]);

async function teamSubject(ctx: RouteContext) {
  const subject = await authenticateBillingManager(ctx);
  if (subject.customer.type !== 'team') {
    throw notPermitted(
      'Member management is only available for team customers. Purchase a seat-based product to enable team features.',
    );
  }
  return subject;
}

const teamMembers = (state: MockState, subject: PortalSubject) =>
  state.db.members.filter((m) => m.customer_id === subject.customer.id && m.deleted_at === null);

function ownMember(state: MockState, subject: PortalSubject, id: string): MemberRow {
  const member = teamMembers(state, subject).find((m) => m.id === id);
  if (!member) throw notFound('Member not found');
  return member;
}

async function list(ctx: RouteContext): Promise<Response> {
  const subject = await teamSubject(ctx);
  const query = pageQuery(ctx.url);
  const rows = teamMembers(ctx.state, subject).sort((a, b) =>
    a.created_at.localeCompare(b.created_at),
  );
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
  if (body.role === 'owner') {
    throw invalid(
      ['body', 'role'],
      'Cannot add a member as owner. There must be exactly one owner.',
      body.role,
    );
  }
  const existing = teamMembers(ctx.state, subject).find(
    (m) => m.email.toLowerCase() === body.email.toLowerCase(),
  );
  if (existing) return Response.json(serializePortalMember(existing), { status: 201 });
  const member: MemberRow = {
    id: newId(),
    created_at: isoDate(ctx.state.clock.now()),
    modified_at: null,
    organization_id: subject.customer.organization_id,
    customer_id: subject.customer.id,
    email: body.email,
    name: body.name ?? null,
    external_id: null,
    role: body.role,
    oauth_accounts: {},
    deleted_at: null,
  };
  ctx.state.db.members.push(member);
  memberChanged(ctx.state, member, 'created');
  return Response.json(serializePortalMember(member), { status: 201 });
}

const MemberUpdate = z.object({ name: field.string().max(256).nullish(), role: ROLE.nullish() });

async function update(ctx: RouteContext): Promise<Response> {
  const subject = await teamSubject(ctx);
  const id = parsePathId(ctx.params);
  const body = await parseJsonBody(ctx.request, MemberUpdate);
  const { state } = ctx;
  const target = ownMember(state, subject, id);
  const role = body.role ?? target.role;
  if (role !== target.role) {
    if (target.id === subject.member.id)
      throw invalid(['path', 'id'], 'You cannot modify your own role.', id);
    if (role === 'owner' && subject.member.role !== 'owner') {
      throw invalid(['body', 'role'], 'Only the owner can transfer ownership.', role);
    }
    if (target.role === 'owner') {
      throw invalid(
        ['body', 'role'],
        'Cannot change role. Customer must have exactly one owner.',
        role,
      );
    }
  }
  const now = isoDate(state.clock.now());
  if (role === 'owner' && target.role !== 'owner') {
    // Ownership moves: the old owner becomes a billing manager.
    const owner = teamMembers(state, subject).find((m) => m.role === 'owner');
    if (owner) {
      owner.role = 'billing_manager';
      owner.modified_at = now;
      memberChanged(state, owner, 'updated');
    }
  }
  target.role = role;
  if (body.name !== undefined) target.name = body.name?.trim() || null;
  target.modified_at = now;
  memberChanged(state, target, 'updated');
  return Response.json(serializePortalMember(target));
}

async function remove(ctx: RouteContext): Promise<Response> {
  const subject = await teamSubject(ctx);
  const id = parsePathId(ctx.params);
  const { state } = ctx;
  const target = ownMember(state, subject, id);
  if (target.id === subject.member.id)
    throw invalid(['path', 'id'], 'You cannot remove yourself from the team.', id);
  if (target.role === 'owner')
    throw invalid(['body'], 'Cannot delete the only owner. Transfer ownership first.');
  target.deleted_at = isoDate(state.clock.now());
  // Polar revokes the member's seats and grants with them; their sessions stop working.
  for (const seat of state.db.seats.filter((s) => s.member_id === target.id))
    revokeSeat(state, seat);
  memberChanged(state, target, 'deleted');
  for (const grant of state.db.grants.filter((g) => g.member_id === target.id))
    grant.revoked_at = target.deleted_at;
  return new Response(null, { status: 204 });
}

export const memberRoutes: Route[] = [
  { method: 'GET', path: BASE, handle: list },
  { method: 'POST', path: BASE, handle: add },
  { method: 'PATCH', path: `${BASE}/:id`, handle: update },
  { method: 'DELETE', path: `${BASE}/:id`, handle: remove },
];
