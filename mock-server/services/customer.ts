import type { CustomerPortalCustomerUpdate } from '../../src/api/types.js';
import type { PortalSubject } from '../auth.js';
import { randomString } from '../crypto.js';
import type {
  AddressRow,
  CustomerRow,
  PaymentMethodRow,
  SetupIntentRow,
  SubscriptionRow,
} from '../db/rows.js';
import { notFound, polarError, polarValidationError, type ValidationIssue } from '../errors.js';
import type { MockState } from '../state.js';
import { validateTaxId } from '../tax-id.js';
import { cardFromToken, onSetup } from '../test-cards.js';
import { customerChanged, paymentMethodChanged } from '../webhooks/emit.js';

/**
 * The customer's profile and payment methods (reference.md §4.2). The customer a handler passes
 * was read when the session was, before the request body came in: each function starts from the
 * stored row, then checks and changes with no `await` in between.
 */

const invalid = (
  loc: (string | number)[],
  msg: string,
  type = 'value_error',
  input: unknown = null,
) => polarValidationError([{ type, loc, msg, input } satisfies ValidationIssue]);

/**
 * Applies a profile update as Polar does: a blank billing name is ignored, an address cannot be
 * reset to null, a tax id needs a country and is re-validated when the address changes.
 * Validates everything before changing anything, so a refused update changes nothing.
 */
export function updateCustomer(
  state: MockState,
  subject: PortalSubject,
  update: Omit<CustomerPortalCustomerUpdate, 'billing_address'> & {
    billing_address?: AddressRow | null;
  },
): CustomerRow {
  const customer = state.db.customers.latest(subject.customer);
  if ('billing_address' in update && update.billing_address === null) {
    throw invalid(
      ['body', 'billing_address'],
      'Customer billing address cannot be reset to null once set.',
      'missing',
    );
  }
  if ('default_payment_method_id' in update) {
    if (update.default_payment_method_id === null) {
      throw invalid(
        ['body', 'default_payment_method_id'],
        'Default payment method cannot be reset to null.',
        'missing',
      );
    }
    const card = state.db.paymentMethods.getOwned(update.default_payment_method_id ?? '', subject);
    if (!card)
      throw invalid(['body', 'default_payment_method_id'], 'Payment method not found.', 'invalid');
  }
  const address = update.billing_address ?? customer.billing_address;
  let taxId = customer.tax_id;
  if ('tax_id' in update) {
    taxId = null;
    if (update.tax_id) {
      if (!address)
        throw invalid(['body', 'billing_address'], 'Country is required to validate tax ID.');
      taxId = validateTaxId(update.tax_id, address.country);
      if (!taxId)
        throw invalid(['body', 'tax_id'], 'Invalid tax ID.', 'value_error', update.tax_id);
    }
  } else if (update.billing_address && taxId) {
    taxId = validateTaxId(taxId[0], update.billing_address.country);
    if (!taxId)
      throw invalid(['body', 'tax_id'], 'Invalid tax ID.', 'value_error', customer.tax_id?.[0]);
  }

  const billingName = update.billing_name?.trim();
  const updated = state.db.customers.update(customer, {
    ...(billingName && { billing_name: billingName }),
    ...(update.billing_address && { billing_address: update.billing_address }),
    tax_id: taxId,
    ...(update.default_payment_method_id && {
      default_payment_method_id: update.default_payment_method_id,
    }),
  });
  customerChanged(state, updated);
  return updated;
}

/**
 * The hand-off from Polar's hosted card form: the form gives the page a confirmation token and
 * the portal exchanges it here. The mock's Stripe (`test-cards.ts`) reads the card from the
 * token and says whether its setup is declined or asks for 3-D Secure first (confirm it with
 * the returned `setup_intent_id`).
 */
export function addCard(
  state: MockState,
  customer: CustomerRow,
  token: string,
  setDefault: boolean,
) {
  const answer = onSetup(token);
  if (typeof answer === 'object') {
    throw polarError(
      400,
      'PaymentMethodSetupFailed',
      `Could not add this payment method: ${answer.declined} Please try again with a different card.`,
    );
  }
  const card = cardFromToken(token);
  if (answer === 'needs_action') {
    const intent = state.db.setupIntents.insert({
      id: `seti_${randomString(24, 'abcdefghijklmnopqrstuvwxyz0123456789')}`,
      customer_id: customer.id,
      card,
    });
    return { status: 'requires_action' as const, client_secret: `${intent.id}_secret_mock` };
  }
  return {
    status: 'succeeded' as const,
    payment_method: savePaymentMethod(state, customer, card, setDefault),
  };
}

export function confirmCard(
  state: MockState,
  customer: CustomerRow,
  setupIntentId: string,
  setDefault: boolean,
) {
  const intent = state.db.setupIntents.get(setupIntentId);
  if (intent?.customer_id !== customer.id)
    throw invalid(['body', 'setup_intent_id'], 'Invalid setup_intent_id.');
  state.db.setupIntents.delete(intent.id);
  return {
    status: 'succeeded' as const,
    payment_method: savePaymentMethod(state, customer, intent.card, setDefault),
  };
}

function savePaymentMethod(
  state: MockState,
  given: CustomerRow,
  card: SetupIntentRow['card'],
  setDefault: boolean,
): PaymentMethodRow {
  const customer = state.db.customers.latest(given);
  const row = state.db.paymentMethods.insert({ customer_id: customer.id, ...card });
  paymentMethodChanged(state, customer, row, 'created');
  if (setDefault || customer.default_payment_method_id === null)
    state.db.customers.update(customer, { default_payment_method_id: row.id });
  return row;
}

/**
 * Whether a subscription still needs a card to bill it: Polar's `models/subscription.py`
 * `requires_payment_method`. A paused one only if it resumes on a date; an ended or unbillable
 * one never; one that cancels at the period's end only for the usage (metered prices) it
 * still bills; every other billable one (renewing, trialing, past due) does.
 */
export function requiresPaymentMethod(state: MockState, sub: SubscriptionRow): boolean {
  if (sub.ended_at !== null) return false;
  if (sub.status === 'paused') return sub.resumes_at !== null;
  if (!['active', 'trialing', 'past_due'].includes(sub.status)) return false;
  if (sub.status !== 'past_due' && sub.cancel_at_period_end) {
    const prices = state.db.products.get(sub.product_id)?.prices ?? [];
    return prices.some((price) => (price.amount_type as string) === 'metered_unit');
  }
  return true;
}

/**
 * Deletes a card as Polar's `payment_method/service.py` `delete` does. The subscriptions billed
 * to it that still need a card move to another one (the default if that is another card, else
 * the first other); with no other card Polar refuses (`PaymentMethodInUseByActiveSubscription`).
 * Then, as `payment_method/repository.py` `soft_delete`: the customer has no default any more
 * if this was it (Polar does not pick another), and subscriptions still pointing at it point
 * nowhere (they are charged with the customer's first card).
 */
export function deletePaymentMethod(state: MockState, subject: PortalSubject, id: string): void {
  const { db } = state;
  const customer = db.customers.latest(subject.customer);
  const method = db.paymentMethods.getOwned(id, subject);
  if (!method) throw notFound();
  const others = db.paymentMethods.ownedBy(subject).filter((pm) => pm.id !== id);
  const needing = db.subscriptions
    .ownedBy(subject)
    .filter((s) => s.payment_method_id === id && requiresPaymentMethod(state, s));
  const replacement =
    others.find((pm) => pm.id === customer.default_payment_method_id && pm.id !== id) ??
    others[0] ??
    null;
  if (needing.length > 0 && !replacement) {
    throw polarError(
      400,
      'PaymentMethodInUseByActiveSubscription',
      'This payment method is still needed to bill a subscription. Add another one or cancel the subscription first.',
    );
  }
  for (const sub of needing) db.subscriptions.update(sub, { payment_method_id: replacement!.id });
  for (const sub of db.subscriptions.ownedBy(subject).filter((s) => s.payment_method_id === id))
    db.subscriptions.update(sub, { payment_method_id: null });
  db.paymentMethods.delete(method.id);
  const updated =
    customer.default_payment_method_id === id
      ? db.customers.update(customer, { default_payment_method_id: null })
      : customer;
  paymentMethodChanged(state, updated, method, 'deleted');
}
