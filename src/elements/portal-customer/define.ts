import { PortalCustomer } from './portal-customer.js';

export { PortalCustomer };

/** Registers `<portal-customer>`; loading twice warns instead of throwing. */
if (customElements.get('portal-customer')) {
  if (customElements.get('portal-customer') !== PortalCustomer)
    console.warn('portal-customer is already defined; keeping the first definition.');
} else {
  customElements.define('portal-customer', PortalCustomer);
}

declare global {
  interface HTMLElementTagNameMap {
    'portal-customer': PortalCustomer;
  }
}
