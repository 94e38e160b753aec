import type { CustomerPaymentMethod, CustomerPortalCustomer } from '../../api/types.js';
import type { PortalLocalize } from '../../internal/localize.js';
import type { PortalStore } from '../../store/portal-store.js';
import type { PaymentMethodCollector } from './card-collector.js';

/** What adding and deleting a card mean, apart from how the section shows them. */

/** The token for a saved card, through 3-D Secure when the bank asks for it. */
export async function exchangeCardToken(
  store: PortalStore,
  collector: PaymentMethodCollector,
  token: string,
  t: PortalLocalize,
): Promise<CustomerPaymentMethod> {
  const needs3ds = () => new Error(t.term('addNeeds3ds'));
  let answer = await store.addPaymentMethod({
    confirmation_token_id: token,
    set_default: false,
    return_url: location.href,
  });
  if (answer.status === 'requires_action') {
    if (!collector.authenticate) throw needs3ds();
    const setupIntent = await collector.authenticate(answer.client_secret);
    answer = await store.confirmPaymentMethod({ setup_intent_id: setupIntent, set_default: false });
  }
  if (answer.status !== 'succeeded') throw needs3ds();
  return answer.payment_method;
}

/**
 * What deleting `method` does, as Polar's `payment_method/service.py` `delete` does it: the
 * subscriptions that still need a card move to the default card if that is another one, else
 * to the first other card; with no other card Polar refuses while one needs it; and a deleted
 * default leaves no default (`repository.soft_delete`).
 */
export function deleteConsequence(
  t: PortalLocalize,
  others: CustomerPaymentMethod[],
  method: CustomerPaymentMethod,
  customer: CustomerPortalCustomer,
  label: (method: CustomerPaymentMethod) => string,
): string {
  if (others.length === 0) return t.term('deleteOnlyCard');
  const next = others.find((m) => m.id === customer.default_payment_method_id) ?? others[0]!;
  const moves = t.term('deleteConsequence', label(next));
  return customer.default_payment_method_id === method.id
    ? `${moves} ${t.term('deleteDefaultConsequence')}`
    : moves;
}
