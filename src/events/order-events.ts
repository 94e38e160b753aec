import type { CustomerOrder } from '../api/types.js';

/** Fired when an order's billing details (for its invoice) were saved. `detail`: the order. */
export class PortalOrderUpdatedEvent extends CustomEvent<CustomerOrder> {
  constructor(order: CustomerOrder) {
    super('portal-order-updated', { detail: order, bubbles: true, composed: true });
  }
}

/**
 * Fired when an invoice was generated (or found) and opened, or offered as a link. `url` passed
 * the elements' URL guard (`https:`, or loopback `http:`): a host may open it as it is.
 */
export class PortalInvoiceGeneratedEvent extends CustomEvent<{
  order: CustomerOrder;
  url: string;
}> {
  constructor(order: CustomerOrder, url: string) {
    super('portal-invoice-generated', { detail: { order, url }, bubbles: true, composed: true });
  }
}

/** Fired when a failed payment was retried and went through. `detail`: the paid order. */
export class PortalOrderPaidEvent extends CustomEvent<CustomerOrder> {
  constructor(order: CustomerOrder) {
    super('portal-order-paid', { detail: order, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'portal-order-updated': PortalOrderUpdatedEvent;
    'portal-invoice-generated': PortalInvoiceGeneratedEvent;
    'portal-order-paid': PortalOrderPaidEvent;
  }
}
