import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Persistence, PortalSession, SessionTokenProvider } from '../session/session.js';
import { getSession } from '../session/session.js';
import { PortalLocalize } from './localize.js';

/**
 * The base of every element: the attributes they all share (same names everywhere), the shared
 * session for their API and organization, and localization. Elements re-render when the
 * session changes.
 */
export class PortalElement extends LitElement {
  /** The API to talk to: Polar's (`https://api.polar.sh`) unless set, e.g. to the mock. */
  @property({ attribute: 'api-base' }) apiBase: string | null = null;
  /** Use Polar's sandbox API. */
  @property({ type: Boolean }) sandbox = false;
  /** The Polar organization whose customers sign in. */
  @property({ attribute: 'organization-id' }) organizationId = '';
  /** A session token made by the merchant's backend (`polar_cst_…` or `polar_mst_…`). */
  @property({ attribute: 'session-token' }) sessionToken: string | null = null;
  /** Where the session lives: `memory`, `session` (sessionStorage) or `local` (localStorage). */
  @property({ reflect: true }) persist: Persistence = 'session';
  /** `light`, `dark` or `auto` (follows the system). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';
  /** An async callback giving a session token: used at start and after the session ends. */
  @property({ attribute: false }) getSessionToken: SessionTokenProvider | null = null;

  protected readonly localize = new PortalLocalize(this);
  protected session: PortalSession | null = null;
  private readonly onSessionChange = (event: Event) => this.sessionChanged(event as CustomEvent);

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.session?.removeEventListener('change', this.onSessionChange);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.session) this.session.addEventListener('change', this.onSessionChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('apiBase') || changed.has('sandbox') || changed.has('organizationId'))
      this.attachSession();
    if (!this.session) return;
    if (changed.has('persist')) this.session.setPersistence(this.persist);
    if (changed.has('getSessionToken') && this.getSessionToken) {
      this.session.tokenProvider = this.getSessionToken;
      if (this.session.status === 'signed-out') void this.session.refreshFromProvider();
    }
    if (changed.has('sessionToken') && this.sessionToken) {
      const token = this.sessionToken;
      // The token lives in the session store only: drop it from the attribute.
      this.sessionToken = null;
      this.removeAttribute('session-token');
      void this.session.signInWithToken(token).catch(() => undefined);
    }
  }

  private attachSession(): void {
    this.session?.removeEventListener('change', this.onSessionChange);
    this.session = this.organizationId
      ? getSession({
          apiBase: this.apiBase,
          sandbox: this.sandbox,
          organizationId: this.organizationId,
        })
      : null;
    this.session?.addEventListener('change', this.onSessionChange);
    this.session?.setPersistence(this.persist);
  }

  /** Elements override to react (events, focus); the default re-renders. */
  protected sessionChanged(_event: CustomEvent): void {
    this.requestUpdate();
  }
}
