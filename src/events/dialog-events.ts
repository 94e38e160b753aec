/**
 * Why a `<portal-dialog>` closes: `escape` (the Escape key or another close request of the
 * browser), `dismiss` (a button marked `data-dialog="close"`), `done` (its owner closed it, the
 * action having finished).
 */
export type PortalDialogCloseReason = 'escape' | 'dismiss' | 'done';

/**
 * Fired before a `<portal-dialog>` closes at the customer's request; `preventDefault()` keeps it
 * open (the action is still running, a form holds unsaved values). `detail.reason` says why.
 */
export class PortalDialogCloseEvent extends CustomEvent<{ reason: PortalDialogCloseReason }> {
  constructor(reason: PortalDialogCloseReason) {
    super('portal-dialog-close', {
      detail: { reason },
      bubbles: true,
      composed: true,
      cancelable: true,
    });
  }
}

/** Fired once a `<portal-dialog>` has closed and focus is back on its opener. */
export class PortalDialogClosedEvent extends CustomEvent<{ reason: PortalDialogCloseReason }> {
  constructor(reason: PortalDialogCloseReason) {
    super('portal-dialog-closed', { detail: { reason }, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'portal-dialog-close': PortalDialogCloseEvent;
    'portal-dialog-closed': PortalDialogClosedEvent;
  }
}
