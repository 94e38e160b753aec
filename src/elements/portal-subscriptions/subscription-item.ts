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

/**
 * The badge says what is true now, with its date: a cancellation to come ("Cancels on …", not
 * a red "Active"), a trial's end, a pause, a failed payment. Polar's own portal keeps
 * "Trialing" when a trial is cancelled; the trial's end is the date that matters there too.
 */
export function statusOf(
  t: PortalLocalize,
  subscription: CustomerSubscription,
): { key: string; label: string } {
  const date = (value: string) => formatDate(value, t.lang());
  const { status } = subscription;
  if (status === 'trialing' && subscription.trial_end)
    return { key: 'trialing', label: t.term('statusTrialEndsOn', date(subscription.trial_end)) };
  if (status === 'active' && subscription.cancel_at_period_end)
    return {
      key: 'canceling',
      label: t.term(
        'statusCancelsOn',
        date(subscription.ends_at ?? subscription.current_period_end),
      ),
    };
  if (status === 'active' && subscription.pause_at_period_end)
    return {
      key: 'pausing',
      label: t.term('statusPausesOn', date(subscription.current_period_end)),
    };
  if (status === 'paused')
    return {
      key: 'paused',
      label: subscription.resumes_at
        ? t.term('statusPausedUntil', date(subscription.resumes_at))
        : t.term('statusPaused'),
    };
  const labels: Record<string, string> = {
    active: t.term('statusActive'),
    trialing: t.term('statusTrialing'),
    past_due: t.term('statusPastDue'),
    canceled: t.term('statusCanceled'),
  };
  return { key: status, label: labels[status] ?? t.term('statusOther', status) };
}

/**
 * The scheduled change's badge, "Changes to Acme Pro (yearly) on Feb 4, 2026" (or to a seat
 * count), or null without one. `planName` names a product of the organization, once known.
 */
export function scheduledChangeOf(
  t: PortalLocalize,
  subscription: CustomerSubscription,
  planName: (id: string) => string | null,
): string | null {
  const pending = subscription.pending_update;
  if (!pending) return null;
  const date = formatDate(pending.applies_at, t.lang());
  const plan = pending.product_id
    ? (planName(pending.product_id) ?? t.term('changePlanNew'))
    : null;
  const what =
    plan && pending.seats !== null
      ? t.term('changePlanWhat', plan, pending.seats)
      : (plan ?? t.term('changeSeatsWhat', pending.seats ?? 0));
  return t.term('statusChangesTo', what, date);
}

/** What happens next: ended, cancels, pauses, resumes, payment overdue, trial ends or renews. */
export function periodWording(t: PortalLocalize, subscription: CustomerSubscription): string {
  const date = (value: string) => formatDate(value, t.lang());
  const resumes = subscription.resumes_at;
  if (subscription.ended_at) return t.term('endedOn', date(subscription.ended_at));
  if (subscription.cancel_at_period_end && subscription.ends_at)
    return t.term('cancelsOn', date(subscription.ends_at));
  if (subscription.status === 'paused')
    return resumes ? t.term('resumesOn', date(resumes)) : t.term('pausedUntilResumed');
  if (subscription.pause_at_period_end)
    return resumes
      ? t.term('pausesOnResumesOn', date(subscription.current_period_end), date(resumes))
      : t.term('pausesOn', date(subscription.current_period_end));
  // Polar stopped renewing it: the failed charge is what the customer must act on.
  if (subscription.status === 'past_due')
    return t.term(
      'pastDueSince',
      date(subscription.past_due_at ?? subscription.current_period_start),
    );
  if (subscription.status === 'trialing' && subscription.trial_end)
    return t.term('trialEndsOn', date(subscription.trial_end));
  return t.term('renewsOn', date(subscription.current_period_end));
}

/** The last day of access once cancelled. */
export const endDate = (t: PortalLocalize, subscription: CustomerSubscription): string =>
  formatDate(subscription.ends_at ?? subscription.current_period_end, t.lang());

/** What the element hands each row: the pieces it owns (detail, actions, outcome). */
export interface SubscriptionItemParts {
  /** The scheduled change's badge text, if there is one. */
  scheduled: string | null;
  /** The "add a card before the trial ends" prompt, when the trial has no card. */
  prompt: TemplateResult | typeof nothing;
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
      <span class="badges">
        <span class="badge ${status.key}" part="status">${status.label}</span>
        ${
          parts.scheduled
            ? html`<span class="badge scheduled" part="status scheduled-change"
                >${parts.scheduled}</span
              >`
            : nothing
        }
      </span>
    </div>
    <div class="row">
      <span>${priceWording(t, subscription)}</span>
      ${subscription.seats ? html`<span>${t.term('seatsCount', subscription.seats)}</span>` : nothing}
    </div>
    <span class="hint">${periodWording(t, subscription)}</span>
    ${parts.prompt}
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
