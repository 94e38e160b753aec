import { PortalSubscriptions } from './portal-subscriptions.js';

export { PortalSubscriptions };

/** Registers `<portal-subscriptions>`; loading twice warns instead of throwing. */
if (customElements.get('portal-subscriptions')) {
  if (customElements.get('portal-subscriptions') !== PortalSubscriptions) {
    console.warn('portal-subscriptions is already defined; keeping the first definition.');
  }
} else {
  customElements.define('portal-subscriptions', PortalSubscriptions);
}

declare global {
  interface HTMLElementTagNameMap {
    'portal-subscriptions': PortalSubscriptions;
  }
}
