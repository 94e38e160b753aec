import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CustomerBenefitGrant } from '../../api/types.js';
import { ActionController } from '../../controllers/action-controller.js';
import { PlaceController } from '../../controllers/place-controller.js';
import { registerTerms } from '../../internal/localize.js';
import { OrganizationSettings } from '../../controllers/organization-settings.js';
import { PortalElement } from '../../internal/portal-element.js';
import { navigateTo, type SafeUrl } from '../../internal/safe-url.js';
import { renderLoadError, renderLoading, renderPagination } from '../../internal/states.js';
import { controls, resource, tokens } from '../../internal/styles.js';
import { benefits as en } from '../../locales/en/benefits.js';
import { AccountGrants } from './account-grants.js';
import { BenefitResources, type BenefitsView } from './benefit-resources.js';
import { LicenseKeys } from './license-keys.js';
import { renderCredits, renderDownloads } from './other-grants.js';
import { benefitsStyles } from './portal-benefits.styles.js';

registerTerms('benefits', en);

/** The order groups are shown in: what customers come for first. */
const GROUPS = [
  'license_keys',
  'downloadables',
  'github_repository',
  'discord',
  'custom',
  'meter_credit',
  'feature_flag',
  'slack_shared_channel',
] as const;

/**
 * @tagname portal-benefits
 * @summary The signed-in customer's benefits, grouped by type: license keys (masked, show,
 * copy, activated devices with deactivate), downloads (name, size, download), GitHub and
 * Discord access (connect an account, claim, granted), the seller's notes (as text), credits
 * and their balance (hidden with `hidden-features="usage"`, or when the organization turned its
 * `customer_portal_settings.usage.show` off). Download and sign-in addresses that
 * are not `https:` are refused with a message, never linked or followed. Every action ends in a
 * visible, dismissable confirmation or error beside it; the copy button says "Copied".
 *
 * Connecting a GitHub or Discord account opens Polar's authorization in a window of its own
 * (Polar returns only to its own site, never to a merchant's page on another host), while the
 * benefit says "Waiting for GitHub…" with a way to show the window again or cancel. When the
 * window closes, or this page gets focus back, the benefits are read again: the new account is
 * shown and chosen for "Get access", or a message says none was connected; focus returns to the
 * benefit's button and each step is read out. If the browser blocks the window, the benefit
 * warns that the other way leaves the page and offers it (the whole page goes to Polar).
 *
 * @fires portal-license-key-deactivated - A device was deactivated; `detail` is `{ licenseKeyId, activationId }`.
 * @fires portal-benefit-claimed - GitHub or Discord access was claimed; `detail` is the grant.
 *
 * @csspart signed-out - The sentence shown while no one is signed in.
 * @csspart session-ended - The session ended: what to do, with the sign-in button.
 * @csspart sign-in-again-button - Signs in again (the same page of benefits comes back).
 * @csspart loading - The announced skeleton.
 * @csspart error - A load error with its retry button.
 * @csspart empty - No benefits yet.
 * @csspart group - The benefits of one type, with its heading.
 * @csspart grant - One benefit.
 * @csspart status - A benefit's status badge (revoked, being granted).
 * @csspart license-key - A license key with its buttons and activations.
 * @csspart reveal-button - Shows or masks a key (a toggle).
 * @csspart copy-button - Copies a key; says "Copied" for a few seconds after.
 * @csspart deactivate-button - Deactivates a device.
 * @csspart download-link - A file's download link.
 * @csspart download-refused - A file's name, as text, when its download address was refused.
 * @csspart connect-button - Connects a GitHub or Discord account (opens Polar's window).
 * @csspart waiting - While Polar's window is open: what to do there, and its buttons.
 * @csspart show-window-button - Brings Polar's window to the front.
 * @csspart cancel-connect-button - Gives up connecting (closes the window, or leaves the blocked step).
 * @csspart popup-blocked - The window was blocked: the warning that the other way leaves the page.
 * @csspart leave-button - Connects in this page instead, leaving it for Polar.
 * @csspart claim-button - Claims access with a connected account.
 * @csspart granted - Whom GitHub or Discord access was granted to.
 * @csspart note - The seller's note.
 * @csspart credits - Credits left this period.
 * @csspart pagination - Previous and next page.
 * @csspart dialog - The deactivate confirmation.
 * @csspart confirm-button - The dialog's confirming button.
 * @csspart outcome - How an action ended, beside it; also `outcome-success` or `outcome-error`.
 * @csspart outcome-success - A confirmation.
 * @csspart outcome-error - An error.
 * @csspart dismiss-button - Dismisses an outcome.
 * @csspart announcement - The live region reading each confirmation out (visually hidden).
 *
 * @cssprop --portal-color-accent - Links and buttons.
 * @cssprop --portal-font-mono - The license key's typeface.
 */
export class PortalBenefits extends PortalElement {
  static override styles = [tokens, controls, resource, benefitsStyles];

  /** Benefits per page (the API's `limit`, at most 100). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;
  @state() private page = 1;

  private readonly actions = new ActionController(this, this.localize);

  /**
   * The page and what is open are kept for the same person, through a session expiry.
   * Registered before the resources, which follow the page it may reset.
   */
  protected readonly place = new PlaceController(this, this.sessions, () => {
    this.page = 1;
    this.keys.reset();
    this.accounts.reset();
    this.actions.reset();
  });

  private readonly organizationSettings = new OrganizationSettings(this, () => this.session);

  /** Usage shows when the organization's `usage.show` is on and the merchant did not hide it. */
  private get usageShown(): boolean {
    return !this.isHidden('usage') && this.organizationSettings.usageShown;
  }

  private readonly resources = new BenefitResources(this, {
    session: () => this.session,
    page: () => [this.page, this.pageSize] as const,
    usage: () => this.usageShown,
  });

  private readonly keys = new LicenseKeys({
    element: this,
    localize: this.localize,
    actions: this.actions,
    session: () => this.session,
  });

  private readonly accounts = new AccountGrants({
    element: this,
    localize: this.localize,
    actions: this.actions,
    session: () => this.session,
    grant: (id) => this.resources.grant(id),
    navigate: (url) => this.navigate(url),
  });

  /**
   * Sends this whole page to Polar's OAuth page (checked by `safeUrl`), the way left when the
   * browser blocked the window; a test or a host may intercept it.
   */
  protected navigate(url: SafeUrl): void {
    navigateTo(url);
  }

  override render(): TemplateResult {
    const t = this.localize;
    if (this.session?.status !== 'signed-in') return this.renderSignedOut(t.term('benefitsSignIn'));
    return html`<section aria-labelledby="heading">
      <h2 id="heading">${t.term('benefitsHeading')}</h2>
      ${this.resources.render({
        pending: () => renderLoading(t.term('benefitsLoading')),
        error: (error) => renderLoadError(t, error, () => this.resources.retry()),
        complete: (view) => this.renderGroups(view),
      })}
      ${this.actions.renderAnnouncement()} ${this.keys.renderDialog()}
    </section>`;
  }

  private renderGroups(view: BenefitsView): TemplateResult {
    const t = this.localize;
    const shown = view.grants.items.filter(
      (g) => !(g.benefit.type === 'meter_credit' && !this.usageShown),
    );
    if (shown.length === 0) return html`<p part="empty">${t.term('benefitsEmpty')}</p>`;
    return html`${GROUPS.map((type) => {
      const grants = shown.filter((g) => g.benefit.type === type);
      if (!grants.length) return nothing;
      return html`<section part="group" class="group" aria-labelledby="group-${type}">
        <h3 id="group-${type}">${t.term(`group_${type}`)}</h3>
        <ul>
          ${grants.map((grant) => this.renderGrant(grant, view))}
        </ul>
      </section>`;
    })}
    ${renderPagination(t, this.page, view.grants.pagination.max_page, (p) => (this.page = p))}`;
  }

  private renderGrant(grant: CustomerBenefitGrant, view: BenefitsView): TemplateResult {
    const t = this.localize;
    const status = grant.is_revoked
      ? t.term('grantRevoked')
      : grant.is_granted
        ? null
        : t.term('grantPending');
    return html`<li part="grant" data-grant=${grant.id} tabindex="-1">
      <div class="row">
        <span class="name">${grant.benefit.description}</span>
        ${status ? html`<span class="badge" part="status">${status}</span>` : nothing}
      </div>
      ${grant.error ? html`<p class="error">${grant.error.message}</p>` : nothing}
      ${grant.is_revoked ? nothing : this.renderBody(grant, view)}
    </li>`;
  }

  private renderBody(grant: CustomerBenefitGrant, view: BenefitsView): unknown {
    const t = this.localize;
    switch (grant.benefit.type) {
      case 'license_keys': {
        const id = (grant.properties as { license_key_id?: string }).license_key_id;
        const key = id ? view.keys.get(id) : undefined;
        return key ? this.keys.render(key, grant.benefit.organization_id) : nothing;
      }
      case 'downloadables':
        return renderDownloads(t, view.files.get(grant.benefit_id) ?? []);
      case 'github_repository':
      case 'discord':
        return this.accounts.render(grant);
      case 'custom': {
        const note = (grant.benefit.properties as { note?: string | null }).note;
        return note ? html`<p part="note" class="note">${note}</p>` : nothing;
      }
      case 'meter_credit':
        return renderCredits(t, grant, view.meters);
      case 'feature_flag':
        return html`<p class="hint">${t.term('featureOn')}</p>`;
      default:
        return nothing;
    }
  }
}
