import type { CustomerSubscription } from '../api/types.js';

/** Fired when a subscription was set to cancel at the end of its period. `detail`: the subscription as the API answered. */
export class PortalSubscriptionCanceledEvent extends CustomEvent<CustomerSubscription> {
  constructor(subscription: CustomerSubscription) {
    super('portal-subscription-canceled', { detail: subscription, bubbles: true, composed: true });
  }
}

/** Fired when a pending cancellation was withdrawn. */
export class PortalSubscriptionUncanceledEvent extends CustomEvent<CustomerSubscription> {
  constructor(subscription: CustomerSubscription) {
    super('portal-subscription-uncanceled', {
      detail: subscription,
      bubbles: true,
      composed: true,
    });
  }
}

/** Fired when a subscription's plan or seats changed. */
export class PortalSubscriptionUpdatedEvent extends CustomEvent<CustomerSubscription> {
  constructor(subscription: CustomerSubscription) {
    super('portal-subscription-updated', { detail: subscription, bubbles: true, composed: true });
  }
}

/** Why the customer is sent to their payment methods. */
export type PaymentMethodNeed = 'declined' | 'missing' | 'trial';

/**
 * Fired when the customer asks to fix or add a card: a charge for a change failed (`declined`,
 * `missing`), or a trial will end with no card on file (`trial`). `<customer-portal>` opens its
 * account view; a page with `<portal-customer>` elsewhere can scroll to it or open it.
 */
export class PortalPaymentMethodRequestedEvent extends CustomEvent<{
  subscription: CustomerSubscription;
  need: PaymentMethodNeed;
}> {
  constructor(subscription: CustomerSubscription, need: PaymentMethodNeed) {
    super('portal-payment-method-requested', {
      detail: { subscription, need },
      bubbles: true,
      composed: true,
      cancelable: true,
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'portal-subscription-canceled': PortalSubscriptionCanceledEvent;
    'portal-subscription-uncanceled': PortalSubscriptionUncanceledEvent;
    'portal-subscription-updated': PortalSubscriptionUpdatedEvent;
    'portal-payment-method-requested': PortalPaymentMethodRequestedEvent;
  }
}
