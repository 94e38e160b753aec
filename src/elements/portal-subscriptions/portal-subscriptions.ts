import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type {
  CustomerCancellationReason,
  CustomerSubscription,
  ListResourceCustomerSubscription,
} from '../../api/types.js';
import {
  PortalSubscriptionCanceledEvent,
  PortalSubscriptionUncanceledEvent,
  PortalSubscriptionUpdatedEvent,
} from '../../events/subscription-events.js';
import { ApiTask } from '../../internal/api-task.js';
import { formatDate, formatMoney } from '../../internal/format.js';
import { registerTerms } from '../../internal/localize.js';
import { PortalElement } from '../../internal/portal-element.js';
import {
  describeError,
  renderLoadError,
  renderLoading,
  renderPagination,
} from '../../internal/states.js';
import { subscriptions as de } from '../../locales/de/subscriptions.js';
import { subscriptions as es } from '../../locales/es/subscriptions.js';
import { subscriptions as en } from '../../locales/en/subscriptions.js';
import { controls, resource, tokens } from '../../internal/styles.js';
import { renderCancelDialog, type CancelDialogState } from './cancel-dialog.js';
import { ChangePlanFlow, renderChangePlanDialog } from './change-plan-dialog.js';
import { ChangeSeatsFlow, isSeatBased, renderChangeSeatsDialog } from './change-seats-dialog.js';
import { renderSubscriptionDetail, SubscriptionDetails } from './subscription-detail.js';
import { subscriptionsStyles } from './portal-subscriptions.styles.js';

registerTerms({ en, de, es });

const INTERVAL_TERMS = {
  day: 'intervalDay',
  week: 'intervalWeek',
  month: 'intervalMonth',
  year: 'intervalYear',
} as const;

/**
 * @tagname portal-subscriptions
 * @summary The signed-in customer's subscriptions: product, price and interval, status, the
 * current period and seats. Shares the session of `<portal-login>` (same `api-base` and
 * `organization-id`) and shows a signed-out state without one.
 *
 * @csspart list - The list of subscriptions.
 * @csspart subscription - One subscription.
 * @csspart status - A subscription's status badge.
 * @csspart pagination - Previous and next page.
 * @csspart error - The error message with its retry button.
 * @csspart empty - The empty state.
 * @csspart cancel-button - Opens the cancel dialog (owners, billing managers and customers).
 * @csspart resume-button - Withdraws a pending cancellation.
 * @csspart dialog - The cancel, plan change and seat count dialogs.
 * @csspart confirm-button - A dialog's confirming button (plans, seats: once the charge is agreed).
 *
 * @fires portal-subscription-canceled - A subscription will end at the end of its period.
 * @fires portal-subscription-uncanceled - A pending cancellation was withdrawn.
 * @fires portal-subscription-updated - The plan or the number of seats changed.
 * @csspart signed-out - The sentence shown while no one is signed in.
 * @csspart loading - The announced skeleton while the list loads.
 * @csspart details-button - Shows or hides a subscription's detail.
 * @csspart detail - A subscription's detail: period, next charge, scheduled change, usage.
 * @csspart next-charge - The next charge in the detail.
 * @csspart usage - The usage table of metered prices (hidden with `hidden-features="usage"`).
 * @csspart change-button - Opens the plan change dialog.
 * @csspart seats-button - Opens the seat count dialog (seat-based plans).
 * @csspart preview - What the change will cost.
 *
 * @cssprop --portal-color-success - Active and trialing badges.
 * @cssprop --portal-color-danger - Past-due and cancelling badges.
 */
export class PortalSubscriptions extends PortalElement {
  static override styles = [tokens, controls, resource, subscriptionsStyles];

  /** Subscriptions per page (the API's `limit`, at most 100). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;
  @state() private page = 1;
  @state() private cancelling: CancelDialogState = { subscription: null, busy: false, error: null };
  @state() private resumingId: string | null = null;
  @state() private announcement = '';
  @state() private actionError: string | null = null;
  private readonly changePlan = new ChangePlanFlow(
    this,
    () => this.session?.client ?? null,
    (error) => this.describe(error),
    (updated) => {
      this.replace(updated);
      this.focusAfterRender(`[data-id="${updated.id}"] [part=change-button]`);
      this.announcement = this.localize.term('changedAnnouncement', updated.product.name);
      this.dispatchEvent(new PortalSubscriptionUpdatedEvent(updated));
    },
  );

  private readonly changeSeats = new ChangeSeatsFlow(
    this,
    () => this.session?.client ?? null,
    (error) => this.describe(error),
    (updated) => {
      this.replace(updated);
      this.focusAfterRender(`[data-id="${updated.id}"] [part=seats-button]`);
      this.announcement = this.localize.term(
        'seatsChangedAnnouncement',
        updated.product.name,
        updated.seats ?? 0,
      );
      this.dispatchEvent(new PortalSubscriptionUpdatedEvent(updated));
    },
  );
  private readonly details = new SubscriptionDetails(
    this,
    () => this.session?.client ?? null,
    (error) => this.describe(error),
  );

  private readonly subscriptions = new ApiTask<[number, number], ListResourceCustomerSubscription>(
    this,
    {
      session: () => this.session,
      args: () => [this.page, this.pageSize] as [number, number],
      run: (client, [page, limit], signal) =>
        client.listSubscriptions({ page, limit, sorting: ['-started_at'] }, signal),
    },
  );

  private price(subscription: CustomerSubscription): string {
    const lang = this.localize.lang();
    const amount = formatMoney(subscription.amount, subscription.currency, lang);
    const interval = this.localize.term(INTERVAL_TERMS[subscription.recurring_interval]);
    const every =
      subscription.recurring_interval_count > 1
        ? `${subscription.recurring_interval_count} ${interval}`
        : interval;
    return this.localize.term('perInterval', amount, every);
  }

  private status(subscription: CustomerSubscription): { key: string; label: string } {
    const t = this.localize;
    if (subscription.status === 'active' && subscription.cancel_at_period_end) {
      return { key: 'canceling', label: t.term('statusActive') };
    }
    const labels: Record<string, string> = {
      active: t.term('statusActive'),
      trialing: t.term('statusTrialing'),
      past_due: t.term('statusPastDue'),
      canceled: t.term('statusCanceled'),
    };
    return {
      key: subscription.status,
      label: labels[subscription.status] ?? t.term('statusOther', subscription.status),
    };
  }

  private period(subscription: CustomerSubscription): string {
    const t = this.localize;
    const date = (value: string) => formatDate(value, t.lang());
    if (subscription.ended_at) return t.term('endedOn', date(subscription.ended_at));
    if (subscription.cancel_at_period_end && subscription.ends_at)
      return t.term('cancelsOn', date(subscription.ends_at));
    if (subscription.status === 'trialing' && subscription.trial_end)
      return t.term('trialEndsOn', date(subscription.trial_end));
    return t.term('renewsOn', date(subscription.current_period_end));
  }

  private endDate = (subscription: CustomerSubscription) =>
    formatDate(subscription.ends_at ?? subscription.current_period_end, this.localize.lang());

  private describe(error: unknown): string {
    return describeError(this.localize, error);
  }

  /** Puts the server's answer in place of the row it changed. */
  private replace(updated: CustomerSubscription): void {
    const items = this.subscriptions.value?.items;
    const index = items?.findIndex((s) => s.id === updated.id) ?? -1;
    if (items && index >= 0) items[index] = updated;
    this.details.invalidate(updated);
    this.requestUpdate();
  }

  private openCancel(subscription: CustomerSubscription): void {
    this.cancelling = { subscription, busy: false, error: null };
  }

  /** Closes the dialog (its `open` follows the state); once closed, nothing is left to do. */
  private closeCancel = (): void => {
    if (this.cancelling.subscription)
      this.cancelling = { subscription: null, busy: false, error: null };
  };

  private async confirmCancel(
    reason: CustomerCancellationReason | null,
    comment: string,
  ): Promise<void> {
    const subscription = this.cancelling.subscription;
    if (!subscription || !this.session || this.cancelling.busy) return;
    this.cancelling = { ...this.cancelling, busy: true, error: null };
    try {
      const updated = await this.session.client.updateSubscription(subscription.id, {
        cancel_at_period_end: true,
        cancellation_reason: reason,
        cancellation_comment: comment || null,
      });
      this.replace(updated);
      this.focusAfterRender(`[data-id="${updated.id}"] [part=resume-button]`);
      this.closeCancel();
      this.announcement = this.localize.term(
        'canceledAnnouncement',
        updated.product.name,
        this.endDate(updated),
      );
      this.dispatchEvent(new PortalSubscriptionCanceledEvent(updated));
    } catch (error) {
      this.cancelling = { ...this.cancelling, busy: false, error: this.describe(error) };
    }
  }

  private async resume(subscription: CustomerSubscription): Promise<void> {
    if (!this.session || this.resumingId) return;
    this.resumingId = subscription.id;
    this.actionError = null;
    try {
      const updated = await this.session.client.updateSubscription(subscription.id, {
        cancel_at_period_end: false,
      });
      this.replace(updated);
      this.announcement = this.localize.term('resumedAnnouncement', updated.product.name);
      this.dispatchEvent(new PortalSubscriptionUncanceledEvent(updated));
    } catch (error) {
      this.actionError = this.describe(error);
    } finally {
      this.resumingId = null;
    }
  }

  private renderActions(subscription: CustomerSubscription) {
    if (!this.canManageBilling || subscription.ended_at || subscription.status === 'canceled')
      return nothing;
    const t = this.localize;
    if (subscription.cancel_at_period_end) {
      return html`<div class="actions">
        <button
          type="button"
          class="secondary"
          part="resume-button"
          ?disabled=${this.resumingId === subscription.id}
          @click=${() => void this.resume(subscription)}
        >
          ${this.resumingId === subscription.id ? t.term('resuming') : t.term('resumeSubscription')}
        </button>
      </div>`;
    }
    const org = subscription.product.organization;
    const settings = org.customer_portal_settings.subscription;
    const planChangeAllowed =
      this.canChange('plan-change') && org.allow_customer_updates && settings.update_plan;
    const seatChangeAllowed =
      isSeatBased(subscription) &&
      this.canChange('seats') &&
      org.allow_customer_updates &&
      settings.update_seats;
    return html`<div class="actions">
      ${
        seatChangeAllowed
          ? html`<button
              type="button"
              class="secondary"
              part="seats-button"
              @click=${() => void this.changeSeats.open(subscription)}
            >
              ${t.term('changeSeats')}
            </button>`
          : nothing
      }
      ${
        planChangeAllowed
          ? html`<button
              type="button"
              class="secondary"
              part="change-button"
              @click=${() => void this.changePlan.open(subscription)}
            >
              ${t.term('changePlan')}
            </button>`
          : nothing
      }
      <button
        type="button"
        class="secondary"
        part="cancel-button"
        @click=${() => this.openCancel(subscription)}
      >
        ${t.term('cancelSubscription')}
      </button>
    </div>`;
  }

  override render() {
    const t = this.localize;
    if (this.session?.status !== 'signed-in') {
      return html`<p part="signed-out">${t.term('signInToSee')}</p>`;
    }
    return html`<section aria-labelledby="heading">
      <h2 id="heading">${t.term('subscriptionsHeading')}</h2>
      ${this.subscriptions.task.render({
        pending: () => renderLoading(t.term('subscriptionsLoading')),
        error: (error) => renderLoadError(t, error, () => this.subscriptions.retry()),
        complete: (page) => (page ? this.renderList(page) : nothing),
      })}
      ${this.actionError ? html`<p class="error" role="alert">${this.actionError}</p>` : nothing}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${renderCancelDialog(this.localize, this.cancelling, this.endDate, {
        confirm: (reason, comment) => void this.confirmCancel(reason, comment),
        close: this.closeCancel,
      })}
      ${renderChangePlanDialog(this.localize, this.changePlan.state, {
        choose: (id) => void this.changePlan.choose(id),
        consent: (given) => this.changePlan.consent(given),
        confirm: () => void this.changePlan.confirm(),
        close: this.changePlan.close,
      })}
      ${renderChangeSeatsDialog(this.localize, this.changeSeats.state, {
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
    const pages = page.pagination.max_page;
    return html`<p class="visually-hidden" role="status">
        ${t.term('subscriptionsLoaded', page.items.length)}
      </p>
      <ul part="list">
        ${page.items.map((subscription) => {
          const status = this.status(subscription);
          return html`<li part="subscription" data-id=${subscription.id}>
            <div class="row">
              <span class="name">${subscription.product.name}</span>
              <span class="badge ${status.key}" part="status">${status.label}</span>
            </div>
            <div class="row">
              <span>${this.price(subscription)}</span>
              ${subscription.seats ? html`<span>${t.term('seatsCount', subscription.seats)}</span>` : nothing}
            </div>
            <span class="hint">${this.period(subscription)}</span>
            <button
              type="button"
              class="link"
              part="details-button"
              aria-expanded=${this.details.isOpen(subscription.id) ? 'true' : 'false'}
              aria-controls="detail-${subscription.id}"
              @click=${() => this.details.toggle(subscription)}
            >
              ${t.term('details')}
            </button>
            ${
              this.details.isOpen(subscription.id)
                ? renderSubscriptionDetail(
                    t,
                    subscription,
                    this.details.preview(subscription.id),
                    !this.isHidden('usage'),
                  )
                : nothing
            }
            ${this.renderActions(subscription)}
          </li>`;
        })}
      </ul>
      ${renderPagination(t, this.page, pages, (page) => (this.page = page))}`;
  }
}
