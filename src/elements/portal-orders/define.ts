import { PortalOrders } from './portal-orders.js';

export { PortalOrders };

/** Registers `<portal-orders>`; loading twice warns instead of throwing. */
if (customElements.get('portal-orders')) {
  if (customElements.get('portal-orders') !== PortalOrders)
    console.warn('portal-orders is already defined; keeping the first definition.');
} else {
  customElements.define('portal-orders', PortalOrders);
}

declare global {
  interface HTMLElementTagNameMap {
    'portal-orders': PortalOrders;
  }
}
