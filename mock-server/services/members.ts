import type { PortalSubject } from '../auth.js';
import { isoDate } from '../clock.js';
import type { CustomerRow, MemberRow } from '../db/rows.js';
import { polarValidationError } from '../errors.js';
import type { MockState } from '../state.js';
import { memberChanged } from '../webhooks/emit.js';
import { revokeSeat } from './seats.js';

/**
 * A team's members (reference.md §3, §4.11): one owner, who alone may hand ownership on; nobody
 * changes their own role or removes themselves. Each function checks and changes with no `await`
 * in between, against the rows as they are now (the subject's member was read with the session,
 * before the request body came in), and returns the member as it now is.
 */

export type TeamSubject = PortalSubject & { member: MemberRow };

const invalid = (loc: string[], msg: string, input: unknown = null) =>
  polarValidationError([{ type: 'value_error', loc, msg, input }]);

export const teamMembers = (state: MockState, subject: PortalSubject) =>
  state.db.members.ownedBy(subject).filter((m) => m.deleted_at === null);

/** The acting member as stored now: their role may have changed since the session was read. */
const actingMember = (state: MockState, subject: TeamSubject) =>
  state.db.members.latest(subject.member);

/**
 * The customer's owner member, made the first time it is needed, as Polar's
 * `member_service.create_owner_member` does (`member/service.py`): the customer's email, name
 * and external id, dated as the customer, announced with `member.created`. A customer with no
 * email (a team) cannot have one made: 422.
 */
export function ensureOwnerMember(state: MockState, customer: CustomerRow): MemberRow {
  const owner = state.db.members.find(
    (m) => m.customer_id === customer.id && m.role === 'owner' && m.deleted_at === null,
  );
  if (owner) return owner;
  if (customer.email === null)
    throw invalid(['body', 'email'], 'An email is required to create an owner member.');
  const member = state.db.members.insert({
    created_at: customer.created_at,
    organization_id: customer.organization_id,
    customer_id: customer.id,
    email: customer.email.trim(),
    name: customer.name,
    external_id: customer.external_id,
    role: 'owner',
  });
  memberChanged(state, member, 'created');
  return member;
}

/** Adds a member, or returns the one the team already has with that email (as Polar does). */
export function addMember(
  state: MockState,
  subject: TeamSubject,
  fields: { email: string; name?: string | null; role: MemberRow['role'] },
): MemberRow {
  if (fields.role === 'owner') {
    throw invalid(
      ['body', 'role'],
      'Cannot add a member as owner. There must be exactly one owner.',
      fields.role,
    );
  }
  const existing = teamMembers(state, subject).find(
    (m) => m.email.toLowerCase() === fields.email.toLowerCase(),
  );
  if (existing) return existing;
  const member = state.db.members.insert({
    organization_id: subject.customer.organization_id,
    customer_id: subject.customer.id,
    email: fields.email,
    name: fields.name ?? null,
    role: fields.role,
  });
  memberChanged(state, member, 'created');
  return member;
}

/** Renames a member or changes their role; making someone owner demotes the old owner. */
export function updateMember(
  state: MockState,
  subject: TeamSubject,
  given: MemberRow,
  change: { name?: string | null; role?: MemberRow['role'] | null },
): MemberRow {
  const target = state.db.members.latest(given);
  const acting = actingMember(state, subject);
  const role = change.role ?? target.role;
  if (role !== target.role) {
    if (target.id === acting.id)
      throw invalid(['path', 'id'], 'You cannot modify your own role.', target.id);
    if (role === 'owner' && acting.role !== 'owner') {
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
      const demoted = state.db.members.update(owner, { role: 'billing_manager', modified_at: now });
      memberChanged(state, demoted, 'updated');
    }
  }
  const updated = state.db.members.update(target, {
    role,
    ...(change.name !== undefined && { name: change.name?.trim() || null }),
    modified_at: now,
  });
  memberChanged(state, updated, 'updated');
  return updated;
}

/** Removes a member: Polar revokes their seats and grants with them; their sessions stop working. */
export function removeMember(state: MockState, subject: TeamSubject, given: MemberRow): void {
  const target = state.db.members.latest(given);
  if (target.id === actingMember(state, subject).id)
    throw invalid(['path', 'id'], 'You cannot remove yourself from the team.', target.id);
  if (target.role === 'owner')
    throw invalid(['body'], 'Cannot delete the only owner. Transfer ownership first.');
  const now = isoDate(state.clock.now());
  const removed = state.db.members.update(target, { deleted_at: now });
  for (const seat of state.db.seats.filter((s) => s.member_id === target.id))
    revokeSeat(state, seat);
  memberChanged(state, removed, 'deleted');
  for (const grant of state.db.grants.filter((g) => g.member_id === target.id))
    state.db.grants.update(grant, { revoked_at: now });
}
