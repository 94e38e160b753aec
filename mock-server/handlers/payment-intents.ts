import { z } from 'zod';
import type { Route, RouteContext } from '../routing.js';
import { authenticatePayment } from '../services/payments.js';
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

export const paymentIntentRoutes: Route[] = [
  { method: 'POST', path: '/__dev/stripe/payment-intents/authenticate', handle: authenticate },
];
