/**
 * Whether something is billed per seat, as Polar decides it: by its prices' `amount_type`. One
 * test for the elements (which offer a seat change only on such plans, and a plan change only
 * among plans of the same seat model) and for the mock (which refuses the others as Polar does).
 * Structural types, so an API product, an API subscription and a mock row all fit.
 */

interface Priced {
  readonly amount_type: string;
}

/** Whether this one price charges per seat (narrows the API's and the mock's price unions). */
export function isSeatBasedPrice<P extends Priced>(
  price: P | null | undefined,
): price is Extract<P, { amount_type: 'seat_based' }> {
  return price?.amount_type === 'seat_based';
}

/** Whether a product or subscription has a seat-based price. */
export function isSeatBased(priced: { readonly prices: readonly Priced[] }): boolean {
  return priced.prices.some(isSeatBasedPrice);
}
