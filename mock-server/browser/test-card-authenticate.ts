/**
 * The mock's Stripe.js `handleNextAction`, for a page that brings its own card form
 * (`paymentMethodCollector`) against the mock: it completes 3-D Secure for a client secret the
 * API handed back. Adding a card through Polar's embed needs none of this: the mock's stand-in
 * frame (`mock-server/embed/`) plays the whole of Stripe's part itself.
 */

/**
 * 3-D Secure, passed at once, at the mock's Stripe stand-in: a card setup (`seti_…`) as the
 * stand-in card embed confirms it, a payment (`pi_…`, from paying a failed order) as Stripe.js
 * `handleNextAction` confirms it at Stripe, after which it settles like any other payment.
 */
export async function testCardAuthenticate(
  clientSecret: string,
  apiBase: string = location.origin,
): Promise<string> {
  const kind = clientSecret.startsWith('pi_') ? 'payment-intents' : 'setup-intents';
  const response = await fetch(new URL(`/__dev/stripe/${kind}/authenticate`, apiBase), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ client_secret: clientSecret }),
  });
  if (!response.ok) throw new Error(`The mock's 3-D Secure failed (${response.status}).`);
  return ((await response.json()) as { id: string }).id;
}
