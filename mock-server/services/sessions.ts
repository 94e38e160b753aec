import { CUSTOMER_SESSION_PREFIX, MEMBER_SESSION_PREFIX } from '../auth.js';
import { generateToken, hmacHex } from '../crypto.js';
import type { CustomerRow, MemberRow } from '../db/rows.js';
import type { MockState } from '../state.js';

const SESSION_TTL_MS = 60 * 60_000;

/**
 * A portal session for one hour: a member session (`polar_mst_`) when there is a member, else a
 * customer session (`polar_cst_`). Only the token's hash is kept.
 */
export async function createSession(
  state: MockState,
  customer: CustomerRow,
  member: MemberRow | null,
): Promise<string> {
  const token = generateToken(member ? MEMBER_SESSION_PREFIX : CUSTOMER_SESSION_PREFIX);
  const tokenHash = await hmacHex(state.secret, token);
  state.db.sessions.insert({
    token_hash: tokenHash,
    kind: member ? 'member' : 'customer',
    customer_id: customer.id,
    member_id: member?.id ?? null,
    expires_at: state.clock.now() + SESSION_TTL_MS,
  });
  return token;
}
