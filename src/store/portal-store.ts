import type { CustomerSubscriptionRevoke, PortalClient } from '../api/client.js';
import type {
  CustomerBenefitGrantUpdate,
  CustomerOrder,
  CustomerOrderUpdate,
  CustomerPaymentMethodCreate,
  CustomerPortalCustomerUpdate,
  CustomerSeatAssign,
  CustomerSubscriptionUpdate,
} from '../api/types.js';
import { ResourceStore, type ResourceKind } from './resource-store.js';

/**
 * What a payment on an order changes: the order, the subscription it renews (past due or
 * active again), the customer's state, the card used, and the benefits the subscription grants.
 */
const PAYMENT_TOUCHES: ResourceKind[] = [
  'orders',
  'subscriptions',
  'charge-preview',
  'customer',
  'payment-methods',
  'benefit-grants',
];

/**
 * The store of one session, with every write the elements make. Each write says which
 * resources the API change touches, as Polar's server changes them, so every element showing
 * one of them re-renders with the new truth:
 *
 * | write | answer replaces | reloaded |
 * |---|---|---|
 * | subscription update (cancel, resume, plan, seats) | the subscription | its charge preview, orders (a proration may invoice), benefit grants, meters, seats, wallets (a credit or a used balance) |
 * | scheduled change cancelled | the subscription | its charge preview |
 * | past-due subscription revoked | the subscription | orders (the failed one is void), benefit grants, payment methods (no longer needed) |
 * | order payment retry | – | orders, subscriptions (past due → active), customer, payment methods, benefit grants |
 * | order billing details, invoice | the order | – |
 * | customer update (billing details, default card) | the customer | payment methods (the default mark) |
 * | card added, confirmed, deleted, saved by the card embed | – | payment methods, customer (the default may move), orders |
 * | email change requested | – | – (nothing changes until the link in the email is opened) |
 * | seat assigned, revoked, invitation resent | – | seats, subscriptions, members |
 * | benefit grant update (claim with an account) | the grant | – |
 * | an account connected in Polar's OAuth window | – | benefit grants (each carries its holder's accounts), customer |
 * | license key deactivation | – | license keys, benefit grants |
 */
export class PortalStore extends ResourceStore {
  /** Runs `call`; on success puts its answer in place and reloads what it touched. */
  private async write<T>(
    call: (client: PortalClient) => Promise<T>,
    effects: {
      replaces?: (result: T) => [ResourceKind, { id: string }][];
      reloads: ResourceKind[];
    },
  ): Promise<T> {
    const result = await call(this.client);
    for (const [kind, item] of effects.replaces?.(result) ?? []) this.replace(kind, item);
    this.invalidate(...effects.reloads);
    return result;
  }

  updateSubscription(id: string, body: CustomerSubscriptionUpdate) {
    return this.write((c) => c.updateSubscription(id, body), {
      replaces: (subscription) => [['subscriptions', subscription]],
      reloads: ['charge-preview', 'orders', 'benefit-grants', 'meters', 'seats', 'wallets'],
    });
  }

  /** Ends a past-due subscription now (`revoke`): its failed order is no longer collected. */
  revokeSubscription(id: string, body: CustomerSubscriptionRevoke) {
    return this.write((c) => c.revokeSubscription(id, body), {
      replaces: (subscription) => [['subscriptions', subscription]],
      reloads: ['charge-preview', 'orders', 'benefit-grants', 'payment-methods'],
    });
  }

  /** Withdraws a `next_period` change before it applies (Polar's `clear_pending_update`). */
  clearPendingUpdate(id: string) {
    return this.write((c) => c.updateSubscription(id, { pending_update: null }), {
      replaces: (subscription) => [['subscriptions', subscription]],
      reloads: ['charge-preview'],
    });
  }

  retryPayment(orderId: string, paymentMethodId: string) {
    return this.write((c) => c.retryPayment(orderId, { payment_method_id: paymentMethodId }), {
      reloads: PAYMENT_TOUCHES,
    });
  }

  /**
   * After a payment that needed the customer's action (3-D Secure) settled: what a retry
   * reloads, reloaded again now that the payment has a final answer.
   */
  paymentSettled(): void {
    this.invalidate(...PAYMENT_TOUCHES);
  }

  updateOrder(id: string, body: CustomerOrderUpdate) {
    return this.write((c) => c.updateOrder(id, body), {
      replaces: (order) => [['orders', order]],
      reloads: [],
    });
  }

  generateInvoice(orderId: string) {
    return this.write((c) => c.generateInvoice(orderId), { reloads: ['orders'] });
  }

  /**
   * Reads one order again and puts it in place everywhere: for what the server changed after
   * the write that caused it answered (Polar renders an invoice in the background and marks the
   * order once it exists; a payment pays the order after its confirmation answered).
   */
  async refreshOrder(orderId: string): Promise<CustomerOrder> {
    const order = await this.client.getOrder(orderId);
    this.replace('orders', order);
    return order;
  }

  updateCustomer(body: CustomerPortalCustomerUpdate) {
    return this.write((c) => c.updateCustomer(body), {
      replaces: (customer) => [['customer', customer]],
      reloads: 'default_payment_method_id' in body ? ['payment-methods'] : [],
    });
  }

  addPaymentMethod(body: CustomerPaymentMethodCreate) {
    return this.write((c) => c.addPaymentMethod(body), {
      reloads: ['payment-methods', 'customer'],
    });
  }

  confirmPaymentMethod(body: { setup_intent_id: string; set_default: boolean }) {
    return this.write((c) => c.confirmPaymentMethod(body), {
      reloads: ['payment-methods', 'customer'],
    });
  }

  /**
   * A card Polar's card embed saved (the frame made the API call, not the page): the list is
   * loaded again through the store and the new card answered, so every element agrees on it.
   * `null` when the list does not have it (another tab deleted it meanwhile).
   */
  async cardSavedByEmbed(id: string) {
    const list = await this.write((c) => c.listPaymentMethods({ limit: 100 }), {
      reloads: ['payment-methods', 'customer', 'orders'],
    });
    return list.items.find((method) => method.id === id) ?? null;
  }

  deletePaymentMethod(id: string) {
    return this.write((c) => c.deletePaymentMethod(id), {
      reloads: ['payment-methods', 'customer', 'orders'],
    });
  }

  /**
   * Sends the confirmation link to the new address. A write all the same: it goes through the
   * store like every other, so a later live-update channel can see it, though it touches nothing.
   */
  requestEmailUpdate(email: string) {
    return this.write((c) => c.requestEmailUpdate(email), { reloads: [] });
  }

  assignSeat(body: CustomerSeatAssign) {
    return this.write((c) => c.assignSeat(body), {
      reloads: ['seats', 'subscriptions', 'members'],
    });
  }

  revokeSeat(id: string) {
    return this.write((c) => c.revokeSeat(id), { reloads: ['seats', 'subscriptions', 'members'] });
  }

  resendSeatInvitation(id: string) {
    return this.write((c) => c.resendSeatInvitation(id), { reloads: ['seats'] });
  }

  updateBenefitGrant(id: string, body: CustomerBenefitGrantUpdate) {
    return this.write((c) => c.updateBenefitGrant(id, body), {
      replaces: (grant) => [['benefit-grants', grant]],
      reloads: [],
    });
  }

  /**
   * A GitHub or Discord account may have been connected in another window (Polar's OAuth flow,
   * which stores it on the customer or member and on their waiting grants): reloads what shows
   * accounts, answering once the new values are in.
   */
  oauthAccountsChanged(): Promise<void> {
    return this.refresh('benefit-grants', 'customer');
  }

  deactivateLicenseKey(body: { key: string; organization_id: string; activation_id: string }) {
    return this.write((c) => c.deactivateLicenseKey(body), {
      reloads: ['license-keys', 'benefit-grants'],
    });
  }
}
