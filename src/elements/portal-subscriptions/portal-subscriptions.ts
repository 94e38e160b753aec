import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import type {
  CustomerCancellationReason,
  CustomerSubscription,
  ListResourceCustomerSubscription,
} from '../../api/types.js';
import { ActionController } from '../../controllers/action-controller.js';
import { ResourceController } from '../../controllers/resource-controller.js';
import {
  PortalSubscriptionCanceledEvent,
  PortalSubscriptionUncanceledEvent,
  PortalSubscriptionUpdatedEvent,
} from '../../events/subscription-events.js';
import { registerTerms } from '../../internal/localize.js';
import { PortalElement } from '../../internal/portal-element.js';
import {
  describeError,
  renderLoadError,
  renderLoading,
  renderPagination,
} from '../../internal/states.js';
import { controls, resource, tokens } from '../../internal/styles.js';
import { subscriptions as de } from '../../locales/de/subscriptions.js';
import { subscriptions as en } from '../../locales/en/subscriptions.js';
import { subscriptions as es } from '../../locales/es/subscriptions.js';
import { renderCancelDialog, type CancelDialogState } from './cancel-dialog.js';
import { ChangePlanFlow, renderChangePlanDialog } from './change-plan-dialog.js';
import { ChangeSeatsFlow, renderChangeSeatsDialog } from './change-seats-dialog.js';
import { subscriptionsStyles } from './portal-subscriptions.styles.js';
import {
  actionButton,
  actionKey,
  actionKeys,
  renderSubscriptionActions,
} from './subscription-actions.js';
import { renderSubscriptionDetail, SubscriptionDetails } from './subscription-detail.js';
import { endDate, renderSubscriptionItem } from './subscription-item.js';

registerTerms({ en, de, es });

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
 * @csspart dialog - The cancel, plan change and seat count dialogs.
 * @csspart confirm-button - A dialog's confirming button (plans, seats: once the charge is agreed).
 * @csspart preview - What the change will cost.
 * @csspart outcome - What an action did (or why it failed), under the subscription it changed.
 * @csspart outcome-success - The outcome, when the action succeeded.
 * @csspart outcome-error - The outcome, when the action failed.
 * @csspart dismiss-button - Hides the outcome.
 * @csspart announcement - The polite live region that reads each outcome out.
 *
 * @fires portal-subscription-canceled - A subscription will end at the end of its period.
 * @fires portal-subscription-uncanceled - A pending cancellation was withdrawn.
 * @fires portal-subscription-updated - The plan or the number of seats changed.
 *
 * @cssprop --portal-color-success - Active and trialing badges, success outcomes.
 * @cssprop --portal-color-danger - Past-due and cancelling badges, error outcomes.
 */
export class PortalSubscriptions extends PortalElement {
  static override styles = [tokens, controls, resource, subscriptionsStyles];

  /** Subscriptions per page (the API's `limit`, at most 100). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;
  @state() private page = 1;
  /** The subscription being cancelled; kept across a session expiry with what was chosen. */
  @state() private cancelling: CustomerSubscription | null = null;
  @state() private cancelError: string | null = null;
  /** Who the element's place (page, open rows, dialogs) belongs to. */
  private owner: string | null = null;

  private readonly actions = new ActionController(this, this.localize);

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

  private readonly changePlan = new ChangePlanFlow(
    this,
    () => this.session?.client ?? null,
    (error) => describeError(this.localize, error),
    (updated) => this.changed(updated, 'plan'),
  );

  private readonly changeSeats = new ChangeSeatsFlow(
    this,
    () => this.session?.client ?? null,
    (error) => describeError(this.localize, error),
    (updated) => this.changed(updated, 'seats'),
  );

  constructor() {
    super();
    this.sessions.listen((change) => {
      const info = change.info;
      const owner = info ? `${info.customerId}|${info.memberId ?? ''}` : null;
      // The same person back after an expiry finds everything as they left it; anyone else, or
      // a sign-out on purpose, starts from the first page with nothing open.
      if (change.reason === 'sign-out' || (owner && this.owner && owner !== this.owner))
        this.resetPlace();
      if (change.status === 'signed-in' || change.reason === 'sign-out') this.owner = owner;
    });
  }

  private resetPlace(): void {
    this.page = 1;
    this.closeCancel();
    this.changePlan.close();
    this.changeSeats.close();
    this.details.reset();
    this.actions.reset();
  }

  /** TEMPORARY until the plan and seat flows write through the store (next commit). */
  private changed(updated: CustomerSubscription, action: 'plan' | 'seats'): void {
    this.session?.store.replace('subscriptions', updated);
    this.session?.store.invalidate('charge-preview', 'seats');
    const t = this.localize;
    this.actions.show(
      actionKey(action, updated.id),
      'success',
      action === 'plan'
        ? t.term('changedAnnouncement', updated.product.name)
        : t.term('seatsChangedAnnouncement', updated.product.name, updated.seats ?? 0),
    );
    this.focusAfterRender(
      actionButton(updated.id, action === 'plan' ? 'change-button' : 'seats-button'),
    );
    this.dispatchEvent(new PortalSubscriptionUpdatedEvent(updated));
  }

  private openCancel(subscription: CustomerSubscription): void {
    this.cancelling = subscription;
    this.cancelError = null;
  }

  /** Closes the dialog (its `open` follows the state); once closed, nothing is left to do. */
  private closeCancel = (): void => {
    if (this.cancelling === null) return;
    this.cancelling = null;
    this.cancelError = null;
  };

  private async confirmCancel(
    reason: CustomerCancellationReason | null,
    comment: string,
  ): Promise<void> {
    const subscription = this.cancelling;
    const store = this.session?.store;
    if (!subscription || !store) return;
    const t = this.localize;
    this.cancelError = null;
    const result = await this.actions.run(
      actionKey('cancel', subscription.id),
      () =>
        store.updateSubscription(subscription.id, {
          cancel_at_period_end: true,
          cancellation_reason: reason,
          cancellation_comment: comment || null,
        }),
      {
        success: (updated) =>
          t.term('canceledAnnouncement', updated.product.name, endDate(t, updated)),
        event: (updated) => new PortalSubscriptionCanceledEvent(updated),
        // The dialog shows its refusal itself, and stays open with what was chosen.
        quietError: true,
      },
    );
    if (result.ok) {
      this.closeCancel();
      // After the modal dialog closed (the page behind it is inert until then).
      this.focusAfterRender(actionButton(subscription.id, 'resume-button'));
    } else if (this.sessions.signedIn) {
      this.cancelError = describeError(t, result.error);
    }
  }

  private resume(subscription: CustomerSubscription): void {
    const store = this.session?.store;
    if (!store) return;
    void this.actions.run(
      actionKey('resume', subscription.id),
      () => store.updateSubscription(subscription.id, { cancel_at_period_end: false }),
      {
        success: (updated) => this.localize.term('resumedAnnouncement', updated.product.name),
        event: (updated) => new PortalSubscriptionUncanceledEvent(updated),
        focus: () => actionButton(subscription.id, 'cancel-button'),
      },
    );
  }

  protected override willUpdate(): void {
    const info = this.sessions.signedIn ? this.session?.info : null;
    if (info) this.owner = `${info.customerId}|${info.memberId ?? ''}`;
  }

  override render() {
    const t = this.localize;
    if (!this.sessions.signedIn) return this.renderSignedOut(t.term('signInToSee'));
    const cancelState: CancelDialogState = {
      subscription: this.cancelling,
      busy: this.cancelling !== null && this.actions.busy(actionKey('cancel', this.cancelling.id)),
      error: this.cancelError,
    };
    return html`<section aria-labelledby="heading">
      <h2 id="heading">${t.term('subscriptionsHeading')}</h2>
      ${this.subscriptions.render({
        pending: () => renderLoading(t.term('subscriptionsLoading')),
        error: (error) => renderLoadError(t, error, () => this.subscriptions.retry()),
        complete: (page) => this.renderList(page),
      })}
      ${this.actions.renderAnnouncement()}
      ${renderCancelDialog(t, cancelState, (s) => endDate(t, s), {
        confirm: (reason, comment) => void this.confirmCancel(reason, comment),
        close: this.closeCancel,
      })}
      ${renderChangePlanDialog(t, this.changePlan.state, {
        choose: (id) => void this.changePlan.choose(id),
        consent: (given) => this.changePlan.consent(given),
        confirm: () => void this.changePlan.confirm(),
        close: this.changePlan.close,
      })}
      ${renderChangeSeatsDialog(t, this.changeSeats.state, {
        input: (value) => this.changeSeats.input(value),
        consent: (given) => this.changeSeats.consent(given),
        confirm: () => void this.changeSeats.confirm(),
        close: this.changeSeats.close,
      })}
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
      cancel: (s: CustomerSubscription) => this.openCancel(s),
      resume: (s: CustomerSubscription) => this.resume(s),
      changePlan: (s: CustomerSubscription) => void this.changePlan.open(s),
      changeSeats: (s: CustomerSubscription) => void this.changeSeats.open(s),
      busy: (key: string) => this.actions.busy(key),
    };
    return html`<p class="visually-hidden" role="status">
        ${t.term('subscriptionsLoaded', page.items.length)}
      </p>
      <ul part="list">
        ${page.items.map((subscription) =>
          renderSubscriptionItem(t, subscription, {
            detailOpen: this.details.isOpen(subscription.id),
            toggleDetail: () => this.details.toggle(subscription.id),
            detail: () =>
              renderSubscriptionDetail(
                t,
                subscription,
                this.details.preview(subscription.id),
                !this.isHidden('usage'),
              ),
            actions: renderSubscriptionActions(t, subscription, may, on),
            outcome: this.actions.renderOutcome(...actionKeys(subscription.id)),
          }),
        )}
      </ul>
      ${renderPagination(t, this.page, page.pagination.max_page, (next) => (this.page = next))}`;
  }
}
