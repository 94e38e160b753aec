import { CUSTOMER_SESSION_PREFIX, MEMBER_SESSION_PREFIX } from '../auth.js';
import { generateToken, hmacHex } from '../crypto.js';
import type { CustomerRow, MemberRow, SessionRow } from '../db/rows.js';
import type { MockState } from '../state.js';

const SESSION_TTL_MS = 60 * 60_000;

/** A new session's token, not stored yet, and the hash the store keeps of it. */
export interface SessionToken {
  token: string;
  tokenHash: string;
}

/**
 * A token for a member session (`polar_mst_`) or a customer session (`polar_cst_`). Hashing
 * awaits, so a service mints first and then checks and writes with no `await` in between.
 */
export async function mintSessionToken(
  state: MockState,
  kind: SessionRow['kind'],
): Promise<SessionToken> {
  const token = generateToken(kind === 'member' ? MEMBER_SESSION_PREFIX : CUSTOMER_SESSION_PREFIX);
  return { token, tokenHash: await hmacHex(state.secret, token) };
}

/**
 * Stores a portal session for one hour (Polar's `CUSTOMER_SESSION_TTL`), for the member when
 * there is one, else for the customer. Only the token's hash is kept.
 */
export function insertSession(
  state: MockState,
  { tokenHash }: SessionToken,
  customer: CustomerRow,
  member: MemberRow | null,
  returnUrl: string | null = null,
): SessionRow {
  return state.db.sessions.insert({
    token_hash: tokenHash,
    kind: member ? 'member' : 'customer',
    customer_id: customer.id,
    member_id: member?.id ?? null,
    expires_at: state.clock.now() + SESSION_TTL_MS,
    return_url: returnUrl,
  });
}

/** A portal session for one hour; returns its token. */
export async function createSession(
  state: MockState,
  customer: CustomerRow,
  member: MemberRow | null,
): Promise<string> {
  const minted = await mintSessionToken(state, member ? 'member' : 'customer');
  insertSession(state, minted, customer, member);
  return minted.token;
}
