import { defineElement } from '../../internal/define.js';
import { CustomerPortal } from './customer-portal.js';

export { CustomerPortal };

/** Registers `<customer-portal>`; loading twice warns instead of throwing. */
defineElement('customer-portal', CustomerPortal);

declare global {
  interface HTMLElementTagNameMap {
    'customer-portal': CustomerPortal;
  }
}
