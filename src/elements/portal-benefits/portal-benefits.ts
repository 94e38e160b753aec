import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type {
  CustomerBenefitGrant,
  CustomerCustomerMeter,
  DownloadableRead,
  LicenseKeyActivationBase,
  LicenseKeyWithActivations,
  ListResourceCustomerBenefitGrant,
} from '../../api/types.js';
import {
  PortalBenefitClaimedEvent,
  PortalLicenseKeyDeactivatedEvent,
} from '../../events/benefit-events.js';
import { ApiTask } from '../../internal/api-task.js';
import { ConfirmFlow } from '../../internal/confirm-dialog.js';
import { registerTerms } from '../../internal/localize.js';
import { PortalElement } from '../../internal/portal-element.js';
import { navigateTo, safeUrl, type SafeUrl } from '../../internal/safe-url.js';
import {
  describeError,
  renderLoadError,
  renderLoading,
  renderPagination,
} from '../../internal/states.js';
import { controls, resource, tokens } from '../../internal/styles.js';
import { benefits as de } from '../../locales/de/benefits.js';
import { benefits as es } from '../../locales/es/benefits.js';
import { benefits as en } from '../../locales/en/benefits.js';
import { renderLicenseKey } from './license-key-grant.js';
import {
  connectedAccounts,
  renderCredits,
  renderDownloads,
  renderOAuthGrant,
  type OAuthPlatform,
  type OAuthState,
} from './other-grants.js';
import { benefitsStyles } from './portal-benefits.styles.js';

registerTerms({ en, de, es });

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

interface BenefitsView {
  grants: ListResourceCustomerBenefitGrant;
  keys: Map<string, LicenseKeyWithActivations>;
  files: Map<string, DownloadableRead[]>;
  meters: CustomerCustomerMeter[];
}

interface Deactivation {
  key: LicenseKeyWithActivations;
  activation: LicenseKeyActivationBase;
  organizationId: string;
}

/**
 * @tagname portal-benefits
 * @summary The signed-in customer's benefits, grouped by type: license keys (masked, show,
 * copy, activated devices with deactivate), downloads (name, size, download), GitHub and
 * Discord access (connect an account, claim, granted), the seller's notes (as text), credits
 * and their balance (hidden with `hidden-features="usage"`). Download and sign-in addresses that
 * are not `https:` are refused with a message, never linked or followed.
 *
 * @fires portal-license-key-deactivated - A device was deactivated; `detail` is `{ licenseKeyId, activationId }`.
 * @fires portal-benefit-claimed - GitHub or Discord access was claimed; `detail` is the grant.
 *
 * @csspart signed-out - The sentence shown while no one is signed in.
 * @csspart loading - The announced skeleton.
 * @csspart error - A load error with its retry button.
 * @csspart empty - No benefits yet.
 * @csspart group - The benefits of one type, with its heading.
 * @csspart grant - One benefit.
 * @csspart license-key - A license key with its buttons and activations.
 * @csspart reveal-button - Shows or masks a key (a toggle).
 * @csspart copy-button - Copies a key.
 * @csspart deactivate-button - Deactivates a device.
 * @csspart download-link - A file's download link.
 * @csspart download-refused - A file's name, as text, when its download address was refused.
 * @csspart connect-button - Connects a GitHub or Discord account.
 * @csspart claim-button - Claims access with a connected account.
 * @csspart note - The seller's note.
 * @csspart credits - Credits left this period.
 * @csspart pagination - Previous and next page.
 * @csspart dialog - The deactivate confirmation.
 * @csspart confirm-button - The dialog's confirming button.
 *
 * @cssprop --portal-color-accent - Links and buttons.
 * @cssprop --portal-font-mono - The license key's typeface.
 */
export class PortalBenefits extends PortalElement {
  static override styles = [tokens, controls, resource, benefitsStyles];

  /** Benefits per page (the API's `limit`, at most 100). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;
  @state() private page = 1;
  @state() private revealed = new Set<string>();
  @state() private oauth = new Map<string, OAuthState>();
  @state() private announcement = '';
  @state() private actionError: string | null = null;

  private readonly view = new ApiTask<[number, number, boolean], BenefitsView>(this, {
    session: () => this.session,
    args: () => [this.page, this.pageSize, !this.isHidden('usage')] as [number, number, boolean],
    run: async (client, [page, limit, usage], signal) => {
      const grants = await client.listBenefitGrants({ page, limit });
      void signal;
      const of = (type: string) => grants.items.filter((g) => g.benefit.type === type);
      const keyIds = of('license_keys')
        .map((g) => (g.properties as { license_key_id?: string }).license_key_id)
        .filter((id): id is string => Boolean(id));
      const [keys, downloadables, meters] = await Promise.all([
        Promise.all(keyIds.map((id) => client.getLicenseKey(id))),
        of('downloadables').length ? client.listDownloadables({ limit: 100 }) : null,
        usage && of('meter_credit').length ? client.listMeters({ limit: 100 }) : null,
      ]);
      const files = new Map<string, DownloadableRead[]>();
      for (const item of downloadables?.items ?? [])
        files.set(item.benefit_id, [...(files.get(item.benefit_id) ?? []), item]);
      return {
        grants,
        keys: new Map(keys.map((key) => [key.id, key])),
        files,
        meters: meters?.items ?? [],
      };
    },
  });

  private readonly deactivation = new ConfirmFlow<Deactivation, Deactivation>(this, 'deactivate', {
    action: async (target) => {
      await this.session!.client.deactivateLicenseKey({
        key: target.key.key,
        organization_id: target.organizationId,
        activation_id: target.activation.id,
      });
      return target;
    },
    describe: (error) => describeError(this.localize, error),
    done: ({ key, activation }) => {
      key.activations = key.activations.filter((a) => a.id !== activation.id);
      this.announcement = this.localize.term('deactivatedAnnouncement', activation.label);
      this.focusAfterRender(`[data-key="${key.id}"]`);
      this.dispatchEvent(new PortalLicenseKeyDeactivatedEvent(key.id, activation.id));
    },
  });

  /** Goes to Polar's OAuth page (checked by `safeUrl`); a test or a host may intercept it. */
  protected navigate(url: SafeUrl): void {
    navigateTo(url);
  }

  private toggleReveal(id: string): void {
    const revealed = new Set(this.revealed);
    if (!revealed.delete(id)) revealed.add(id);
    this.revealed = revealed;
  }

  private async copy(key: LicenseKeyWithActivations): Promise<void> {
    try {
      await navigator.clipboard.writeText(key.key);
      this.actionError = null;
      this.announcement = this.localize.term('keyCopied');
    } catch {
      this.actionError = this.localize.term('copyFailed');
    }
  }

  private setOAuth(id: string, patch: Partial<OAuthState>): void {
    const current = this.oauth.get(id) ?? { busy: false, chosen: null, error: null };
    this.oauth = new Map(this.oauth).set(id, { ...current, ...patch });
  }

  private async connect(grant: CustomerBenefitGrant, platform: OAuthPlatform): Promise<void> {
    if (!this.session) return;
    this.setOAuth(grant.id, { busy: true, error: null });
    try {
      const { url } = await this.session.client.authorizeOAuthAccount(platform, location.href);
      const target = safeUrl(url);
      if (!target) {
        this.setOAuth(grant.id, { busy: false, error: this.localize.term('linkRefused') });
        return;
      }
      this.navigate(target);
    } catch (error) {
      this.setOAuth(grant.id, { busy: false, error: describeError(this.localize, error) });
    }
  }

  private async claim(grant: CustomerBenefitGrant, platform: OAuthPlatform): Promise<void> {
    if (!this.session) return;
    const state = this.oauth.get(grant.id);
    const accountId = state?.chosen ?? connectedAccounts(grant, platform)[0]?.account_id;
    if (!accountId || state?.busy) return;
    this.setOAuth(grant.id, { busy: true, error: null });
    try {
      const updated = await this.session.client.updateBenefitGrant(grant.id, {
        benefit_type: grant.benefit.type as 'github_repository',
        properties: { account_id: accountId },
      });
      const items = this.view.value?.grants.items;
      const index = items?.findIndex((g) => g.id === grant.id) ?? -1;
      if (items && index >= 0) items[index] = updated;
      this.setOAuth(grant.id, { busy: false });
      this.announcement = this.localize.term('claimedAnnouncement', grant.benefit.description);
      this.focusAfterRender(`[data-grant="${grant.id}"]`);
      this.dispatchEvent(new PortalBenefitClaimedEvent(updated));
    } catch (error) {
      this.setOAuth(grant.id, { busy: false, error: describeError(this.localize, error) });
    }
  }

  override render(): TemplateResult {
    const t = this.localize;
    if (this.session?.status !== 'signed-in')
      return html`<p part="signed-out">${t.term('benefitsSignIn')}</p>`;
    return html`<section aria-labelledby="heading">
      <h2 id="heading">${t.term('benefitsHeading')}</h2>
      ${this.view.task.render({
        pending: () => renderLoading(t.term('benefitsLoading')),
        error: (error) => renderLoadError(t, error, () => this.view.retry()),
        complete: (view) => (view ? this.renderGroups(view) : nothing),
      })}
      ${this.actionError ? html`<p class="error" role="alert">${this.actionError}</p>` : nothing}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${this.deactivation.render(({ activation }) => ({
        heading: t.term('deactivateHeading', activation.label),
        body: t.term('deactivateConsequence'),
        confirm: t.term('deactivateConfirm'),
        busy: t.term('deactivating'),
        keep: t.term('keepActivation'),
      }))}
    </section>`;
  }

  private renderGroups(view: BenefitsView): TemplateResult {
    const t = this.localize;
    const shown = view.grants.items.filter(
      (g) => !(g.benefit.type === 'meter_credit' && this.isHidden('usage')),
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
        ${status ? html`<span class="badge">${status}</span>` : nothing}
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
        if (!key) return nothing;
        return html`<div data-key=${key.id} tabindex="-1">
          ${renderLicenseKey(t, key, this.revealed.has(key.id), {
            reveal: () => this.toggleReveal(key.id),
            copy: () => void this.copy(key),
            deactivate: (activation, opener) =>
              void this.deactivation.open(
                { key, activation, organizationId: grant.benefit.organization_id },
                opener,
              ),
          })}
        </div>`;
      }
      case 'downloadables':
        return renderDownloads(t, view.files.get(grant.benefit_id) ?? []);
      case 'github_repository':
      case 'discord': {
        const platform: OAuthPlatform = grant.benefit.type === 'discord' ? 'discord' : 'github';
        return renderOAuthGrant(
          t,
          grant,
          platform,
          this.oauth.get(grant.id) ?? { busy: false, chosen: null, error: null },
          {
            connect: () => void this.connect(grant, platform),
            choose: (accountId) => this.setOAuth(grant.id, { chosen: accountId }),
            claim: () => void this.claim(grant, platform),
          },
        );
      }
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
