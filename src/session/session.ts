import { PortalClient, resolveApiBase } from '../api/client.js';
import { PortalApiError } from '../api/errors.js';
import type { MemberRole } from '../api/types.js';
import {
  embedLocation,
  embedOriginFor,
  type CardEmbedTarget,
  type EmbedOptions,
} from '../payments/embed-location.js';
import { PortalStore } from '../store/portal-store.js';
import { resetOrganizationLookups } from './organization-lookup.js';

/**
 * The session one page shares per (API base, organization): `<portal-login>` in the header and
 * `<portal-subscriptions>` in the body see the same one, with no wrapper element. It holds the
 * token (never in a URL, an attribute after sign-in, an event or a log) and what introspection
 * said about it, persists it as asked, and tells every element when it starts or ends.
 */

export type Persistence = 'memory' | 'session' | 'local';

/** What an element may know of the session: everything but the token. */
export interface SessionInfo {
  kind: 'customer' | 'member';
  role: MemberRole | null;
  customerId: string;
  memberId: string | null;
  name: string | null;
  email: string;
  expiresAt: string;
}

export type SessionStatus = 'signed-out' | 'loading' | 'signed-in';

export interface SessionChange {
  status: SessionStatus;
  info: SessionInfo | null;
  /** Why it ended, when it did: signed out on purpose, or the API refused the token. */
  reason?: 'sign-out' | 'expired';
}

export type SessionTokenProvider = () => Promise<string | null | undefined>;

interface Stored {
  token: string;
  info: SessionInfo;
}

const STORAGE_PREFIX = 'portal-elements:session:';

export class PortalSession extends EventTarget {
  readonly client: PortalClient;
  /** The resources of this session, shared by every element that shows them. */
  readonly store: PortalStore;
  status: SessionStatus = 'signed-out';
  /**
   * Who was signed in when the API last refused the token: the sign-in form offers the same
   * email, and the elements keep their place for them. Null after a sign-out on purpose.
   */
  ended: { email: string; customerId: string } | null = null;
  info: SessionInfo | null = null;
  /** Set by an element's `getSessionToken` property: asked at start and after a 401. */
  tokenProvider: SessionTokenProvider | null = null;
  private token: string | null = null;
  private persistence: Persistence = 'session';
  private pending: Promise<void> | null = null;
  /** Whose resources the store holds: another customer's sign-in starts it empty. */
  private storeOwner: string | null = null;

  constructor(
    readonly apiBase: string,
    readonly organizationId: string,
  ) {
    super();
    this.client = new PortalClient({
      baseUrl: apiBase,
      getToken: () => this.token,
      onUnauthorized: () => this.expire(),
    });
    this.store = new PortalStore(this.client);
  }

  private get storageKey(): string {
    return `${STORAGE_PREFIX}${this.apiBase}|${this.organizationId}`;
  }

  private storage(kind = this.persistence): Storage | null {
    try {
      return kind === 'local' ? localStorage : kind === 'session' ? sessionStorage : null;
    } catch {
      return null; // storage blocked (privacy settings, sandboxed iframe): memory only
    }
  }

  /** Chooses where the token lives; a stored session is picked up if there is one. */
  setPersistence(persistence: Persistence): void {
    if (persistence === this.persistence && this.status !== 'signed-out') return;
    const previous = this.persistence;
    this.persistence = persistence;
    if (this.token && this.info) {
      this.storage(previous)?.removeItem(this.storageKey);
      this.save();
      return;
    }
    // A sign-in under way (a link's token, `session-token`) wins over one stored earlier.
    if (this.status !== 'signed-out') return;
    const raw = this.storage()?.getItem(this.storageKey);
    if (!raw) return;
    try {
      const stored = JSON.parse(raw) as Stored;
      if (Date.parse(stored.info.expiresAt) > Date.now()) {
        this.token = stored.token;
        this.setState('signed-in', stored.info);
      } else this.storage()?.removeItem(this.storageKey);
    } catch {
      this.storage()?.removeItem(this.storageKey);
    }
  }

  private save(): void {
    if (this.token && this.info) {
      this.storage()?.setItem(
        this.storageKey,
        JSON.stringify({ token: this.token, info: this.info } satisfies Stored),
      );
    }
  }

  /**
   * Starts a session from a token (from the code flow, the `session-token` attribute or the
   * provider): introspects it once and tells every element. A refused token ends in signed-out.
   */
  async signInWithToken(token: string): Promise<SessionInfo> {
    this.token = token;
    this.setState('loading', null);
    try {
      const [session, user] = await Promise.all([
        this.client.introspect(),
        this.client.authenticatedUser(),
      ]);
      const info: SessionInfo = {
        kind: user.type,
        role: user.role,
        customerId: user.customer_id,
        memberId: user.member_id,
        name: user.name,
        email: user.email,
        expiresAt: session.expires_at,
      };
      if (this.token !== token)
        throw new PortalApiError(401, 'Superseded', 'Another sign-in replaced this one.');
      this.setState('signed-in', info);
      this.save();
      return info;
    } catch (error) {
      if (this.token === token) {
        this.token = null;
        this.setState('signed-out', null, 'expired');
      }
      throw error;
    }
  }

  /** Asks the merchant's `getSessionToken` for a token, once at a time. */
  async refreshFromProvider(): Promise<boolean> {
    if (!this.tokenProvider) return false;
    this.pending ??= (async () => {
      try {
        const token = await this.tokenProvider?.();
        if (token) await this.signInWithToken(token);
      } finally {
        this.pending = null;
      }
    })();
    await this.pending.catch(() => undefined);
    return this.status === 'signed-in';
  }

  /**
   * The address of Polar's card embed for this session (`payments/embed-location.ts`): the one
   * place the token leaves the session other than the Authorization header, because Polar's
   * frame takes it from its URL. `null` when no one is signed in or `originOverride` is refused.
   */
  cardEmbedLocation(options: EmbedOptions, originOverride?: string | null): CardEmbedTarget | null {
    const origin = embedOriginFor(this.apiBase, originOverride);
    if (!this.token || !origin) return null;
    return { origin, location: embedLocation(origin, this.token, options) };
  }

  signOut(): void {
    // Nobody to sign out: no change, so no element announces a sign-out that did not happen.
    if (!this.token && this.status === 'signed-out') return;
    this.clear('sign-out');
  }

  /**
   * Asks whoever can sign the customer in again to do it: `<portal-login>` on the page focuses
   * its form (email prefilled), the merchant's `getSessionToken` is asked for a new token.
   */
  requestSignIn(): void {
    this.dispatchEvent(new CustomEvent('sign-in-requested', { detail: this.ended }));
    void this.refreshFromProvider();
  }

  /** A 401 on any call: the session is over everywhere; the provider may start a new one. */
  private expire(): void {
    if (!this.token) return;
    if (this.info) this.ended = { email: this.info.email, customerId: this.info.customerId };
    this.clear('expired');
    void this.refreshFromProvider();
  }

  private clear(reason: 'sign-out' | 'expired'): void {
    this.token = null;
    if (reason === 'sign-out') {
      this.ended = null;
      this.storeOwner = null;
      this.store.clear();
    }
    this.storage()?.removeItem(this.storageKey);
    this.setState('signed-out', null, reason);
  }

  private setState(
    status: SessionStatus,
    info: SessionInfo | null,
    reason?: SessionChange['reason'],
  ): void {
    this.status = status;
    this.info = info;
    if (status === 'signed-in' && info) this.signedIn(info);
    this.dispatchEvent(
      new CustomEvent<SessionChange>('change', { detail: { status, info, reason } }),
    );
  }

  /** The same person again keeps (and refreshes) what was loaded; anyone else starts empty. */
  private signedIn(info: SessionInfo): void {
    const owner = `${info.customerId}|${info.memberId ?? ''}`;
    this.ended = null;
    if (owner === this.storeOwner) this.store.invalidateAll();
    else {
      this.store.clear();
      this.storeOwner = owner;
    }
  }
}

const registry = new Map<string, PortalSession>();

/** Where Polar's pre-authenticated portal links (`customer_portal_url`) carry the token. */
const LINK_PARAMETER = 'customer_session_token';

/**
 * The token a pre-authenticated link opened the page with, taken out of the address bar at
 * once, so it is not bookmarked, shared, kept in history or sent on as a referrer.
 */
function takeLinkToken(): string | null {
  if (typeof location === 'undefined') return null;
  const url = new URL(location.href);
  const token = url.searchParams.get(LINK_PARAMETER);
  if (token) {
    url.searchParams.delete(LINK_PARAMETER);
    history.replaceState(history.state, '', url);
  }
  return token;
}

/**
 * The one session of a page for this API and organization. The first one made signs in with
 * the token of a pre-authenticated link, if the page was opened with one.
 */
export function getSession(options: {
  apiBase?: string | null;
  sandbox?: boolean;
  organizationId: string;
}): PortalSession {
  const apiBase = resolveApiBase(options.apiBase, options.sandbox);
  const key = `${apiBase}|${options.organizationId}`;
  let session = registry.get(key);
  if (!session) {
    // The page's first session takes a pre-authenticated link's token: every element sharing it
    // is signed in.
    const linked = registry.size ? null : takeLinkToken();
    session = new PortalSession(apiBase, options.organizationId);
    registry.set(key, session);
    if (linked) void session.signInWithToken(linked).catch(() => undefined);
  }
  return session;
}

/** Forgets every session of the page, and the organizations it looked up by slug (tests). */
export function resetSessions(): void {
  for (const session of registry.values()) session.signOut();
  registry.clear();
  resetOrganizationLookups();
}
