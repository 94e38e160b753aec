import { isoDate } from '../clock.js';
import { hmacHex, randomString } from '../crypto.js';
import type { CustomerRow, MemberRow, SeatRow, SubscriptionRow } from '../db/rows.js';
import { polarError } from '../errors.js';
import type { MockState } from '../state.js';
import { seatChanged } from '../webhooks/emit.js';

/**
 * Seats of a seat-based subscription (reference.md §4.6): assign by email (an invitation with a
 * single-use token valid 24 hours lands in the dev mailbox), claim, resend, revoke. Checks and
 * changes happen with no `await` in between, so racing assigns can never exceed the limit.
 */

const INVITATION_TTL_MS = 24 * 60 * 60_000;
const TOKEN_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export const activeSeats = (state: MockState, subscription: SubscriptionRow) =>
  state.db.seats.filter((s) => s.subscription_id === subscription.id && s.status !== 'revoked');

export function seatCounts(state: MockState, subscription: SubscriptionRow) {
  const total = subscription.seats ?? 0;
  return {
    total_seats: total,
    available_seats: Math.max(0, total - activeSeats(state, subscription).length),
  };
}

/** Makes a new invitation token; returns it in clear for the email, with its hash for the row. */
async function newInvitation(
  state: MockState,
): Promise<{ token: string; hash: string; expiresAt: string }> {
  const token = randomString(43, TOKEN_ALPHABET);
  return {
    token,
    hash: await hmacHex(state.secret, `seat:${token}`),
    expiresAt: isoDate(state.clock.now() + INVITATION_TTL_MS),
  };
}

function sendInvitation(
  state: MockState,
  email: string,
  subscription: SubscriptionRow,
  token: string,
): void {
  const product = state.db.products.get(subscription.product_id)!;
  const org = state.db.organization(product.organization_id)!;
  state.mailbox.send({
    to: email,
    subject: `You've been invited to ${product.name} by ${org.name}`,
    text: [
      `You have been given a seat on ${product.name}.`,
      '',
      `Claim it with this invitation token: ${token}`,
      `(POST /v1/customer-seats/claim {"invitation_token": "..."}); it is valid for 24 hours.`,
    ].join('\n'),
    code: token,
  });
}

export async function assignSeat(
  state: MockState,
  given: SubscriptionRow,
  email: string,
  metadata: Record<string, unknown> | null,
  immediateClaim: boolean,
): Promise<SeatRow> {
  const invitation = await newInvitation(state);
  // From here on, no await: the seat limit is checked and taken in one step, on the
  // subscription as it is now (its seat count may have changed while the token was hashed).
  const subscription = state.db.subscriptions.latest(given);
  const taken = activeSeats(state, subscription);
  if (taken.some((s) => s.email?.toLowerCase() === email.toLowerCase())) {
    throw polarError(400, 'SeatAlreadyAssigned', `Seat already assigned to customer ${email}`);
  }
  if (taken.length >= (subscription.seats ?? 0)) {
    throw polarError(400, 'SeatNotAvailable', `No available seats for ${subscription.id}`);
  }
  const seat = state.db.seats.insert({
    subscription_id: subscription.id,
    status: 'pending',
    email,
    invitation_token_hash: invitation.hash,
    invitation_token_expires_at: invitation.expiresAt,
    seat_metadata: metadata,
  });
  seatChanged(state, seat, 'assigned');
  if (immediateClaim) return claim(state, seat).seat;
  sendInvitation(state, email, subscription, invitation.token);
  return seat;
}

/** Revokes a seat; returns it as it now is. */
export function revokeSeat(state: MockState, given: SeatRow): SeatRow {
  const seat = state.db.seats.latest(given);
  if (seat.status === 'revoked') return seat; // idempotent, as Polar's is
  const now = isoDate(state.clock.now());
  const revoked = state.db.seats.update(seat, {
    status: 'revoked',
    revoked_at: now,
    modified_at: now,
    email: null,
    member_id: null,
    invitation_token_hash: null,
  });
  seatChanged(state, revoked, 'revoked');
  return revoked;
}

export async function resendInvitation(state: MockState, given: SeatRow): Promise<SeatRow> {
  if (given.status !== 'pending' || !given.email)
    throw polarError(400, 'SeatNotPending', 'Seat is not in pending status');
  const invitation = await newInvitation(state);
  // Read again after the await: the seat may have been claimed or revoked meanwhile.
  const seat = state.db.seats.latest(given);
  if (seat.status !== 'pending' || !seat.email)
    throw polarError(400, 'SeatNotPending', 'Seat is not in pending status');
  const resent = state.db.seats.update(seat, {
    invitation_token_hash: invitation.hash,
    invitation_token_expires_at: invitation.expiresAt,
  });
  sendInvitation(
    state,
    seat.email,
    state.db.subscriptions.get(seat.subscription_id)!,
    invitation.token,
  );
  return resent;
}

export async function findSeatByToken(
  state: MockState,
  token: string,
): Promise<SeatRow | undefined> {
  const hash = await hmacHex(state.secret, `seat:${token}`);
  return state.db.seats.find(
    (s) =>
      s.invitation_token_hash === hash &&
      s.status === 'pending' &&
      s.invitation_token_expires_at !== null &&
      Date.parse(s.invitation_token_expires_at) > state.clock.now(),
  );
}

/**
 * The invitee takes the seat: in the member model they become a `member` of the billing
 * customer (reusing a member with that email); the token is spent.
 */
export function claim(
  state: MockState,
  given: SeatRow,
): { seat: SeatRow; customer: CustomerRow; member: MemberRow } {
  const seat = state.db.seats.latest(given);
  // Found by its token before an await: another claim or a revoke may have come first.
  if (seat.status !== 'pending')
    throw polarError(400, 'InvalidInvitationToken', 'Invalid or expired invitation token');
  const subscription = state.db.subscriptions.get(seat.subscription_id)!;
  const customer = state.db.customer(subscription.customer_id)!;
  const now = isoDate(state.clock.now());
  const member =
    state.db.members.find(
      (m) =>
        m.customer_id === customer.id &&
        m.deleted_at === null &&
        m.email.toLowerCase() === seat.email!.toLowerCase(),
    ) ??
    state.db.members.insert({
      created_at: now,
      organization_id: customer.organization_id,
      customer_id: customer.id,
      email: seat.email!,
    });
  const claimed = state.db.seats.update(seat, {
    status: 'claimed',
    member_id: member.id,
    claimed_at: now,
    modified_at: now,
    invitation_token_hash: null,
    invitation_token_expires_at: null,
  });
  seatChanged(state, claimed, 'claimed');
  return { seat: claimed, customer, member };
}
