import { EMBED_REDIRECT_STATUS_PARAM } from './embed-protocol.js';

/**
 * After a payment method that leaves for the provider's page (a bank redirect), Polar's modal
 * sends the customer back to the page with `polar_payment_method_status=succeeded|failed`.
 * The first element that asks takes it, and the parameter leaves the address bar at once, so a
 * reload or a shared link does not say it again.
 */

let taken = false;

export function takeEmbedRedirectStatus(): 'succeeded' | 'failed' | null {
  if (taken || typeof location === 'undefined') return null;
  const url = new URL(location.href);
  const status = url.searchParams.get(EMBED_REDIRECT_STATUS_PARAM);
  if (status === null) return null;
  taken = true;
  url.searchParams.delete(EMBED_REDIRECT_STATUS_PARAM);
  history.replaceState(history.state, '', url);
  return status === 'succeeded' || status === 'failed' ? status : null;
}
