import { defineElement } from '../../internal/define.js';
import { PortalLogin } from './portal-login.js';

export { PortalLogin };

/** Registers `<portal-login>`; loading twice warns instead of throwing. */
defineElement('portal-login', PortalLogin);

declare global {
  interface HTMLElementTagNameMap {
    'portal-login': PortalLogin;
  }
}
