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

declare global {
  interface GlobalEventHandlersEventMap {
    'portal-subscription-canceled': PortalSubscriptionCanceledEvent;
    'portal-subscription-uncanceled': PortalSubscriptionUncanceledEvent;
    'portal-subscription-updated': PortalSubscriptionUpdatedEvent;
  }
}
