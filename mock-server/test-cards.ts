import type { PaymentMethodRow } from './db/rows.js';

/**
 * Stripe's test cards that are saved without trouble but decline every later charge: a stored
 * card ending in one of these fails an off-session charge as Stripe's `card_declined` would.
 * `4000 0000 0000 0341` is Stripe's "attaching succeeds, charging fails" card (Carol's in the
 * seed); `4000 0000 0000 0002` is its generic decline.
 */
export const DECLINING_LAST4 = ['0341', '0002'] as const;

export const isDeclinedCard = (card: Pick<PaymentMethodRow, 'last4'>): boolean =>
  (DECLINING_LAST4 as readonly string[]).includes(card.last4);
