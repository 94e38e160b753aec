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
import type { PaymentMethodCollector } from '../portal-customer/card-collector.js';
import { renderLoadError, renderLoading, renderPagination } from '../../internal/states.js';
import { controls, resource, tokens } from '../../internal/styles.js';
import { subscriptions as en } from '../../locales/en/subscriptions.js';
import { subscriptionsStyles } from './portal-subscriptions.styles.js';
import { actionButton, actionKeys, renderSubscriptionActions } from './subscription-actions.js';
import { renderSubscriptionDetail, SubscriptionDetails } from './subscription-detail.js';
import type { ChangeContext } from './subscription-change.js';
import { PastDuePayment } from './past-due.js';
import { SubscriptionFlows } from './subscription-flows.js';
import { SubscriptionLookups } from './subscription-lookups.js';
import { renderTrialCardPrompt } from './trial-card-prompt.js';
import { renderSubscriptionItem, scheduledChangeOf } from './subscription-item.js';

registerTerms('subscriptions', en);

/** Who a place belongs to: a customer, or one member of a customer's team. */
const ownerOf = (info: SessionInfo | null) =>
  info ? `${info.customerId}|${info.memberId ?? ''}` : null;

/**
 * @tagname portal-subscriptions
 * @summary The signed-in customer's subscriptions: product, price and interval, status, the
 * current period and seats, with cancel, resume, plan and seat changes. Shares the session of
 * `<portal-login>` (same `api-base` and organization, by slug or id), and its resources with every other
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
 * @csspart cancel-change-button - Asks, then withdraws the scheduled change.
 * @csspart pause-button - Opens the pause dialog (when the organization lets customers pause).
 * @csspart cancel-pause-button - Withdraws a pause scheduled for the period's end.
 * @csspart resume-pause-button - Asks, then resumes a paused subscription (a new period, charged now).
 * @csspart past-due - Under a past-due subscription: the failed payment, with "Pay now" and "Update card".
 * @csspart pay-now-button - Pays the order Polar failed to charge (its amount and card named first).
 * @csspart progress - In the payment dialog: what the payment waits for (the bank, 3-D Secure).
 * @csspart trial-card-prompt - Asks a trial without a card to add one before the trial ends.
 * @csspart add-card-button - Sends the customer to their payment methods (`portal-payment-method-requested`).
 * @csspart fix-payment-button - After a declined charge, on a past-due subscription or when resuming needs a card: to the payment methods.
 * @csspart dialog - The cancel, plan change, seat count and pause dialogs, and the confirmations.
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
 * @fires portal-subscription-updated - The plan or the number of seats changed, a scheduled change was withdrawn, or the subscription was paused, resumed or its pause withdrawn.
 * @fires portal-payment-method-requested - The customer asked to fix or add a card (a declined charge, a trial without one). Cancelable: `preventDefault()` says the host took them there, and the dialog closes.
 *
 * @cssprop --portal-color-success - Active and trialing badges, success outcomes.
 * @cssprop --portal-color-danger - Past-due and cancelling badges, error outcomes.
 */
export class PortalSubscriptions extends PortalElement {
  static override styles = [tokens, controls, resource, subscriptionsStyles];

  /** Subscriptions per page (the API's `limit`, at most 100). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;
  /**
   * The page's card form (see `<portal-customer>`): its `authenticate` runs the bank's 3-D Secure
   * step when paying a past-due subscription needs it.
   */
  @property({ attribute: false }) paymentMethodCollector: PaymentMethodCollector | null = null;
  @state() private page = 1;
  /** Whose place (page, open rows, dialogs and drafts) the element shows: the last one signed in. */
  private owner: string | null = null;

  private readonly actions = new ActionController(this, this.localize);
  /** The organization's `usage.show`: its usage tables show only when it is on. */
  private readonly organizationSettings = new OrganizationSettings(this, () => this.session);

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

  private readonly lookups = new SubscriptionLookups(
    this,
    () => this.session,
    () => this.subscriptions.value?.items ?? [],
    () => this.canManageBilling,
  );

  private readonly context: ChangeContext = {
    host: this,
    session: () => this.session,
    actions: this.actions,
    localize: this.localize,
    focus: (selector) => this.focusAfterRender(selector),
    requestPaymentMethod: (subscription, need) => this.requestPaymentMethod(subscription, need),
  };
  private readonly flows = new SubscriptionFlows(this, this.context);
  private readonly pastDue = new PastDuePayment(this, {
    session: () => this.session,
    localize: this.localize,
    actions: this.actions,
    focus: (selector) => this.focusAfterRender(selector),
    collector: () => this.paymentMethodCollector,
    paidFocus: (order) => actionButton(order.subscription_id ?? '', 'details-button'),
    pastDue: () => this.subscriptions.value?.items.filter((s) => s.status === 'past_due') ?? [],
    manage: () => this.canManageBilling,
  });

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
    this.flows.close();
    this.pastDue.reset();
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
      ${this.actions.renderAnnouncement()} ${this.flows.render()} ${this.pastDue.renderDialog()}
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
    const noCard = this.lookups.noCard;
    return html`<p class="visually-hidden" role="status">
        ${t.term('subscriptionsLoaded', page.items.length)}
      </p>
      <ul part="list">
        ${page.items.map((subscription) =>
          renderSubscriptionItem(t, subscription, {
            scheduled: scheduledChangeOf(t, subscription, this.lookups.planName),
            prompt: html`${
              noCard && may.manage
                ? renderTrialCardPrompt(t, subscription, () =>
                    this.requestPaymentMethod(subscription, 'trial'),
                  )
                : nothing
            }${this.pastDue.render(t, subscription, () =>
              this.requestPaymentMethod(subscription, 'declined'),
            )}`,
            detailOpen: this.details.isOpen(subscription.id),
            toggleDetail: () => this.details.toggle(subscription.id),
            detail: () =>
              renderSubscriptionDetail(
                t,
                subscription,
                this.details.preview(subscription.id),
                !this.isHidden('usage') && this.organizationSettings.usageShown,
              ),
            actions: renderSubscriptionActions(t, subscription, may, this.flows.handlers),
            outcome: this.actions.renderOutcome(
              ...actionKeys(subscription.id),
              ...this.pastDue.outcomeKeys(subscription),
            ),
          }),
        )}
      </ul>
      ${renderPagination(t, this.page, page.pagination.max_page, (next) => (this.page = next))}`;
  }
}
