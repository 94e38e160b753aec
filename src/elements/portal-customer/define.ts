import { defineElement } from '../../internal/define.js';
import { PortalCustomer } from './portal-customer.js';

export { PortalCustomer };

/** Registers `<portal-customer>`; loading twice warns instead of throwing. */
defineElement('portal-customer', PortalCustomer);

declare global {
  interface HTMLElementTagNameMap {
    'portal-customer': PortalCustomer;
  }
}
