import { defineElement } from '../../internal/define.js';
import { PortalSubscriptions } from './portal-subscriptions.js';

export { PortalSubscriptions };

/** Registers `<portal-subscriptions>`; loading twice warns instead of throwing. */
defineElement('portal-subscriptions', PortalSubscriptions);

declare global {
  interface HTMLElementTagNameMap {
    'portal-subscriptions': PortalSubscriptions;
  }
}
