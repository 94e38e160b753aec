import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { SessionController } from '../controllers/session-controller.js';
import { PortalSignInRequestedEvent } from '../events/session-events.js';
import type { Persistence, PortalSession, SessionTokenProvider } from '../session/session.js';
import { PortalLocalize } from './localize.js';
import { renderOrganizationState } from './organization-state.js';

/**
 * Optional features a merchant may hide or make read-only, as merchants ask of Polar's portal.
 * Cancelling is not among them: auto-renewal laws (the FTC's click-to-cancel rule, California's
 * ARL, Germany's Kündigungsbutton) require that a customer can cancel where they subscribed.
 */
export const PORTAL_FEATURES = [
  'plan-change',
  'seats',
  'invoices',
  'usage',
  'payment-methods',
  'billing-details',
] as const;
export type PortalFeature = (typeof PORTAL_FEATURES)[number];

/** `"seats invoices"` ⇄ a set of known features; unknown names warn, `cancel` explains why not. */
const featureList = {
  fromAttribute(value: string | null): ReadonlySet<PortalFeature> {
    const names = (value ?? '').split(/[\s,]+/).filter(Boolean);
    for (const name of names) {
      if (name === 'cancel')
        console.warn('portal-elements: cancelling cannot be hidden; auto-renewal laws require it.');
      else if (!(PORTAL_FEATURES as readonly string[]).includes(name))
        console.warn(`portal-elements: unknown feature "${name}" (${PORTAL_FEATURES.join(', ')}).`);
    }
    return new Set(
      names.filter((name): name is PortalFeature =>
        (PORTAL_FEATURES as readonly string[]).includes(name),
      ),
    );
  },
  toAttribute(value: ReadonlySet<PortalFeature>): string {
    return [...value].join(' ');
  },
};

/** The settings every element shares, as `<customer-portal>` hands them to its views. */
export interface PortalConfig {
  apiBase: string | null;
  sandbox: boolean;
  organizationId: string;
  organization: string;
  persist: Persistence;
  theme: 'light' | 'dark' | 'auto';
  hiddenFeatures: ReadonlySet<PortalFeature>;
  readonlyFeatures: ReadonlySet<PortalFeature>;
}

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
  /** The Polar organization whose customers sign in, by id; wins over `organization`. */
  @property({ attribute: 'organization-id' }) organizationId = '';
  /**
   * The same by its slug (`acme` in polar.sh/acme/portal), looked up once per page; an unknown
   * one shows an error with a retry.
   */
  // The lookup, its loading and error states: organization-lookup.ts, organization-state.ts.
  @property() organization = '';
  /** A session token made by the merchant's backend (`polar_cst_…` or `polar_mst_…`). */
  @property({ attribute: 'session-token' }) sessionToken: string | null = null;
  /** Where the session lives: `memory`, `session` (sessionStorage) or `local` (localStorage). */
  @property({ reflect: true }) persist: Persistence = 'session';
  /** `light`, `dark` or `auto` (follows the system). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';
  /**
   * Features not shown at all, space-separated: `plan-change`, `seats`, `invoices`, `usage`,
   * `payment-methods`, `billing-details`. Cancelling cannot be hidden.
   */
  @property({ attribute: 'hidden-features', converter: featureList })
  hiddenFeatures: ReadonlySet<PortalFeature> = new Set();
  /** Features shown but not changeable, same names as `hidden-features`. */
  @property({ attribute: 'readonly-features', converter: featureList })
  readonlyFeatures: ReadonlySet<PortalFeature> = new Set();
  /** An async callback giving a session token: used at start and after the session ends. */
  @property({ attribute: false }) getSessionToken: SessionTokenProvider | null = null;

  /** Sets the shared settings at once; `<customer-portal>` configures its views with it. */
  set config(config: Partial<PortalConfig>) {
    Object.assign(this, config);
  }

  protected readonly localize = new PortalLocalize(this);
  /** The page's shared session for this element's API and organization. */
  protected readonly sessions = new SessionController(this);

  protected get session(): PortalSession | null {
    return this.sessions.session;
  }

  /** Whether the merchant hid `feature`. */
  protected isHidden(feature: PortalFeature): boolean {
    return this.hiddenFeatures.has(feature);
  }

  /** Whether `feature` may be changed: not hidden, not read-only, and the role allows billing. */
  protected canChange(feature: PortalFeature): boolean {
    return (
      this.canManageBilling &&
      !this.hiddenFeatures.has(feature) &&
      !this.readonlyFeatures.has(feature)
    );
  }

  /**
   * Whether the session may change billing: a customer session, or a member session as owner or
   * billing manager. A `member` reads only; the API would answer 403 anyway.
   */
  protected get canManageBilling(): boolean {
    return this.session?.status === 'signed-in' && this.session.info?.role !== 'member';
  }

  private pendingFocus: string | null = null;

  /**
   * Every render waits for the element's language (fetched once per page, in milliseconds): the
   * customer never sees English flash before German.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const arriving = this.localize.ready();
    if (!arriving) return super.scheduleUpdate();
    return arriving.then(() => super.scheduleUpdate());
  }

  /**
   * Moves focus to `selector` (in the shadow root) once the next render is done: after an
   * action replaced the button that was used, or opened a form, focus lands on what comes next.
   */
  protected focusAfterRender(selector: string): void {
    this.pendingFocus = selector;
    this.requestUpdate();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.pendingFocus) {
      this.renderRoot.querySelector<HTMLElement>(this.pendingFocus)?.focus();
      this.pendingFocus = null;
    }
  }

  /**
   * What an element shows while no one is signed in: the slug's lookup until it found the
   * organization (loading, or why not, with a retry); then `signedOut` (its own sentence), or,
   * when the session expired under the customer, that it ended and a button to sign in again
   * (the element keeps its place and what was typed for when they are back).
   */
  protected renderSignedOut(signedOut: string): TemplateResult {
    const lookup = this.sessions.unresolved;
    if (lookup) return renderOrganizationState(this.localize, lookup);
    const ended = this.sessions.ended;
    if (!ended) return html`<p part="signed-out">${signedOut}</p>`;
    const t = this.localize;
    return html`<div part="session-ended" role="status">
      <p>${t.term('sessionEnded')}</p>
      <button type="button" part="sign-in-again-button" @click=${this.requestSignIn}>
        ${t.term('signInAgain')}
      </button>
    </div>`;
  }

  private readonly requestSignIn = (): void => {
    this.dispatchEvent(new PortalSignInRequestedEvent(this.sessions.ended?.email ?? null));
    this.session?.requestSignIn();
  };
}
