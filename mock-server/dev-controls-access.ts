import { normalizeAddress } from './client-address.js';
import { socketAddress } from './socket-address.js';
import type { MockState } from './state.js';

/** Whether a page of this origin is one served from this machine (`Origin: null` is not). */
function isLoopbackOrigin(origin: string): boolean {
  if (!URL.canParse(origin)) return false;
  const { protocol, hostname } = new URL(origin);
  if (protocol !== 'http:' && protocol !== 'https:') return false;
  return hostname === 'localhost' || normalizeAddress(hostname) === 'loopback';
}

/**
 * Whether a development control may answer this caller. The mailbox hands out sign-in codes and
 * `/__dev/reset` lifts every rate limit, so over HTTP they answer only this machine (loopback)
 * unless the mock is told to expose them; in the browser the page is the only caller. A request
 * a browser sends for a page of another origin carries `Origin`: a web page the developer has
 * open elsewhere must not read the mailbox or reset the mock through their browser, so only
 * pages served from this machine pass.
 */
export function mayUseDevControls(headers: Headers, state: MockState): boolean {
  const address = socketAddress({ headers });
  if (state.exposeDevRoutes || address === null) return true;
  const origin = headers.get('origin');
  if (origin !== null && !isLoopbackOrigin(origin)) return false;
  return address === 'loopback';
}
