import { isoDate } from '../clock.js';
import { hmacHex, randomString } from '../crypto.js';
import { newId } from '../db/ids.js';
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
  const product = state.db.products.find((p) => p.id === subscription.product_id)!;
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
  subscription: SubscriptionRow,
  email: string,
  metadata: Record<string, unknown> | null,
  immediateClaim: boolean,
): Promise<SeatRow> {
  const invitation = await newInvitation(state);
  // From here on, no await: the seat limit is checked and taken in one step.
  const taken = activeSeats(state, subscription);
  if (taken.some((s) => s.email?.toLowerCase() === email.toLowerCase())) {
    throw polarError(400, 'SeatAlreadyAssigned', `Seat already assigned to customer ${email}`);
  }
  if (taken.length >= (subscription.seats ?? 0)) {
    throw polarError(400, 'SeatNotAvailable', `No available seats for ${subscription.id}`);
  }
  const now = isoDate(state.clock.now());
  const seat: SeatRow = {
    id: newId(),
    created_at: now,
    modified_at: null,
    subscription_id: subscription.id,
    status: 'pending',
    email,
    member_id: null,
    invitation_token_hash: invitation.hash,
    invitation_token_expires_at: invitation.expiresAt,
    seat_metadata: metadata,
    claimed_at: null,
    revoked_at: null,
  };
  state.db.seats.push(seat);
  seatChanged(state, seat, 'assigned');
  if (immediateClaim) claim(state, seat);
  else sendInvitation(state, email, subscription, invitation.token);
  return seat;
}

export function revokeSeat(state: MockState, seat: SeatRow): void {
  if (seat.status === 'revoked') return; // idempotent, as Polar's is
  const now = isoDate(state.clock.now());
  seat.status = 'revoked';
  seat.revoked_at = now;
  seat.modified_at = now;
  seat.email = null;
  seat.member_id = null;
  seat.invitation_token_hash = null;
  seatChanged(state, seat, 'revoked');
}

export async function resendInvitation(state: MockState, seat: SeatRow): Promise<void> {
  if (seat.status !== 'pending' || !seat.email)
    throw polarError(400, 'SeatNotPending', 'Seat is not in pending status');
  const invitation = await newInvitation(state);
  if (seat.status !== 'pending')
    throw polarError(400, 'SeatNotPending', 'Seat is not in pending status');
  seat.invitation_token_hash = invitation.hash;
  seat.invitation_token_expires_at = invitation.expiresAt;
  seat.modified_at = isoDate(state.clock.now());
  sendInvitation(
    state,
    seat.email!,
    state.db.subscriptions.find((s) => s.id === seat.subscription_id)!,
    invitation.token,
  );
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
  seat: SeatRow,
): { customer: CustomerRow; member: MemberRow } {
  const subscription = state.db.subscriptions.find((s) => s.id === seat.subscription_id)!;
  const customer = state.db.customer(subscription.customer_id)!;
  const now = isoDate(state.clock.now());
  let member = state.db.members.find(
    (m) =>
      m.customer_id === customer.id &&
      m.deleted_at === null &&
      m.email.toLowerCase() === seat.email!.toLowerCase(),
  );
  if (!member) {
    member = {
      id: newId(),
      created_at: now,
      modified_at: null,
      organization_id: customer.organization_id,
      customer_id: customer.id,
      email: seat.email!,
      name: null,
      external_id: null,
      role: 'member',
      oauth_accounts: {},
      deleted_at: null,
    };
    state.db.members.push(member);
  }
  seat.status = 'claimed';
  seat.member_id = member.id;
  seat.claimed_at = now;
  seat.modified_at = now;
  seat.invitation_token_hash = null;
  seat.invitation_token_expires_at = null;
  seatChanged(state, seat, 'claimed');
  return { customer, member };
}
