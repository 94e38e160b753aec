import { z } from 'zod';
import { polarError } from '../errors.js';
import type { Route, RouteContext } from '../routing.js';
import { authenticatePayment } from '../services/payments.js';
import { typedCardToken } from '../test-cards.js';
import { field, parseJsonBody } from '../validation.js';

/**
 * The mock's stand-in for Stripe's 3-D Secure step, never part of Polar's API: what Stripe.js
 * `handleNextAction(clientSecret)` does in the customer's browser. The client secret is the
 * capability, as it is at Stripe, so this answers any caller (the card form's page).
 */
async function authenticate(ctx: RouteContext): Promise<Response> {
  const { client_secret } = await parseJsonBody(
    ctx.request,
    z.object({ client_secret: field.string() }),
  );
  return Response.json({ id: authenticatePayment(ctx.state, client_secret), status: 'processing' });
}

/**
 * Stripe's `createConfirmationToken` for the stand-in card embed (`embed/payment-method.js`):
 * the typed card becomes the token the mock's Stripe reads (`test-cards.ts`), or Stripe's
 * `card_error` naming the field. Numbers never reach Polar's API, as with Stripe Elements.
 */
async function confirmationToken(ctx: RouteContext): Promise<Response> {
  const typed = await parseJsonBody(
    ctx.request,
    z.object({
      number: field.string().max(64),
      exp_month: field.string().max(8),
      exp_year: field.string().max(8),
      cvc: field.string().max(8),
    }),
  );
  const made = typedCardToken(typed, new Date(ctx.state.clock.now()));
  if ('error' in made)
    return Response.json({ error: { type: 'card_error', ...made.error } }, { status: 402 });
  return Response.json({ id: made.token, object: 'confirmation_token' });
}

/**
 * The 3-D Secure step of saving a card (Stripe.js `handleNextAction` on a SetupIntent): the
 * intent's id for its client secret, which Polar's `payment-methods/confirm` then takes.
 */
async function authenticateSetup(ctx: RouteContext): Promise<Response> {
  const { client_secret } = await parseJsonBody(
    ctx.request,
    z.object({ client_secret: field.string().max(200) }),
  );
  const id = client_secret.replace(/_secret_mock$/, '');
  if (id === client_secret || !ctx.state.db.setupIntents.get(id))
    throw polarError(404, 'ResourceNotFound', 'No such setup intent.');
  return Response.json({ id, object: 'setup_intent', status: 'succeeded' });
}

export const paymentIntentRoutes: Route[] = [
  { method: 'POST', path: '/__dev/stripe/payment-intents/authenticate', handle: authenticate },
  { method: 'POST', path: '/__dev/stripe/confirmation-tokens', handle: confirmationToken },
  { method: 'POST', path: '/__dev/stripe/setup-intents/authenticate', handle: authenticateSetup },
];
