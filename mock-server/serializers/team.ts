import type { CustomerPortalMember, CustomerSeat, Member } from '../../src/api/types.js';
import type { MemberRow, SeatRow } from '../db/rows.js';
import type { MockDatabase } from '../db/store.js';

/** Seats and members (reference.md §5.8). The invitation token itself is never serialized. */

export function serializeMember(row: MemberRow): Member {
  return {
    id: row.id,
    created_at: row.created_at,
    modified_at: row.modified_at,
    customer_id: row.customer_id,
    email: row.email,
    name: row.name,
    external_id: row.external_id,
    role: row.role,
  };
}

export function serializePortalMember(row: MemberRow): CustomerPortalMember {
  return {
    id: row.id,
    created_at: row.created_at,
    modified_at: row.modified_at,
    email: row.email,
    name: row.name,
    role: row.role,
  };
}

export function serializeSeat(db: MockDatabase, row: SeatRow): CustomerSeat {
  const member = row.member_id ? db.member(row.member_id) : undefined;
  const subscription = db.subscriptions.get(row.subscription_id);
  return {
    id: row.id,
    created_at: row.created_at,
    modified_at: row.modified_at,
    subscription_id: row.subscription_id,
    order_id: null,
    status: row.status,
    customer_id: row.status === 'revoked' ? null : (subscription?.customer_id ?? null),
    member_id: row.member_id,
    member: member ? serializeMember(member) : null,
    email: row.email,
    customer_email: row.email ?? member?.email ?? null,
    invitation_token_expires_at: row.status === 'pending' ? row.invitation_token_expires_at : null,
    claimed_at: row.claimed_at,
    revoked_at: row.revoked_at,
    seat_metadata: row.seat_metadata,
  };
}
