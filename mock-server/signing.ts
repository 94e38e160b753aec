import { hmacSha256 } from './crypto.js';
import { notFound, polarError } from './errors.js';
import type { MockState } from './state.js';

/**
 * Signed, expiring artefacts (download links, document URLs, OAuth state), the way Polar signs
 * its `customer_oauth` state (`kit/jwt.py`: HS256 over the claims, a `type` and an `exp`) and its
 * presigned storage URLs. Each token names what it is for, so a download token is no OAuth state,
 * and carries its expiry inside the signature; `verify` also refuses an expiry further away than
 * the purpose allows, so even a token signed by mistake with a long life is worth no more than a
 * fresh one. The key is the mock process's own secret (`MockState.secret`): random per process
 * unless one is given, never a constant in the source.
 */

export type SignedPurpose = 'download' | 'file' | 'invoice' | 'receipt' | 'customer_oauth';

/** How long each kind of token lives; `verify` refuses any that claims to live longer. */
export const SIGNED_TTL_MS: Record<SignedPurpose, number> = {
  download: 60 * 60_000,
  file: 60 * 60_000,
  invoice: 60 * 60_000,
  receipt: 60 * 60_000,
  customer_oauth: 15 * 60_000, // Polar's DEFAULT_EXPIRATION for jwt.encode
};

type Claims = Record<string, string | number | null>;

const encoder = new TextEncoder();

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/**
 * Compares the signatures as text, in time independent of where they differ. As text, not as
 * decoded bytes: base64's last character carries spare bits, and two spellings of one signature
 * would both pass.
 */
function equalText(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

/** `payload.signature`, both base64url; the payload is the claims with `typ` and `exp`. */
export async function sign(
  secret: string,
  purpose: SignedPurpose,
  claims: Claims,
  now: number,
): Promise<{ token: string; expiresAt: number }> {
  const expiresAt = now + SIGNED_TTL_MS[purpose];
  const payload = base64url(
    encoder.encode(JSON.stringify({ ...claims, typ: purpose, exp: expiresAt })),
  );
  const signature = base64url(await hmacSha256(secret, payload));
  return { token: `${payload}.${signature}`, expiresAt };
}

export type Verified<T extends Claims> =
  { ok: true; claims: T & { exp: number } } | { ok: false; reason: 'invalid' | 'expired' };

/**
 * The claims of a token this process signed for `purpose`, or why not. `invalid` covers every
 * forgery (bad shape, wrong signature, another purpose, an expiry beyond the purpose's life);
 * `expired` a genuine token past its time.
 */
export async function verify<T extends Claims>(
  secret: string,
  purpose: SignedPurpose,
  token: string,
  now: number,
): Promise<Verified<T>> {
  const invalid = { ok: false, reason: 'invalid' } as const;
  const [payload = '', signature = '', extra] = token.split('.');
  if (!payload || !signature || extra !== undefined || token.length > 4096) return invalid;
  if (!equalText(signature, base64url(await hmacSha256(secret, payload)))) return invalid;
  const bytes = fromBase64url(payload);
  let claims: unknown;
  try {
    claims = bytes && JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return invalid;
  }
  if (typeof claims !== 'object' || claims === null) return invalid;
  const { typ, exp } = claims as { typ?: unknown; exp?: unknown };
  if (typ !== purpose || typeof exp !== 'number' || !Number.isFinite(exp)) return invalid;
  if (exp > now + SIGNED_TTL_MS[purpose]) return invalid;
  if (exp <= now) return { ok: false, reason: 'expired' };
  return { ok: true, claims: claims as T & { exp: number } };
}

/**
 * The claims of a link this process handed out, or the answer the link gets instead: a forged
 * or mismatched one the same 404 as an unknown object (it learns nothing), a genuine one past
 * its time 410, as Polar's presigned URLs stop working.
 */
export async function linkClaims<T extends Claims>(
  state: MockState,
  purpose: SignedPurpose,
  token: string,
): Promise<T & { exp: number }> {
  const verified = await verify<T>(state.secret, purpose, token, state.clock.now());
  if (verified.ok) return verified.claims;
  if (verified.reason === 'invalid') throw notFound();
  throw polarError(410, 'ResourceUnavailable', 'Unavailable');
}
