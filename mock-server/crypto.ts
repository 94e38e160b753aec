/**
 * Secrets the way Polar makes them (reference.md §1.1, §2): random codes and tokens, stored
 * only as HMAC-SHA256 hex. In Node, `node:crypto`'s HMAC: every signed-in request hashes its
 * bearer, and Web Crypto's `subtle.sign` sends each one to the thread pool and back (a tenth of
 * the mock's time per request in `npm run bench`). In the browser, Web Crypto; both give the same
 * bytes for the same key and message (UTF-8, a lone surrogate as U+FFFD).
 */

import type * as NodeCrypto from 'node:crypto';

/**
 * Node's crypto module, reached through `process.getBuiltinModule` (Node 20.16+) rather than an
 * import, so the browser bundle has nothing to resolve; undefined in a browser.
 */
const nodeCrypto = (
  globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }
).process?.getBuiltinModule?.('node:crypto') as typeof NodeCrypto | undefined;

const encoder = new TextEncoder();
const keyCache = new Map<string, Promise<CryptoKey>>();

function hmacKey(secret: string): Promise<CryptoKey> {
  let key = keyCache.get(secret);
  if (!key) {
    key = crypto.subtle.importKey(
      'raw',
      encoder.encode(secret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    keyCache.set(secret, key);
  }
  return key;
}

export async function hmacSha256(secret: string, message: string): Promise<Uint8Array> {
  if (nodeCrypto) {
    const digest = nodeCrypto.createHmac('sha256', secret).update(message).digest();
    return new Uint8Array(digest.buffer, digest.byteOffset, digest.byteLength);
  }
  const signature = await crypto.subtle.sign(
    'HMAC',
    await hmacKey(secret),
    encoder.encode(message),
  );
  return new Uint8Array(signature);
}

/**
 * The latest hex HMACs by key and message: a session's bearer is hashed on each of its
 * requests, and even Node's HMAC was a tenth of a signed-in request's time in the pipeline.
 * Bounded, so a flood of invented tokens only turns it over. Memory only, never saved.
 */
const hexCache = new Map<string, string>();
const HEX_CACHE_SIZE = 1024;

export async function hmacHex(secret: string, message: string): Promise<string> {
  const cacheKey = `${secret.length}:${secret}${message}`; // the length: no two pairs meet
  const cached = hexCache.get(cacheKey);
  if (cached !== undefined) return cached;
  let hex: string;
  if (nodeCrypto) hex = nodeCrypto.createHmac('sha256', secret).update(message).digest('hex');
  else {
    const bytes = await hmacSha256(secret, message);
    hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  }
  if (hexCache.size >= HEX_CACHE_SIZE) hexCache.delete(hexCache.keys().next().value!);
  hexCache.set(cacheKey, hex);
  return hex;
}

/** A plain SHA-256, hex: what the mock keeps of an organization access token (`rows/access.ts`). */
export async function sha256Hex(message: string): Promise<string> {
  if (nodeCrypto) return nodeCrypto.createHash('sha256').update(message).digest('hex');
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(message)));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

export const DIGITS = '0123456789';
export const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Uniform random string over `alphabet` (rejection sampling: no modulo bias). */
export function randomString(length: number, alphabet: string): string {
  const limit = 256 - (256 % alphabet.length);
  let out = '';
  while (out.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length * 2))) {
      if (byte < limit && out.length < length) out += alphabet[byte % alphabet.length];
    }
  }
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(text: string): number {
  let crc = 0xffffffff;
  for (const byte of encoder.encode(text)) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function base62(value: number, width: number): string {
  let out = '';
  for (let v = value; v > 0; v = Math.floor(v / 62)) out = BASE62[v % 62] + out;
  return out.padStart(width, '0');
}

/** `prefix` + 37 alphanumerics + a 6-character base62 CRC32 checksum, as Polar's tokens are. */
export function generateToken(prefix: string): string {
  const body = randomString(37, ALNUM);
  return `${prefix}${body}${base62(crc32(body), 6)}`;
}

/** True when the token has Polar's shape and its checksum matches (a typo fails fast). */
export function hasValidChecksum(token: string, prefix: string): boolean {
  if (!token.startsWith(prefix) || token.length !== prefix.length + 43) return false;
  const body = token.slice(prefix.length, prefix.length + 37);
  return base62(crc32(body), 6) === token.slice(prefix.length + 37);
}
