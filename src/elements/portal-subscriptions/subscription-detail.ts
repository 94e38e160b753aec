import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type { PortalClient } from '../../api/client.js';
import type { CustomerSubscription, SubscriptionChargePreview } from '../../api/types.js';
import { formatDate, formatMoney } from '../../internal/format.js';
import type { PortalLocalize } from '../../internal/localize.js';

type Preview =
  | { status: 'loading' }
  | { status: 'ready'; value: SubscriptionChargePreview }
  | { status: 'error'; message: string };

/**
 * Which rows are expanded, and the next-charge preview of each, fetched once when a row first
 * opens (a closed row costs no request).
 */
export class SubscriptionDetails implements ReactiveController {
  private readonly open = new Set<string>();
  private readonly previews = new Map<string, Preview>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly client: () => PortalClient | null,
    private readonly describe: (error: unknown) => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  isOpen(id: string): boolean {
    return this.open.has(id);
  }

  toggle(subscription: CustomerSubscription): void {
    if (this.open.delete(subscription.id)) return this.host.requestUpdate();
    this.open.add(subscription.id);
    if (!this.previews.has(subscription.id) && chargesAgain(subscription))
      void this.loadPreview(subscription.id);
    this.host.requestUpdate();
  }

  /** A changed subscription charges differently: forget its preview, fetch again if open. */
  invalidate(subscription: CustomerSubscription): void {
    this.previews.delete(subscription.id);
    if (this.open.has(subscription.id) && chargesAgain(subscription))
      void this.loadPreview(subscription.id);
  }

  preview(id: string): Preview | undefined {
    return this.previews.get(id);
  }

  private async loadPreview(id: string): Promise<void> {
    const client = this.client();
    if (!client) return;
    this.previews.set(id, { status: 'loading' });
    try {
      this.previews.set(id, { status: 'ready', value: await client.chargePreview(id) });
    } catch (error) {
      this.previews.set(id, { status: 'error', message: this.describe(error) });
    }
    this.host.requestUpdate();
  }
}

/** Whether the subscription will bill again (so there is a next charge to preview). */
const chargesAgain = (s: CustomerSubscription) =>
  !s.cancel_at_period_end && !s.ended_at && s.status !== 'canceled';

/**
 * The detail of one subscription: when it started, the current period, the next charge, a
 * pending change, usage of its meters (unless the merchant hid usage) and the reason given for
 * a cancellation. Everything the API returned is rendered as text.
 */
export function renderSubscriptionDetail(
  t: PortalLocalize,
  subscription: CustomerSubscription,
  preview: Preview | undefined,
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
      <dd part="next-charge">
        ${
          !chargesAgain(subscription)
            ? t.term('noFurtherCharges')
            : preview?.status === 'ready'
              ? t.term(
                  'nextChargeOn',
                  money(preview.value.total_amount),
                  date(subscription.current_period_end),
                )
              : preview?.status === 'error'
                ? preview.message
                : t.term('previewLoading')
        }
      </dd>
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
