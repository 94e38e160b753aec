import type { SessionInfo } from '../session/session.js';

/** Fired when a session starts. `detail` is who signed in; never the token. */
export class PortalSignedInEvent extends CustomEvent<SessionInfo> {
  constructor(info: SessionInfo) {
    super('portal-signed-in', { detail: info, bubbles: true, composed: true });
  }
}

/** Fired when the customer signs out on purpose. */
export class PortalSignedOutEvent extends Event {
  constructor() {
    super('portal-signed-out', { bubbles: true, composed: true });
  }
}

/** Fired when the API refused the session (expired or revoked): every element is signed out. */
export class PortalSessionExpiredEvent extends Event {
  constructor() {
    super('portal-session-expired', { bubbles: true, composed: true });
  }
}

/**
 * Fired when the customer asked to sign in again after their session ended (the "Sign in
 * again" button of any element). `<portal-login>` on the page answers by itself; a merchant
 * with their own sign-in can listen and open it. `detail.email` is who was signed in.
 */
export class PortalSignInRequestedEvent extends CustomEvent<{ email: string | null }> {
  constructor(email: string | null) {
    super('portal-sign-in-requested', { detail: { email }, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'portal-signed-in': PortalSignedInEvent;
    'portal-signed-out': PortalSignedOutEvent;
    'portal-session-expired': PortalSessionExpiredEvent;
    'portal-sign-in-requested': PortalSignInRequestedEvent;
  }
}
