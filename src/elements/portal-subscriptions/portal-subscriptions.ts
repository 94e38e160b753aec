import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CustomerSubscription, ListResourceCustomerSubscription } from '../../api/types.js';
import { ActionController } from '../../controllers/action-controller.js';
import { OrganizationSettings } from '../../controllers/organization-settings.js';
import { ResourceController } from '../../controllers/resource-controller.js';
import {
  PortalPaymentMethodRequestedEvent,
  type PaymentMethodNeed,
} from '../../events/subscription-events.js';
import { registerTerms } from '../../internal/localize.js';
import { PortalElement } from '../../internal/portal-element.js';
import type { SessionInfo } from '../../session/session.js';
import { renderLoadError, renderLoading, renderPagination } from '../../internal/states.js';
import { controls, resource, tokens } from '../../internal/styles.js';
import { subscriptions as de } from '../../locales/de/subscriptions.js';
import { subscriptions as en } from '../../locales/en/subscriptions.js';
import { subscriptions as es } from '../../locales/es/subscriptions.js';
import { CancelSubscription } from './cancel-dialog.js';
import { PlanChange } from './change-plan-dialog.js';
import { SeatsChange } from './change-seats-dialog.js';
import { subscriptionsStyles } from './portal-subscriptions.styles.js';
import { actionKeys, renderSubscriptionActions } from './subscription-actions.js';
import { renderSubscriptionDetail, SubscriptionDetails } from './subscription-detail.js';
import type { ChangeContext } from './subscription-change.js';
import { cancelScheduledChange, resumeSubscription } from './subscription-writes.js';
import { renderTrialCardPrompt } from './trial-card-prompt.js';
import { renderSubscriptionItem, scheduledChangeOf } from './subscription-item.js';

registerTerms({ en, de, es });

/** Who a place belongs to: a customer, or one member of a customer's team. */
const ownerOf = (info: SessionInfo | null) =>
  info ? `${info.customerId}|${info.memberId ?? ''}` : null;

/**
 * @tagname portal-subscriptions
 * @summary The signed-in customer's subscriptions: product, price and interval, status, the
 * current period and seats, with cancel, resume, plan and seat changes. Shares the session of
 * `<portal-login>` (same `api-base` and `organization-id`), and its resources with every other
 * element of that session: a change made here shows in them at once, and theirs here.
 *
 * @csspart list - The list of subscriptions.
 * @csspart subscription - One subscription.
 * @csspart status - A subscription's status badge.
 * @csspart pagination - Previous and next page.
 * @csspart error - The error message with its retry button.
 * @csspart empty - The empty state.
 * @csspart signed-out - The sentence shown while no one is signed in.
 * @csspart session-ended - Says the session ended, with a button to sign in again.
 * @csspart sign-in-again-button - Asks to sign in again; the list, open details and dialogs stay as they were.
 * @csspart loading - The announced skeleton while the list loads.
 * @csspart details-button - Shows or hides a subscription's detail.
 * @csspart detail - A subscription's detail: period, next charge, scheduled change, usage.
 * @csspart next-charge - The next charge in the detail.
 * @csspart usage - The usage table of metered prices (hidden with `hidden-features="usage"`).
 * @csspart cancel-button - Opens the cancel dialog (owners, billing managers and customers).
 * @csspart resume-button - Withdraws a pending cancellation.
 * @csspart change-button - Opens the plan change dialog.
 * @csspart seats-button - Opens the seat count dialog (seat-based plans).
 * @csspart scheduled-change - The badge of a change that applies at the period's end (also `status`).
 * @csspart cancel-change-button - Withdraws the scheduled change.
 * @csspart trial-card-prompt - Asks a trial without a card to add one before the trial ends.
 * @csspart add-card-button - Sends the customer to their payment methods (`portal-payment-method-requested`).
 * @csspart fix-payment-button - After a declined charge: to the payment methods, to fix the card.
 * @csspart dialog - The cancel, plan change and seat count dialogs.
 * @csspart confirm-button - A dialog's confirming button (plans, seats: once the charge is agreed).
 * @csspart preview - What the change will cost.
 * @csspart preview-lines - The preview's lines: each proration, tax, total, what is due today.
 * @csspart preview-note - When the change is paid (now, on the next invoice, at the period's end).
 * @csspart next-invoice - The invoice after the change: its date and amount.
 * @csspart outcome - What an action did (or why it failed), under the subscription it changed.
 * @csspart outcome-success - The outcome, when the action succeeded.
 * @csspart outcome-error - The outcome, when the action failed.
 * @csspart dismiss-button - Hides the outcome.
 * @csspart announcement - The polite live region that reads each outcome out.
 *
 * @fires portal-subscription-canceled - A subscription will end at the end of its period.
 * @fires portal-subscription-uncanceled - A pending cancellation was withdrawn.
 * @fires portal-subscription-updated - The plan or the number of seats changed, or a scheduled change was withdrawn.
 * @fires portal-payment-method-requested - The customer asked to fix or add a card (a declined charge, a trial without one). Cancelable: `preventDefault()` says the host took them there, and the dialog closes.
 *
 * @cssprop --portal-color-success - Active and trialing badges, success outcomes.
 * @cssprop --portal-color-danger - Past-due and cancelling badges, error outcomes.
 */
export class PortalSubscriptions extends PortalElement {
  static override styles = [tokens, controls, resource, subscriptionsStyles];

  /** Subscriptions per page (the API's `limit`, at most 100). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;
  @state() private page = 1;
  /** Whose place (page, open rows, dialogs and drafts) the element shows: the last one signed in. */
  private owner: string | null = null;

  private readonly actions = new ActionController(this, this.localize);
  /** The organization's `usage.show`: its usage tables show only when it is on. */
  private readonly organization = new OrganizationSettings(this, () => this.session);

  private readonly subscriptions = new ResourceController(this, {
    session: () => this.session,
    kind: 'subscriptions',
    args: () => [this.page, this.pageSize] as const,
    load: (client, [page, limit], signal) =>
      client.listSubscriptions({ page, limit, sorting: ['-started_at'] }, signal),
  });

  private readonly details = new SubscriptionDetails(
    this,
    () => this.session,
    (id) => this.subscriptions.value?.items.find((s) => s.id === id),
  );

  /** The plans of the organization, read only to name a scheduled plan change. */
  private readonly catalog = new ResourceController(this, {
    session: () => this.session,
    kind: 'catalog',
    args: () => [this.subscriptions.value?.items[0]?.product.organization.slug ?? ''] as const,
    load: (client, [slug]) => client.organization(slug),
    enabled: () => !!this.subscriptions.value?.items.some((s) => s.pending_update?.product_id),
  });

  /** The cards on file, read only while a trial runs: one without a card is asked to add one. */
  private readonly cards = new ResourceController(this, {
    session: () => this.session,
    kind: 'payment-methods',
    load: (client) => client.listPaymentMethods(),
    enabled: () =>
      this.canManageBilling &&
      !!this.subscriptions.value?.items.some(
        (s) => s.status === 'trialing' && !s.cancel_at_period_end,
      ),
  });

  private readonly context: ChangeContext = {
    host: this,
    session: () => this.session,
    actions: this.actions,
    localize: this.localize,
    requestPaymentMethod: (subscription, need) => this.requestPaymentMethod(subscription, need),
  };
  private readonly cancel = new CancelSubscription(this.context);
  private readonly planChange = new PlanChange(this.context);
  private readonly seatsChange = new SeatsChange(this.context);

  constructor() {
    super();
    this.sessions.listen((change) => {
      const owner = ownerOf(change.info);
      // The same person back after an expiry finds everything as they left it; anyone else, or
      // a sign-out on purpose, starts from the first page with nothing open.
      if (change.reason === 'sign-out' || (owner && this.owner && owner !== this.owner))
        this.resetPlace();
    });
  }

  private resetPlace(): void {
    this.page = 1;
    this.cancel.close();
    this.planChange.flow.close();
    this.seatsChange.flow.close();
    this.details.reset();
    this.actions.reset();
  }

  private requestPaymentMethod(subscription: CustomerSubscription, need: PaymentMethodNeed) {
    const event = new PortalPaymentMethodRequestedEvent(subscription, need);
    return !this.dispatchEvent(event);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.sessions.signedIn) this.owner = ownerOf(this.session?.info ?? null);
  }

  override render() {
    const t = this.localize;
    if (!this.sessions.signedIn) return this.renderSignedOut(t.term('signInToSee'));
    return html`<section aria-labelledby="heading">
      <h2 id="heading">${t.term('subscriptionsHeading')}</h2>
      ${this.subscriptions.render({
        pending: () => renderLoading(t.term('subscriptionsLoading')),
        error: (error) => renderLoadError(t, error, () => this.subscriptions.retry()),
        complete: (page) => this.renderList(page),
      })}
      ${this.actions.renderAnnouncement()} ${this.cancel.render()} ${this.planChange.render()}
      ${this.seatsChange.render()}
    </section>`;
  }

  private renderList(page: ListResourceCustomerSubscription) {
    const t = this.localize;
    if (page.items.length === 0)
      return html`<p part="empty" role="status">${t.term('subscriptionsEmpty')}</p>`;
    const may = {
      manage: this.canManageBilling,
      planChange: this.canChange('plan-change'),
      seats: this.canChange('seats'),
    };
    const on = {
      cancel: (s: CustomerSubscription) => this.cancel.open(s),
      resume: (s: CustomerSubscription) => resumeSubscription(this.context, s),
      changePlan: (s: CustomerSubscription) => this.planChange.open(s),
      changeSeats: (s: CustomerSubscription) => this.seatsChange.open(s),
      cancelScheduledChange: (s: CustomerSubscription) => cancelScheduledChange(this.context, s),
      busy: (key: string) => this.actions.busy(key),
    };
    const plans = this.catalog.value?.products ?? [];
    const planName = (id: string) => plans.find((p) => p.id === id)?.name ?? null;
    const noCard = this.cards.value?.items.length === 0;
    return html`<p class="visually-hidden" role="status">
        ${t.term('subscriptionsLoaded', page.items.length)}
      </p>
      <ul part="list">
        ${page.items.map((subscription) =>
          renderSubscriptionItem(t, subscription, {
            scheduled: scheduledChangeOf(t, subscription, planName),
            prompt:
              noCard && may.manage
                ? renderTrialCardPrompt(t, subscription, () =>
                    this.requestPaymentMethod(subscription, 'trial'),
                  )
                : nothing,
            detailOpen: this.details.isOpen(subscription.id),
            toggleDetail: () => this.details.toggle(subscription.id),
            detail: () =>
              renderSubscriptionDetail(
                t,
                subscription,
                this.details.preview(subscription.id),
                !this.isHidden('usage') && this.organization.usageShown,
              ),
            actions: renderSubscriptionActions(t, subscription, may, on),
            outcome: this.actions.renderOutcome(...actionKeys(subscription.id)),
          }),
        )}
      </ul>
      ${renderPagination(t, this.page, page.pagination.max_page, (next) => (this.page = next))}`;
  }
}
