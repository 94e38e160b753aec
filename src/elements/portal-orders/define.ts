import { defineElement } from '../../internal/define.js';
import { PortalOrders } from './portal-orders.js';

export { PortalOrders };

/** Registers `<portal-orders>`; loading twice warns instead of throwing. */
defineElement('portal-orders', PortalOrders);

declare global {
  interface HTMLElementTagNameMap {
    'portal-orders': PortalOrders;
  }
}
