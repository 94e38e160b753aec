import { PortalLogin } from './portal-login.js';

export { PortalLogin };

/** Registers `<portal-login>`; loading twice warns instead of throwing. */
if (customElements.get('portal-login')) {
  if (customElements.get('portal-login') !== PortalLogin)
    console.warn('portal-login is already defined; keeping the first definition.');
} else {
  customElements.define('portal-login', PortalLogin);
}

declare global {
  interface HTMLElementTagNameMap {
    'portal-login': PortalLogin;
  }
}
