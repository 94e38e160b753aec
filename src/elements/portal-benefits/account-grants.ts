import type { ReactiveElement } from 'lit';
import type { CustomerBenefitGrant, CustomerBenefitGrantUpdate } from '../../api/types.js';
import type { ActionController } from '../../controllers/action-controller.js';
import { PortalBenefitClaimedEvent } from '../../events/benefit-events.js';
import type { PortalLocalize } from '../../internal/localize.js';
import { safeUrl, type SafeUrl } from '../../internal/safe-url.js';
import type { PortalSession } from '../../session/session.js';
import { connectedAccounts, renderOAuthGrant, type OAuthPlatform } from './other-grants.js';

/** What GitHub and Discord access need from `<portal-benefits>`, and nothing else. */
export interface AccountGrantsHost {
  /** The element: it re-renders when an account is chosen. */
  readonly element: ReactiveElement;
  readonly localize: PortalLocalize;
  readonly actions: ActionController;
  session(): PortalSession | null;
  /** Leaves for Polar's OAuth page (the element's, so a host or a test may intercept it). */
  navigate(url: SafeUrl): void;
}

/**
 * GitHub repository and Discord access: the account chosen to claim with, claiming (a store
 * write: the grant's new state replaces the old one wherever it is shown) and connecting an
 * account first through Polar's OAuth page, refused when its address is not safe.
 */
export class AccountGrants {
  /** The account picked per grant, until another person signs in. */
  private chosen = new Map<string, string>();

  constructor(private readonly host: AccountGrantsHost) {}

  reset(): void {
    this.chosen = new Map();
  }

  private choose(grant: CustomerBenefitGrant, accountId: string): void {
    this.chosen = new Map(this.chosen).set(grant.id, accountId);
    this.host.element.requestUpdate();
  }

  private async connect(grant: CustomerBenefitGrant, platform: OAuthPlatform): Promise<void> {
    const { actions, localize: t } = this.host;
    const key = `connect:${grant.id}`;
    const result = await actions.run(key, () =>
      this.host.session()!.client.authorizeOAuthAccount(platform, location.href),
    );
    if (!result.ok) return;
    const target = safeUrl(result.value.url);
    if (target) this.host.navigate(target);
    else actions.show(key, 'error', t.term('linkRefused'));
  }

  private claim(grant: CustomerBenefitGrant, platform: OAuthPlatform): void {
    const { actions, localize: t } = this.host;
    const accountId =
      this.chosen.get(grant.id) ?? connectedAccounts(grant, platform)[0]?.account_id;
    if (!accountId) return;
    const body = {
      benefit_type: grant.benefit.type,
      properties: { account_id: accountId },
    } as CustomerBenefitGrantUpdate; // the grant's own type, GitHub or Discord
    void actions.run(
      `claim:${grant.id}`,
      () => this.host.session()!.store.updateBenefitGrant(grant.id, body),
      {
        success: () => t.term('claimedAnnouncement', grant.benefit.description),
        event: (updated) => new PortalBenefitClaimedEvent(updated),
        focus: () => `[data-grant="${grant.id}"]`,
      },
    );
  }

  render(grant: CustomerBenefitGrant) {
    const { actions, localize: t } = this.host;
    const platform: OAuthPlatform = grant.benefit.type === 'discord' ? 'discord' : 'github';
    const keys = [`connect:${grant.id}`, `claim:${grant.id}`];
    return renderOAuthGrant(
      t,
      grant,
      platform,
      {
        busy: keys.some((key) => actions.busy(key)),
        chosen: this.chosen.get(grant.id) ?? null,
        outcome: actions.renderOutcome(...keys),
      },
      {
        connect: () => void this.connect(grant, platform),
        choose: (accountId) => this.choose(grant, accountId),
        claim: () => this.claim(grant, platform),
      },
    );
  }
}
