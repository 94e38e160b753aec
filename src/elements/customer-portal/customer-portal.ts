import { keyed } from 'lit/directives/keyed.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import '../portal-login/define.js';
import { registerTerms } from '../../internal/localize.js';
import { PortalElement } from '../../internal/portal-element.js';
import { controls, tokens } from '../../internal/styles.js';
import { portal as en } from '../../locales/en/portal.js';
import type { EmbedMode } from '../../payments/embed-location.js';
import type { PaymentMethodCollector } from '../portal-customer/card-collector.js';
import { customerPortalStyles } from './customer-portal.styles.js';
import { nextTab } from './tab-keys.js';
import { renderViewElement, sharedConfig, viewListConverter } from './view-elements.js';
import { exportParts, PORTAL_VIEWS, type PortalView } from './view-parts.js';

registerTerms('portal', en);

export { PORTAL_VIEWS, type PortalView };

/**
 * @tagname customer-portal
 * @summary The whole customer portal in one tag: sign-in, then subscriptions, team seats,
 * orders, benefits and the account behind accessible tabs. Every attribute is passed down to the
 * views, which share one session; each view also works alone.
 *
 * The seats tab appears for team sessions (Polar's member model) unless the merchant hides
 * `seats`; listing `seats` in `views` shows it to every customer.
 *
 * Every part the views and the sign-in document is forwarded under its own name:
 * `customer-portal::part(confirm-button)` styles the confirming button of every view's dialog,
 * `customer-portal::part(email-input)` the sign-in's email field.
 *
 * @csspart login - The `<portal-login>` at the top (sign-in form, then who is signed in).
 * @csspart tabs - The tab list.
 * @csspart tab - One tab; the selected one also has `tab-selected`.
 * @csspart tab-selected - The selected tab.
 * @csspart panel - The panel of the selected tab.
 *
 * @cssprop --portal-color-accent - The selected tab's underline and the views' buttons.
 * @cssprop --portal-color-border - The line under the tab list.
 */
export class CustomerPortal extends PortalElement {
  static override styles = [tokens, controls, customerPortalStyles];

  /** The views to offer, in order (space-separated). Default: all of them. */
  @property({ converter: viewListConverter }) views: PortalView[] | null = null;
  /** The selected view; reflects, so a host can link to or restore a tab. */
  @property({ reflect: true }) view: PortalView = 'subscriptions';
  /** How the account view opens Polar's card form: `inline` or `modal` (see `<portal-customer>`). */
  @property({ attribute: 'card-entry' }) cardEntry: EmbedMode = 'inline';
  /** Where Polar's card form is served, for an API behind a proxy (see `<portal-customer>`). */
  @property({ attribute: 'card-embed-origin' }) cardEmbedOrigin: string | null = null;
  /** The page's own card form instead of Polar's, for the views that take a card. */
  @property({ attribute: false }) paymentMethodCollector: PaymentMethodCollector | null = null;

  /** Panels already opened stay rendered (hidden), so switching back does not reload them. */
  @state() private visited = new Set<PortalView>();
  private focusSelectedTab = false;
  private focusLogin = false;

  /** The tabs this session gets, in order. */
  get availableViews(): PortalView[] {
    if (!this.session?.info) return this.lastViews;
    const team = this.session.info.kind === 'member';
    return (this.views ?? [...PORTAL_VIEWS]).filter((view) => {
      if (view !== 'seats') return true;
      return !this.isHidden('seats') && (team || this.views?.includes('seats') === true);
    });
  }

  private get selected(): PortalView {
    const views = this.availableViews;
    return views.includes(this.view) ? this.view : (views[0] ?? 'subscriptions');
  }

  /** Who the panels were made for: someone else signing in gets new ones. */
  @state() private owner: string | null = null;
  /** The tabs of the last person signed in, kept while their session is being renewed. */
  private lastViews: PortalView[] = [];

  constructor() {
    super();
    // A view asks for the customer's cards (a declined charge, a trial with none): the account
    // view holds them, so open it, and say so, so the asking dialog may close.
    this.addEventListener('portal-payment-method-requested', (event) => {
      if (!this.availableViews.includes('customer')) return;
      event.preventDefault();
      this.view = 'customer';
    });
    this.sessions.listen(({ status, reason }) => {
      // Someone who just signed in here (focus was in the form) continues at the tabs; a
      // session restored on load leaves focus alone.
      if (status === 'signed-in' && this.matches(':focus-within')) this.focusSelectedTab = true;
      // A sign-out on purpose starts over; an expired session keeps the panels (hidden) with
      // what was typed in them, for the same person to continue after signing in again.
      if (status === 'signed-out' && reason === 'sign-out') {
        this.visited = new Set();
        this.owner = null;
      }
      // The panels hide while the session is renewed: if focus was in one (or lost, a busy
      // button is disabled), the customer continues at the sign-in, the email already typed.
      const focusLost = !document.activeElement || document.activeElement === document.body;
      if (status === 'signed-out' && reason === 'expired')
        this.focusLogin = focusLost || this.matches(':focus-within');
    });
  }

  /** After the session controller attached (its `hostUpdate`), before rendering. */
  protected override update(changed: PropertyValues<this>): void {
    const info = this.session?.status === 'signed-in' ? this.session.info : null;
    if (info) {
      // Someone else than the panels were made for: they get new ones.
      const owner = `${info.customerId}|${info.memberId ?? ''}`;
      if (owner !== this.owner) {
        this.owner = owner;
        this.visited = new Set();
      }
      if (!this.visited.has(this.selected))
        this.visited = new Set([...this.visited, this.selected]);
    }
    super.update(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusLogin) {
      this.focusLogin = false;
      this.renderRoot.querySelector('portal-login')?.focus();
    }
    if (this.focusSelectedTab && this.session?.status === 'signed-in') {
      this.focusSelectedTab = false;
      this.renderRoot.querySelector<HTMLElement>('[role=tab][aria-selected=true]')?.focus();
    }
  }

  private select(view: PortalView, focus: boolean): void {
    this.view = view;
    if (focus) this.focusSelectedTab = true;
  }

  private onTabKey = (event: KeyboardEvent): void => {
    const target = nextTab(event.key, this.availableViews, this.selected);
    if (!target) return;
    event.preventDefault();
    this.select(target, true);
  };

  override render(): TemplateResult {
    const signedIn = this.session?.status === 'signed-in';
    return html`<portal-login
        part="login"
        exportparts=${exportParts('login')}
        .apiBase=${this.apiBase}
        .sandbox=${this.sandbox}
        .organizationId=${this.organizationId}
        .organization=${this.organization}
        .persist=${this.persist}
        .theme=${this.theme}
      ></portal-login>
      ${
        // Kept, hidden, from an expiry through the renewed sign-in (signed out, then loading).
        this.owner
          ? keyed(
              this.owner,
              html`<div class="views" ?hidden=${!signedIn}>${this.renderTabs()}</div>`,
            )
          : nothing
      }`;
  }

  private renderTabs(): TemplateResult {
    const t = this.localize;
    const views = this.availableViews;
    this.lastViews = views;
    const selected = this.selected;
    return html`<div
        role="tablist"
        part="tabs"
        aria-label=${t.term('portalTabs')}
        @keydown=${this.onTabKey}
      >
        ${views.map(
          (view) =>
            html`<button
              type="button"
              role="tab"
              id="tab-${view}"
              part=${view === selected ? 'tab tab-selected' : 'tab'}
              aria-selected=${view === selected ? 'true' : 'false'}
              aria-controls="panel-${view}"
              tabindex=${view === selected ? 0 : -1}
              @click=${() => this.select(view, false)}
            >
              ${t.term(`tab_${view}`)}
            </button>`,
        )}
      </div>
      ${views
        .filter((view) => this.visited.has(view) || view === selected)
        .map(
          (view) =>
            html`<div
              role="tabpanel"
              id="panel-${view}"
              part="panel"
              aria-labelledby="tab-${view}"
              ?hidden=${view !== selected}
            >
              ${this.renderView(view)}
            </div>`,
        )}`;
  }

  /** One view, configured like the portal itself. */
  private renderView(view: PortalView): TemplateResult {
    return renderViewElement(view, {
      config: sharedConfig(this),
      paymentMethodCollector: this.paymentMethodCollector,
      cardEntry: this.cardEntry,
      cardEmbedOrigin: this.cardEmbedOrigin,
    });
  }
}
