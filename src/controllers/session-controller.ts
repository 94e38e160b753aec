import type { ReactiveController, ReactiveElement } from 'lit';
import { resolveApiBase } from '../api/client.js';
import { lookupOrganization, type OrganizationLookup } from '../session/organization-lookup.js';
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
  /** The organization's slug, looked up when `organizationId` is not given. */
  organization: string;
  persist: Persistence;
  sessionToken: string | null;
  getSessionToken: SessionTokenProvider | null;
}

export type SessionListener = (change: SessionChange, session: PortalSession) => void;

/**
 * Connects an element to the page's shared session for its API and organization: attaches it
 * (and re-attaches when `api-base`, `sandbox`, `organization-id` or `organization` change; a
 * slug is looked up first, and there is no session until it named an organization), hands it a
 * `session-token` (then drops the attribute: the token lives in the session only), the
 * `getSessionToken` provider and the persistence, and re-renders the element on every change.
 * Elements that react to a change further (focus, events, resetting a form) `listen`.
 */
export class SessionController implements ReactiveController {
  session: PortalSession | null = null;
  /**
   * The lookup of the `organization` slug, while it decides the organization: there is no
   * session until it found one. Null when `organization-id` is given (it wins) or no slug is.
   */
  lookup: OrganizationLookup | null = null;
  private readonly onLookup = () => this.host.requestUpdate();
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

  /** The slug's lookup while it has not found the organization: loading, unknown or failed. */
  get unresolved(): OrganizationLookup | null {
    return this.lookup && this.lookup.status !== 'found' ? this.lookup : null;
  }

  hostConnected(): void {
    this.lookup?.addEventListener('change', this.onLookup);
    this.session?.addEventListener('change', this.onChange);
    this.session?.addEventListener('sign-in-requested', this.onRequest);
  }

  hostDisconnected(): void {
    this.lookup?.removeEventListener('change', this.onLookup);
    this.session?.removeEventListener('change', this.onChange);
    this.session?.removeEventListener('sign-in-requested', this.onRequest);
  }

  hostUpdate(): void {
    const host = this.host;
    // `organization-id` wins; a slug is looked up once per page (organization-lookup.ts).
    const slug = !host.organizationId && host.organization.trim();
    const lookup = slug
      ? lookupOrganization(resolveApiBase(host.apiBase, host.sandbox), slug)
      : null;
    // The session is keyed by the organization's id however it was named: an element given the
    // slug and one given the id share it. None until the slug named an organization.
    const organizationId = host.organizationId || lookup?.organizationId || '';
    const target = `${host.apiBase ?? ''}|${host.sandbox}|${organizationId}`;
    if (target !== this.attachedTo || lookup !== this.lookup) this.attach(target, lookup);
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

  private attach(target: string, lookup: OrganizationLookup | null): void {
    this.hostDisconnected();
    this.attachedTo = target;
    this.lookup = lookup;
    this.persist = null;
    this.provider = null;
    const { host } = this;
    const organizationId = host.organizationId || lookup?.organizationId;
    this.session = organizationId
      ? getSession({ apiBase: host.apiBase, sandbox: host.sandbox, organizationId })
      : null;
    if (host.isConnected) this.hostConnected();
    if (this.session) {
      this.persist = host.persist;
      this.session.setPersistence(host.persist);
    }
  }
}
