import type { CustomerPaymentMethod, CustomerPortalCustomer } from '../api/types.js';

/** Fired when the customer's billing details were saved. `detail`: the customer. */
export class PortalCustomerUpdatedEvent extends CustomEvent<CustomerPortalCustomer> {
  constructor(customer: CustomerPortalCustomer) {
    super('portal-customer-updated', { detail: customer, bubbles: true, composed: true });
  }
}

/** Fired when a payment method was added. `detail`: the payment method. */
export class PortalPaymentMethodAddedEvent extends CustomEvent<CustomerPaymentMethod> {
  constructor(method: CustomerPaymentMethod) {
    super('portal-payment-method-added', { detail: method, bubbles: true, composed: true });
  }
}

/** Fired when a payment method was deleted. `detail`: the deleted payment method. */
export class PortalPaymentMethodRemovedEvent extends CustomEvent<CustomerPaymentMethod> {
  constructor(method: CustomerPaymentMethod) {
    super('portal-payment-method-removed', { detail: method, bubbles: true, composed: true });
  }
}

/** Fired when another payment method became the default. `detail`: the new default. */
export class PortalPaymentMethodDefaultChangedEvent extends CustomEvent<CustomerPaymentMethod> {
  constructor(method: CustomerPaymentMethod) {
    super('portal-payment-method-default-changed', {
      detail: method,
      bubbles: true,
      composed: true,
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'portal-customer-updated': PortalCustomerUpdatedEvent;
    'portal-payment-method-added': PortalPaymentMethodAddedEvent;
    'portal-payment-method-removed': PortalPaymentMethodRemovedEvent;
    'portal-payment-method-default-changed': PortalPaymentMethodDefaultChangedEvent;
  }
}
