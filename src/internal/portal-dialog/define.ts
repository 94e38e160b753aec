import { defineElement } from '../define.js';
import { PortalDialog } from './portal-dialog.js';

export { PortalDialog };

/**
 * Registers `<portal-dialog>` for the elements that render it. Every bundle on a page carries
 * it; the first definition stays and the others warn instead of throwing.
 */
defineElement('portal-dialog', PortalDialog);

declare global {
  interface HTMLElementTagNameMap {
    'portal-dialog': PortalDialog;
  }
}
