import { normalizeAddress } from './client-address.js';
import { ALNUM, randomString } from './crypto.js';

/**
 * The socket's address travels from the Node adapter to the handlers on the request itself, in
 * a header, since MSW hands handlers a `Request` and nothing else. A header is what a client can
 * send too, so the adapter stamps it with a value only this process knows, over anything the
 * client sent, and only a stamped address is believed. A request with no stamp came from no
 * socket (the page's own service worker, or msw's `setupServer` in a merchant's tests).
 */

const ADDRESS_HEADER = 'x-mock-remote-address';
const STAMP_HEADER = 'x-mock-transport';
const STAMP = randomString(32, ALNUM);

/** For the Node adapter: the socket's address on the request, replacing what the client sent. */
export function stampSocketAddress(headers: Headers, address: string | undefined): void {
  headers.set(ADDRESS_HEADER, address ?? 'unknown');
  headers.set(STAMP_HEADER, STAMP);
}

/** The address the Node adapter saw, normalized (`loopback`, an IPv4, an IPv6 /64); else null. */
export function socketAddress(request: Pick<Request, 'headers'>): string | null {
  if (request.headers.get(STAMP_HEADER) !== STAMP) return null;
  return normalizeAddress(request.headers.get(ADDRESS_HEADER)) ?? 'unknown';
}
