import { CustomerPortal } from './customer-portal.js';

export { CustomerPortal };

/** Registers `<customer-portal>`; loading twice warns instead of throwing. */
if (customElements.get('customer-portal')) {
  if (customElements.get('customer-portal') !== CustomerPortal)
    console.warn('customer-portal is already defined; keeping the first definition.');
} else {
  customElements.define('customer-portal', CustomerPortal);
}

declare global {
  interface HTMLElementTagNameMap {
    'customer-portal': CustomerPortal;
  }
}
