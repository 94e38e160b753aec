import type { ReactiveController, ReactiveElement } from 'lit';
import {
  getSession,
  type Persistence,
  type PortalSession,
  type SessionChange,
  type SessionTokenProvider,
} from '../session/session.js';

/** The attributes an element gives its session controller. */
export interface SessionHost extends ReactiveElement {
  apiBase: string | null;
  sandbox: boolean;
  organizationId: string;
  persist: Persistence;
  sessionToken: string | null;
  getSessionToken: SessionTokenProvider | null;
}

export type SessionListener = (change: SessionChange, session: PortalSession) => void;

/**
 * Connects an element to the page's shared session for its API and organization: attaches it
 * (and re-attaches when `api-base`, `sandbox` or `organization-id` change), hands it a
 * `session-token` (then drops the attribute: the token lives in the session only), the
 * `getSessionToken` provider and the persistence, and re-renders the element on every change.
 * Elements that react to a change further (focus, events, resetting a form) `listen`.
 */
export class SessionController implements ReactiveController {
  session: PortalSession | null = null;
  private attachedTo = '';
  private persist: Persistence | null = null;
  private provider: SessionTokenProvider | null = null;
  private readonly listeners = new Set<SessionListener>();
  private readonly requestListeners = new Set<() => void>();
  private readonly onRequest = () => {
    for (const listener of this.requestListeners) listener();
  };
  private readonly onChange = (event: Event) => {
    const change = (event as CustomEvent<SessionChange>).detail;
    this.host.requestUpdate();
    if (this.session) for (const listener of this.listeners) listener(change, this.session);
  };

  constructor(private readonly host: SessionHost) {
    host.addController(this);
  }

  /** Calls `listener` on every change of the session (after the element was asked to update). */
  listen(listener: SessionListener): void {
    this.listeners.add(listener);
  }

  /** Calls `listener` when any element of the session asked for a new sign-in. */
  onSignInRequested(listener: () => void): void {
    this.requestListeners.add(listener);
  }

  get signedIn(): boolean {
    return this.session?.status === 'signed-in';
  }

  /** The session expired while someone was signed in: the element keeps its place for them. */
  get ended(): { email: string; customerId: string } | null {
    return this.session?.status === 'signed-out' ? this.session.ended : null;
  }

  hostConnected(): void {
    this.session?.addEventListener('change', this.onChange);
    this.session?.addEventListener('sign-in-requested', this.onRequest);
  }

  hostDisconnected(): void {
    this.session?.removeEventListener('change', this.onChange);
    this.session?.removeEventListener('sign-in-requested', this.onRequest);
  }

  hostUpdate(): void {
    const host = this.host;
    const target = `${host.apiBase ?? ''}|${host.sandbox}|${host.organizationId}`;
    if (target !== this.attachedTo) this.attach(target);
    const session = this.session;
    if (!session) return;
    if (host.persist !== this.persist) {
      this.persist = host.persist;
      session.setPersistence(host.persist);
    }
    if (host.getSessionToken !== this.provider) {
      this.provider = host.getSessionToken;
      if (this.provider) {
        session.tokenProvider = this.provider;
        if (session.status === 'signed-out') void session.refreshFromProvider();
      }
    }
    if (host.sessionToken) {
      const token = host.sessionToken;
      // The token lives in the session store only: drop it from the attribute.
      host.sessionToken = null;
      host.removeAttribute('session-token');
      void session.signInWithToken(token).catch(() => undefined);
    }
  }

  private attach(target: string): void {
    this.hostDisconnected();
    this.attachedTo = target;
    this.persist = null;
    this.provider = null;
    const host = this.host;
    this.session = host.organizationId
      ? getSession({
          apiBase: host.apiBase,
          sandbox: host.sandbox,
          organizationId: host.organizationId,
        })
      : null;
    if (host.isConnected) this.hostConnected();
    if (this.session) {
      this.persist = host.persist;
      this.session.setPersistence(host.persist);
    }
  }
}
