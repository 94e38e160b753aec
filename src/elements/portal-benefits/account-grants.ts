import type { ReactiveElement } from 'lit';
import type { CustomerBenefitGrant, CustomerBenefitGrantUpdate } from '../../api/types.js';
import type { ActionController } from '../../controllers/action-controller.js';
import { PopupController } from '../../controllers/popup-controller.js';
import { PortalBenefitClaimedEvent } from '../../events/benefit-events.js';
import type { PortalLocalize } from '../../internal/localize.js';
import { safeUrl, type SafeUrl } from '../../internal/safe-url.js';
import type { PortalSession } from '../../session/session.js';
import { renderConnectStep, type ConnectStep } from './oauth-connect-step.js';
import {
  connectedAccounts,
  PLATFORM_NAMES,
  renderOAuthGrant,
  type OAuthPlatform,
} from './other-grants.js';

/** What GitHub and Discord access need from `<portal-benefits>`, and nothing else. */
export interface AccountGrantsHost {
  /** The element: it re-renders when an account is chosen. */
  readonly element: ReactiveElement;
  readonly localize: PortalLocalize;
  readonly actions: ActionController;
  session(): PortalSession | null;
  /** The grant as the store holds it now (after a reload, the new object). */
  grant(id: string): CustomerBenefitGrant | undefined;
  /** Leaves for Polar's OAuth page (the element's, so a host or a test may intercept it). */
  navigate(url: SafeUrl): void;
}

/** A window open for one grant, with the accounts its holder had before. */
interface Waiting {
  grantId: string;
  platform: OAuthPlatform;
  before: Set<string>;
}

const accountIds = (grant: CustomerBenefitGrant, platform: OAuthPlatform) =>
  new Set(connectedAccounts(grant, platform).map((a) => a.account_id));

/**
 * GitHub repository and Discord access: the account chosen to claim with, claiming (a store
 * write: the grant's new state replaces the old one wherever it is shown) and connecting an
 * account first.
 *
 * Connecting happens in a window of Polar's (`PopupController`): Polar returns only to its own
 * front end, so sending this page there would leave the customer on polar.sh. When the window
 * closes, or this page gets focus back, the grants are read again through the store; a new
 * account is shown (chosen for the claim) or the customer is told none came. A blocked window
 * leaves one way: this page goes to Polar, after a warning that it leaves. Every address from
 * the API passes the URL guard first.
 */
export class AccountGrants {
  /** The account picked per grant, until another person signs in. */
  private chosen = new Map<string, string>();
  private waiting: Waiting | null = null;
  /** The grant whose window the browser blocked: it offers the full-page way. */
  private blocked: string | null = null;
  private readonly popup: PopupController;

  constructor(private readonly host: AccountGrantsHost) {
    this.popup = new PopupController(host.element);
  }

  reset(): void {
    this.chosen = new Map();
    this.waiting = null;
    this.blocked = null;
    this.popup.cancel();
  }

  private choose(grant: CustomerBenefitGrant, accountId: string): void {
    this.chosen = new Map(this.chosen).set(grant.id, accountId);
    this.host.element.requestUpdate();
  }

  /** From the click, before any `await`: the window must open in the click's activation. */
  private connect(grant: CustomerBenefitGrant, platform: OAuthPlatform): void {
    const { actions, localize: t } = this.host;
    const key = `connect:${grant.id}`;
    const name = PLATFORM_NAMES[platform];
    const waiting: Waiting = { grantId: grant.id, platform, before: accountIds(grant, platform) };
    const ended = this.popup.start({ onReturn: () => void this.review(waiting, false) });
    if (!ended) {
      this.blocked = grant.id;
      actions.announce(key, t.term('popupBlocked', name));
      void this.focus(grant.id, '[part=leave-button]');
      return;
    }
    this.blocked = null;
    this.waiting = waiting;
    actions.announce(key, t.term('waitingFor', name));
    void ended.then((how) => {
      if (how === 'closed') void this.review(waiting, true);
      else if (this.waiting === waiting) this.stopWaiting(grant.id, '[part=connect-button]');
    });
    void this.sendWindow(key, platform);
  }

  /** Asks Polar for the authorize address and sends the open window there. */
  private async sendWindow(key: string, platform: OAuthPlatform): Promise<void> {
    const { actions, localize: t } = this.host;
    // No `return_to`: Polar ends on its own front end whatever a merchant's page would ask.
    const result = await actions.run(key, () =>
      this.host.session()!.client.authorizeOAuthAccount(platform),
    );
    if (!this.popup.open) return; // closed before the address came
    const target = result.ok ? safeUrl(result.value.url) : null;
    if (target) return this.popup.go(target);
    if (result.ok) actions.show(key, 'error', t.term('linkRefused'));
    this.popup.cancel(); // the error (the API's, or the guard's) is shown beside the button
  }

  /**
   * Reads the grants again and says what came of the window: on focus only once an account
   * is there (the customer may still be working in it), on its end in any case.
   */
  private async review(waiting: Waiting, ended: boolean): Promise<void> {
    if (this.waiting !== waiting) return;
    const session = this.host.session();
    // A failed reload keeps the list it had (the store's rule): then nothing new is found.
    await session?.store.oauthAccountsChanged();
    if (this.waiting !== waiting) return;
    const grant = this.host.grant(waiting.grantId);
    const added = grant
      ? connectedAccounts(grant, waiting.platform).filter((a) => !waiting.before.has(a.account_id))
      : [];
    if (!added.length && !ended) return;
    const { actions, localize: t } = this.host;
    const key = `connect:${waiting.grantId}`;
    const name = PLATFORM_NAMES[waiting.platform];
    this.waiting = null;
    this.popup.close();
    const account = added[0];
    if (account) {
      this.chosen = new Map(this.chosen).set(waiting.grantId, account.account_id);
      const shown = account.account_username ?? account.account_id;
      actions.show(key, 'success', t.term('accountConnected', name, shown));
      void this.focus(waiting.grantId, '[part=claim-button]');
    } else {
      actions.show(key, 'error', t.term('nothingConnected', name));
      void this.focus(waiting.grantId, '[part=connect-button]');
    }
  }

  private stopWaiting(grantId: string, focus: string): void {
    this.waiting = null;
    this.blocked = null;
    this.host.element.requestUpdate();
    void this.focus(grantId, focus);
  }

  /** The customer gave up (on the window, or on leaving the page after it was blocked). */
  private cancel(grant: CustomerBenefitGrant, platform: OAuthPlatform): void {
    const { actions, localize: t } = this.host;
    actions.announce(`connect:${grant.id}`, t.term('connectCanceled', PLATFORM_NAMES[platform]));
    if (this.waiting?.grantId === grant.id)
      this.popup.cancel(); // its end focuses the button
    else this.stopWaiting(grant.id, '[part=connect-button]');
  }

  /** Today's way, after the warning: this page goes to Polar, which returns to its own site. */
  private async leave(grant: CustomerBenefitGrant, platform: OAuthPlatform): Promise<void> {
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

  /** Focus on `selector` inside the grant once it rendered, else on the grant itself. */
  private async focus(grantId: string, selector: string): Promise<void> {
    await this.host.element.updateComplete;
    const item = this.host.element.renderRoot.querySelector<HTMLElement>(
      `[data-grant="${grantId}"]`,
    );
    (item?.querySelector<HTMLElement>(selector) ?? item)?.focus();
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

  private step(grant: CustomerBenefitGrant): ConnectStep {
    if (this.waiting?.grantId === grant.id) return 'waiting';
    return this.blocked === grant.id ? 'blocked' : 'idle';
  }

  render(grant: CustomerBenefitGrant) {
    const { actions, localize: t } = this.host;
    const platform: OAuthPlatform = grant.benefit.type === 'discord' ? 'discord' : 'github';
    const keys = [`connect:${grant.id}`, `claim:${grant.id}`];
    const busy = keys.some((key) => actions.busy(key));
    const connectStep = renderConnectStep(
      t,
      PLATFORM_NAMES[platform],
      { step: this.step(grant), busy, elsewhere: this.popup.open },
      {
        connect: () => this.connect(grant, platform),
        cancel: () => this.cancel(grant, platform),
        showWindow: () => this.popup.focusWindow(),
        leave: () => void this.leave(grant, platform),
      },
    );
    return renderOAuthGrant(
      t,
      grant,
      platform,
      {
        busy,
        chosen: this.chosen.get(grant.id) ?? null,
        connectStep,
        outcome: actions.renderOutcome(...keys),
      },
      {
        choose: (accountId) => this.choose(grant, accountId),
        claim: () => this.claim(grant, platform),
      },
    );
  }
}
