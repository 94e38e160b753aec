import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CustomerSubscription, SubscriptionChargePreview } from '../../api/types.js';
import { ResourceController } from '../../controllers/resource-controller.js';
import { formatDate, formatMoney } from '../../internal/format.js';
import type { PortalLocalize } from '../../internal/localize.js';
import { describeError } from '../../internal/states.js';
import type { PortalSession } from '../../session/session.js';
import type { ResourceState } from '../../store/resource-store.js';

type Preview = ResourceState<SubscriptionChargePreview> | null;

/**
 * Which rows are expanded, and the next-charge preview of each, read from the session's store
 * (kind `charge-preview`, keyed by subscription): loaded when a row first opens (a closed row
 * costs no request), reloaded by the store after any write that changes what is charged (a plan
 * or seat change, a payment), and not asked for while the subscription will not bill again.
 * The open rows are the element's place: they stay open across a session expiry.
 */
export class SubscriptionDetails {
  private readonly open = new Set<string>();
  private readonly previews = new Map<
    string,
    ResourceController<[string], SubscriptionChargePreview>
  >();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly session: () => PortalSession | null,
    /** The subscription as the store holds it now (it may have been cancelled since). */
    private readonly current: (id: string) => CustomerSubscription | undefined,
  ) {}

  isOpen(id: string): boolean {
    return this.open.has(id);
  }

  toggle(id: string): void {
    if (!this.open.delete(id)) {
      this.open.add(id);
      if (!this.previews.has(id)) this.previews.set(id, this.previewOf(id));
    }
    this.host.requestUpdate();
  }

  /** Another person signed in: nothing of the previous one stays open. */
  reset(): void {
    this.open.clear();
    this.host.requestUpdate();
  }

  preview(id: string): Preview {
    return this.previews.get(id)?.state ?? null;
  }

  private previewOf(id: string) {
    return new ResourceController(this.host, {
      session: this.session,
      kind: 'charge-preview',
      args: () => [id] as [string],
      load: (client, [subscriptionId]) => client.chargePreview(subscriptionId),
      enabled: () => {
        const subscription = this.current(id);
        return this.open.has(id) && subscription !== undefined && chargesAgain(subscription);
      },
    });
  }
}

/**
 * Whether there is a next charge to preview, as Polar's `get_charge_preview` allows it (active
 * and trialing subscriptions, and paused ones that resume on a date) and its portal shows it
 * (`CurrentPeriodOverview`: not while cancelling, nor for a pause without a resume date).
 */
export const chargesAgain = (s: CustomerSubscription): boolean => {
  if (s.cancel_at_period_end || s.ended_at) return false;
  if (s.status === 'paused') return Boolean(s.resumes_at);
  if (s.status !== 'active' && s.status !== 'trialing') return false;
  return !s.pause_at_period_end || Boolean(s.resumes_at);
};

/** When the next charge is made: on resuming after a pause, else at the period's end. */
const nextChargeDate = (s: CustomerSubscription): string =>
  (s.status === 'paused' || s.pause_at_period_end) && s.resumes_at
    ? s.resumes_at
    : s.current_period_end;

/** The next charge as the preview says, or why it cannot say yet. */
function nextCharge(
  t: PortalLocalize,
  subscription: CustomerSubscription,
  preview: Preview,
  money: (amount: number) => string,
): string {
  if (subscription.status === 'past_due') return t.term('pastDueNextCharge');
  if (!chargesAgain(subscription)) return t.term('noFurtherCharges');
  if (preview?.status === 'complete' && preview.value) {
    const { total_amount: total, discount_amount: discount } = preview.value;
    const date = formatDate(nextChargeDate(subscription), t.lang());
    // The subscription says only which discount it has; the preview says what it takes off.
    return discount > 0
      ? t.term('nextChargeDiscounted', money(total), date, money(discount))
      : t.term('nextChargeOn', money(total), date);
  }
  if (preview?.status === 'error') return describeError(t, preview.error);
  return t.term('previewLoading');
}

/**
 * The detail of one subscription: when it started, the current period, the next charge, a
 * pending change, usage of its meters (unless the merchant hid usage) and the reason given for
 * a cancellation. Everything the API returned is rendered as text.
 */
export function renderSubscriptionDetail(
  t: PortalLocalize,
  subscription: CustomerSubscription,
  preview: Preview,
  showUsage: boolean,
): TemplateResult {
  const lang = t.lang();
  const date = (value: string) => formatDate(value, lang);
  const money = (amount: number) => formatMoney(amount, subscription.currency, lang);
  const pending = subscription.pending_update;
  const reason = subscription.customer_cancellation_reason;
  return html`<div part="detail" id="detail-${subscription.id}" class="detail">
    ${
      subscription.product.description
        ? html`<p class="description">${subscription.product.description}</p>`
        : nothing
    }
    <dl>
      ${
        subscription.started_at
          ? html`<dt>${t.term('startedOn')}</dt>
              <dd>${date(subscription.started_at)}</dd>`
          : nothing
      }
      <dt>${t.term('currentPeriod')}</dt>
      <dd>
        ${t.term(
          'periodRange',
          date(subscription.current_period_start),
          date(subscription.current_period_end),
        )}
      </dd>
      <dt>${t.term('nextCharge')}</dt>
      <dd part="next-charge">${nextCharge(t, subscription, preview, money)}</dd>
      ${
        pending
          ? html`<dt>${t.term('pendingChange')}</dt>
              <dd>
                ${
                  pending.seats !== null
                    ? t.term('pendingSeats', pending.seats, date(pending.applies_at))
                    : t.term('pendingPlan', date(pending.applies_at))
                }
              </dd>`
          : nothing
      }
      ${
        reason
          ? html`<dt>${t.term('cancellationReason')}</dt>
              <dd>${t.term(`reason_${reason}`)}</dd>`
          : nothing
      }
      ${
        subscription.customer_cancellation_comment
          ? html`<dt>${t.term('cancellationComment')}</dt>
              <dd class="comment">${subscription.customer_cancellation_comment}</dd>`
          : nothing
      }
    </dl>
    ${showUsage && subscription.meters.length > 0 ? renderUsage(t, subscription) : nothing}
  </div>`;
}

function renderUsage(t: PortalLocalize, subscription: CustomerSubscription): TemplateResult {
  const lang = t.lang();
  const units = new Intl.NumberFormat(lang);
  return html`<table part="usage">
    <caption>
      ${t.term('usageHeading')}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t.term('usageMeter')}</th>
        <th scope="col">${t.term('usageConsumed')}</th>
        <th scope="col">${t.term('usageCredited')}</th>
        <th scope="col">${t.term('usageAmount')}</th>
      </tr>
    </thead>
    <tbody>
      ${subscription.meters.map(
        (meter) =>
          html`<tr>
            <th scope="row">${meter.meter.name}</th>
            <td>${units.format(meter.consumed_units)}</td>
            <td>${units.format(meter.credited_units)}</td>
            <td>${formatMoney(meter.amount, subscription.currency, lang)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}
