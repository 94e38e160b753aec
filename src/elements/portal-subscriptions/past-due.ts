import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ListQuery } from '../../api/client.js';
import type {
  CustomerOrder,
  CustomerSubscription,
  ListResourceCustomerOrder,
} from '../../api/types.js';
import { ResourceController } from '../../controllers/resource-controller.js';
import { formatMoney } from '../../internal/format.js';
import type { PortalLocalize } from '../../internal/localize.js';
import {
  OrderPayment,
  paymentFailed,
  type PaymentContext,
} from '../portal-orders/order-payment.js';

/**
 * A past-due subscription, said plainly with the two ways out: "Pay now" pays the order Polar
 * failed to charge (the same payment as `<portal-orders>`' retry: the amount and the card named
 * first, then followed until it settles), and "Update card" sends the customer to their
 * payment methods. Polar stops renewing a past-due subscription and retries the order on its
 * own (`dunning`), so the failed order is the one thing to pay. The orders are read only while
 * a past-due subscription is shown, through the session's store, so a payment made in
 * `<portal-orders>` clears this one too.
 */
export class PastDuePayment {
  private readonly orders: ResourceController<[ListQuery], ListResourceCustomerOrder>;
  private readonly payment: OrderPayment;
  /** The order paid (or being paid) from each subscription: its outcome shows under it. */
  private readonly paying = new Map<string, string>();

  constructor(
    host: ReactiveControllerHost & { renderRoot: ParentNode },
    private readonly ctx: Omit<PaymentContext, 'wanted'> & {
      /** The past-due subscriptions shown now. */
      pastDue: () => CustomerSubscription[];
      /** A billing manager, owner or customer: only they may pay. */
      manage: () => boolean;
    },
  ) {
    const wanted = () => ctx.manage() && ctx.pastDue().length > 0;
    this.orders = new ResourceController(host, {
      session: ctx.session,
      kind: 'orders',
      args: (): [ListQuery] => [
        { subscription_id: ctx.pastDue().map((s) => s.id), sorting: ['-created_at'], limit: 100 },
      ],
      load: (client, [query]) => client.listOrders(query),
      enabled: wanted,
    });
    this.payment = new OrderPayment(host, { ...ctx, wanted });
  }

  /** The order Polar failed to charge for `subscription`, once the orders are known. */
  private failedOrder(subscription: CustomerSubscription): CustomerOrder | undefined {
    return this.orders.value?.items.find(
      (order) => order.subscription_id === subscription.id && paymentFailed(order),
    );
  }

  reset(): void {
    this.payment.reset();
    this.paying.clear();
  }

  /** The action keys of payments made from `subscription`, for its outcome. */
  outcomeKeys(subscription: CustomerSubscription): string[] {
    const order = this.paying.get(subscription.id);
    return order ? [`pay:${order}`] : [];
  }

  private pay(
    subscription: CustomerSubscription,
    order: CustomerOrder,
    opener: EventTarget | null,
  ) {
    this.paying.set(subscription.id, order.id);
    void this.payment.open(order, opener);
  }

  /** The notice under a past-due subscription, or nothing for any other. */
  render(
    t: PortalLocalize,
    subscription: CustomerSubscription,
    updateCard: () => void,
  ): TemplateResult | typeof nothing {
    if (subscription.status !== 'past_due' || !this.ctx.manage()) return nothing;
    const order = this.failedOrder(subscription);
    const amount = order ? formatMoney(order.total_amount, order.currency, t.lang()) : null;
    return html`<div part="past-due" class="notice">
      <p>${amount ? t.term('pastDueNotice', amount) : t.term('pastDueNoticeNoAmount')}</p>
      <div class="actions">
        ${
          order
            ? html`<button
                type="button"
                part="pay-now-button"
                ?disabled=${this.ctx.actions.busy(`pay:${order.id}`)}
                @click=${(e: Event) => this.pay(subscription, order, e.currentTarget)}
              >
                ${t.term('payNow')}
              </button>`
            : nothing
        }
        <button type="button" class="secondary" part="fix-payment-button" @click=${updateCard}>
          ${t.term('updatePaymentMethod')}
        </button>
      </div>
    </div>`;
  }

  renderDialog() {
    return this.payment.renderDialog();
  }
}
