import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CustomerSubscription, ListResourceCustomerSubscription } from '../../api/types.js';
import { ApiTask } from '../../internal/api-task.js';
import { formatDate, formatMoney } from '../../internal/format.js';
import { PortalElement } from '../../internal/portal-element.js';
import { controls, tokens } from '../../internal/styles.js';
import { subscriptionsStyles } from './portal-subscriptions.styles.js';

const INTERVAL_TERMS = {
  day: 'intervalDay',
  week: 'intervalWeek',
  month: 'intervalMonth',
  year: 'intervalYear',
} as const;

/**
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
 *
 * @cssprop --portal-color-success - Active and trialing badges.
 * @cssprop --portal-color-danger - Past-due and cancelling badges.
 */
export class PortalSubscriptions extends PortalElement {
  static override styles = [tokens, controls, subscriptionsStyles];

  /** Subscriptions per page (the API's `limit`, at most 100). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;
  @state() private page = 1;

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

  override render() {
    const t = this.localize;
    if (this.session?.status !== 'signed-in') {
      return html`<p part="empty">${t.term('signInToSee')}</p>`;
    }
    return html`<section aria-labelledby="heading">
      <h2 id="heading">${t.term('subscriptionsHeading')}</h2>
      ${this.subscriptions.task.render({
        pending: () =>
          html`<div aria-busy="true">
            <p class="visually-hidden" role="status">${t.term('subscriptionsLoading')}</p>
            <div class="skeleton"></div>
            <div class="skeleton"></div>
          </div>`,
        error: (error) =>
          html`<div part="error">
            <p class="error" role="alert">
              ${t.term('loadFailed', error instanceof Error ? error.message : String(error))}
            </p>
            <button type="button" @click=${() => void this.subscriptions.retry()}>
              ${t.term('retry')}
            </button>
          </div>`,
        complete: (page) => (page ? this.renderList(page) : nothing),
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
          </li>`;
        })}
      </ul>
      ${
        pages > 1
          ? html`<nav part="pagination" aria-label=${t.term('pageOf', this.page, pages)}>
              <button
                type="button"
                class="secondary"
                ?disabled=${this.page <= 1}
                @click=${() => this.page--}
              >
                ${t.term('previousPage')}
              </button>
              <span>${t.term('pageOf', this.page, pages)}</span>
              <button
                type="button"
                class="secondary"
                ?disabled=${this.page >= pages}
                @click=${() => this.page++}
              >
                ${t.term('nextPage')}
              </button>
            </nav>`
          : nothing
      }`;
  }
}
