import { defineElement } from '../define.js';
import { PortalDialog } from './portal-dialog.js';

export { PortalDialog };

/**
 * Registers `<portal-dialog>`; each module that renders it calls this once at its top. A call,
 * not a bare `import './define.js'`: the package declares its modules free of side effects
 * (package.json `sideEffects`), so a bundler drops an import whose bindings nobody uses, and
 * the dialog's content would show inline in the page. Every bundle on a page carries the
 * element; the first definition stays and the others warn instead of throwing.
 */
export function definePortalDialog(): void {
  defineElement('portal-dialog', PortalDialog);
}

declare global {
  interface HTMLElementTagNameMap {
    'portal-dialog': PortalDialog;
  }
}
