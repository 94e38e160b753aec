import { isoDate } from '../clock.js';
import { newId } from '../db/ids.js';
import type { PaymentAttemptRow, PaymentMethodRow, SubscriptionRow } from '../db/rows.js';
import { polarError } from '../errors.js';
import type { MockState } from '../state.js';
import { AUTHENTICATION_REQUIRED, offSessionCharge } from '../test-cards.js';
import { SETTLE_MS } from './payments.js';

/**
 * Charging a subscription's card with no customer present, as Polar's `order/service.py`
 * `_create_order` and `trigger_payment` do: in `sync` mode (a plan or seat change invoiced now,
 * `SubscriptionService._create_subscription_update_order`) a charge that cannot succeed is a
 * 402 and the request's transaction rolls back; in `background` mode (a new period, a resume:
 * the `order.create_subscription_order` job) a failure is left to dunning. A charge that goes
 * through is only confirmed: Stripe's webhook pays the order later (`settleDuePayments`).
 */

/** Stripe's smallest charge in USD and EUR: less is kept as wallet debt (`trigger_payment`). */
export const MINIMUM_CHARGE = 50;

/** The card the subscription is billed on: its own, else the customer's default. */
export function billingCard(state: MockState, row: SubscriptionRow): PaymentMethodRow | undefined {
  const id = row.payment_method_id ?? state.db.customer(row.customer_id)!.default_payment_method_id;
  return id ? state.db.paymentMethods.get(id) : undefined;
}

const paymentFailed = (reason: 'missing_payment_method' | 'card_error') =>
  polarError(402, 'PaymentFailed', `Payment failed with reason: ${reason}.`);

/**
 * Throws Polar's 402 when charging `due` now, in `sync` mode, cannot complete: no card
 * (`_create_order`, for any amount due), a decline (`trigger_payment`'s `CardError`), or an
 * intent left in `requires_action` (`PaymentActionRequired`, quoting the order that the
 * rollback removes). Called before anything is written, so a refused change leaves the store
 * as it was. Under Stripe's minimum nothing is charged, so only the card's presence counts.
 */
export function assertChargeable(state: MockState, row: SubscriptionRow, due: number): void {
  if (due <= 0) return;
  const card = billingCard(state, row);
  if (!card) throw paymentFailed('missing_payment_method');
  if (due < MINIMUM_CHARGE) return;
  const answer = offSessionCharge(card);
  if (typeof answer === 'object') throw paymentFailed('card_error');
  if (answer === 'needs_action') {
    throw polarError(
      402,
      'PaymentActionRequired',
      `Order ${newId()} payment requires customer authentication (e.g. 3DS challenge); off-session charge cannot complete.`,
    );
  }
}

/** What charging an order of the subscription leaves behind. */
export type ChargeResult =
  | { outcome: 'paid' }
  | { outcome: 'confirmed'; attempt: PaymentAttemptRow }
  | { outcome: 'dunning'; attempt: PaymentAttemptRow | null };

/**
 * Charges `due` off-session at `at`: nothing (or less than Stripe's minimum) is paid at once;
 * a card that pays leaves a payment that settles `SETTLE_MS` later; with no card (`_create_order`
 * calls `handle_payment_failure` at once) or a decline (Stripe's `payment_intent.payment_failed`,
 * then `handle_payment_failure`) the order goes to dunning. In `sync` mode `assertChargeable`
 * has already refused every charge that would not pay.
 */
export function chargeOffSession(
  state: MockState,
  row: SubscriptionRow,
  due: number,
  at: number,
): ChargeResult {
  if (due <= 0) return { outcome: 'paid' };
  const card = billingCard(state, row);
  if (!card) return { outcome: 'dunning', attempt: null };
  if (due < MINIMUM_CHARGE) return { outcome: 'paid' };
  const answer = offSessionCharge(card);
  const attempt: PaymentAttemptRow = {
    id: newId(),
    created_at: isoDate(at),
    status: answer === 'succeeds' ? 'pending' : 'failed',
    manual: false,
    payment_method_id: card.id,
    confirmation_token_id: null,
    // Stripe fails an off-session charge that needs authentication (`authentication_required`).
    decline_message:
      answer === 'succeeds'
        ? null
        : answer === 'needs_action'
          ? AUTHENTICATION_REQUIRED
          : answer.declined,
    settles_at: answer === 'succeeds' ? isoDate(at + SETTLE_MS) : null,
    client_secret: null,
  };
  return { outcome: answer === 'succeeds' ? 'confirmed' : 'dunning', attempt };
}
