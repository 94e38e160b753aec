import { html, nothing, type TemplateResult } from 'lit';
import type { PortalClient } from '../../api/client.js';
import { PortalApiError } from '../../api/errors.js';
import type { CustomerPaymentMethod } from '../../api/types.js';
import type { PortalLocalize } from '../../internal/localize.js';

/**
 * A change Polar refused because its charge failed (402 `PaymentFailed`: the change was rolled
 * back), with the card that was tried, so the dialog can name it and offer the way to fix it.
 */
export class PaymentFailure extends Error {
  override readonly name = 'PaymentFailure';
  constructor(
    /**
     * Polar's reason: `card_error` (declined), `missing_payment_method`, or `action_required`
     * (402 `PaymentActionRequired`: the bank wants 3-D Secure, which an off-session charge
     * cannot do, `order/service.py` `trigger_payment`).
     */
    readonly reason: string,
    /** "Visa card ending in 4242", or null when there is no card. */
    readonly card: string | null,
  ) {
    super(`Payment failed with reason: ${reason}.`);
  }
}

const capitalized = (word: string | null) =>
  !word ? '' : word.charAt(0).toUpperCase() + word.slice(1);

const cardOf = (method: CustomerPaymentMethod | undefined) =>
  method && 'method_metadata' in method && 'last4' in method.method_metadata
    ? {
        brand: capitalized(method.method_metadata.brand),
        last4: method.method_metadata.last4 ?? '',
      }
    : null;

/**
 * Turns a 402 into a `PaymentFailure` naming the customer's default card (Polar charges the
 * subscription's card, which is the default unless another was chosen); any other error is
 * given back as it was. The card is looked up only when a charge failed.
 */
export async function explainPaymentFailure(
  t: PortalLocalize,
  client: PortalClient,
  error: unknown,
): Promise<unknown> {
  if (!(error instanceof PortalApiError) || error.status !== 402) return error;
  const reason =
    error.error === 'PaymentActionRequired'
      ? 'action_required'
      : typeof error.detail === 'string'
        ? (/reason: (\w+)/.exec(error.detail)?.[1] ?? 'card_error')
        : 'card_error';
  if (reason === 'missing_payment_method') return new PaymentFailure(reason, null);
  try {
    const [customer, methods] = await Promise.all([
      client.getCustomer(),
      client.listPaymentMethods(),
    ]);
    const method =
      methods.items.find((m) => m.id === customer.default_payment_method_id) ?? methods.items[0];
    const card = cardOf(method);
    return new PaymentFailure(reason, card ? t.term('cardName', card.brand, card.last4) : null);
  } catch {
    return new PaymentFailure(reason, null);
  }
}

/** The sentence for a failed charge. */
export const describePaymentFailure = (t: PortalLocalize, failure: PaymentFailure): string =>
  failure.reason === 'action_required'
    ? t.term('paymentNeedsAuthentication', failure.card ?? t.term('yourCard'))
    : failure.card
      ? t.term('paymentDeclined', failure.card)
      : t.term('paymentMissing');

/** The way to fix a failed charge: to the account's payment methods (`fixPayment`). */
export function renderPaymentFailure(
  t: PortalLocalize,
  failure: unknown,
  fixPayment: () => void,
): TemplateResult | typeof nothing {
  if (!(failure instanceof PaymentFailure)) return nothing;
  return html`<button
    type="button"
    class="secondary"
    part="fix-payment-button"
    @click=${fixPayment}
  >
    ${failure.card ? t.term('updatePaymentMethod') : t.term('addCard')}
  </button>`;
}
