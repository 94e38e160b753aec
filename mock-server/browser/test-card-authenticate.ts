/**
 * The mock's Stripe.js `handleNextAction`, for a page that brings its own card form
 * (`paymentMethodCollector`) against the mock: it completes 3-D Secure for a client secret the
 * API handed back. Adding a card through Polar's embed needs none of this: the mock's stand-in
 * frame (`mock-server/embed/`) plays the whole of Stripe's part itself.
 */

/**
 * 3-D Secure, passed at once. A card setup's intent id is in its client secret; a
 * payment (`pi_…`, from paying a failed order) is confirmed at the mock's Stripe stand-in, as
 * Stripe.js `handleNextAction` confirms it at Stripe, and then settles like any other payment.
 */
export async function testCardAuthenticate(
  clientSecret: string,
  apiBase: string = location.origin,
): Promise<string> {
  if (!clientSecret.startsWith('pi_')) return clientSecret.replace(/_secret_mock$/, '');
  const response = await fetch(new URL('/__dev/stripe/payment-intents/authenticate', apiBase), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ client_secret: clientSecret }),
  });
  if (!response.ok) throw new Error(`The mock's 3-D Secure failed (${response.status}).`);
  return ((await response.json()) as { id: string }).id;
}
