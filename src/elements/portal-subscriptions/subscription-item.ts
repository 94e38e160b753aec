import { html, nothing, type TemplateResult } from 'lit';
import type { CustomerSubscription } from '../../api/types.js';
import { intervalWording } from '../../domain/interval.js';
import { formatDate, formatMoney } from '../../internal/format.js';
import type { PortalLocalize } from '../../internal/localize.js';

/** "$12.00 / month": the amount per billing interval, in the reader's language and money. */
export function priceWording(t: PortalLocalize, subscription: CustomerSubscription): string {
  const amount = formatMoney(subscription.amount, subscription.currency, t.lang());
  const every = intervalWording(
    (key) => t.term(key),
    subscription.recurring_interval,
    subscription.recurring_interval_count,
  );
  return t.term('perInterval', amount, every);
}

/** The badge: its style key and label. A cancellation still to come is active, in red. */
export function statusOf(
  t: PortalLocalize,
  subscription: CustomerSubscription,
): { key: string; label: string } {
  if (subscription.status === 'active' && subscription.cancel_at_period_end)
    return { key: 'canceling', label: t.term('statusActive') };
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

/** What happens next: ended, cancels, trial ends or renews, with the date. */
export function periodWording(t: PortalLocalize, subscription: CustomerSubscription): string {
  const date = (value: string) => formatDate(value, t.lang());
  if (subscription.ended_at) return t.term('endedOn', date(subscription.ended_at));
  if (subscription.cancel_at_period_end && subscription.ends_at)
    return t.term('cancelsOn', date(subscription.ends_at));
  if (subscription.status === 'trialing' && subscription.trial_end)
    return t.term('trialEndsOn', date(subscription.trial_end));
  return t.term('renewsOn', date(subscription.current_period_end));
}

/** The last day of access once cancelled. */
export const endDate = (t: PortalLocalize, subscription: CustomerSubscription): string =>
  formatDate(subscription.ends_at ?? subscription.current_period_end, t.lang());

/** What the element hands each row: the pieces it owns (detail, actions, outcome). */
export interface SubscriptionItemParts {
  detailOpen: boolean;
  toggleDetail: () => void;
  detail: () => TemplateResult;
  actions: TemplateResult | typeof nothing;
  outcome: TemplateResult | typeof nothing;
}

/**
 * One subscription of the list: name and status badge, price per interval and seats, what
 * happens next, the detail disclosure, the actions, and the outcome of the last action on it
 * (shown right under its buttons, where the customer is looking).
 */
export function renderSubscriptionItem(
  t: PortalLocalize,
  subscription: CustomerSubscription,
  parts: SubscriptionItemParts,
): TemplateResult {
  const status = statusOf(t, subscription);
  return html`<li part="subscription" data-id=${subscription.id}>
    <div class="row">
      <span class="name">${subscription.product.name}</span>
      <span class="badge ${status.key}" part="status">${status.label}</span>
    </div>
    <div class="row">
      <span>${priceWording(t, subscription)}</span>
      ${subscription.seats ? html`<span>${t.term('seatsCount', subscription.seats)}</span>` : nothing}
    </div>
    <span class="hint">${periodWording(t, subscription)}</span>
    <button
      type="button"
      class="link"
      part="details-button"
      aria-expanded=${parts.detailOpen ? 'true' : 'false'}
      aria-controls="detail-${subscription.id}"
      @click=${parts.toggleDetail}
    >
      ${t.term('details')}
    </button>
    ${parts.detailOpen ? parts.detail() : nothing} ${parts.actions} ${parts.outcome}
  </li>`;
}
