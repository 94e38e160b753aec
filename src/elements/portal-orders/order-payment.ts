import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ListQuery, PortalClient } from '../../api/client.js';
import type {
  CustomerOrder,
  CustomerPaymentMethod,
  CustomerPortalCustomer,
  ListResourceCustomerPaymentMethod,
} from '../../api/types.js';
import { ResourceController } from '../../controllers/resource-controller.js';
import { PortalOrderPaidEvent } from '../../events/order-events.js';
import { ConfirmFlow } from '../../internal/confirm-dialog.js';
import { formatMoney } from '../../internal/format.js';
import { cardLabel } from '../../domain/card-label.js';
import type { PortalLocalize } from '../../internal/localize.js';
import { describeError } from '../../internal/states.js';
import { PortalApiError } from '../../api/errors.js';
import type { PaymentMethodCollector } from '../portal-customer/card-collector.js';
import type { OrdersContext } from './orders-context.js';
import { registerTerms } from '../../internal/localize.js';
import { payment as en } from '../../locales/en/payment.js';

// Its own terms: `<portal-subscriptions>` pays a past-due subscription's order with it too.
registerTerms('payment', en);

/** An order Polar failed to charge and will try again: the customer may pay it now. */
export const paymentFailed = (order: CustomerOrder): boolean =>
  order.status === 'pending' && Boolean(order.next_payment_attempt_at);

/** A payment that did not go through, said in the customer's words (shown in the dialog). */
class PaymentProblem extends Error {}

export interface PaymentContext extends OrdersContext {
  /** Whether a failed order is shown: only then are the customer's cards worth loading. */
  wanted: () => boolean;
  /** The page's card form, whose `authenticate` runs the bank's 3-D Secure step. */
  collector: () => PaymentMethodCollector | null;
  /** Where focus goes once an order is paid (its pay button is gone); its row by default. */
  paidFocus?: (order: CustomerOrder) => string;
}

/**
 * How long a payment is followed once the bank took it: Polar's portal asks every 2 s, 150
 * times (5 minutes), and stops after 30 failed requests (`OrderPaymentRetry.tsx`). Tests
 * shorten it.
 */
export const paymentPolling = { intervalMs: 2000, attempts: 150, networkErrors: 30 };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Where a payment stands while the dialog waits. */
type Progress = { step: 'authenticating' } | { step: 'settling'; seconds: number } | null;

/**
 * Paying a failed order again: the confirmation names the amount and the card Polar will charge
 * (the customer's default card, read from the store, so a default changed in
 * `<portal-customer>` on the page is the one named here), and the payment goes through the
 * store, which reloads what a paid order changes (the order, its past-due subscription, the
 * customer). The dialog stays open, saying what it waits for, until the payment settles.
 */
export class OrderPayment implements ReactiveController {
  private readonly methods: ResourceController<[ListQuery], ListResourceCustomerPaymentMethod>;
  private readonly customer: ResourceController<[], CustomerPortalCustomer>;
  private readonly flow: ConfirmFlow<CustomerOrder, CustomerOrder>;
  private waiting: (() => void)[] = [];
  private progress: Progress = null;
  /** Orders whose manual retries Polar no longer takes (429 `ManualRetryLimitExceeded`). */
  private readonly exhausted = new Set<string>();

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: ParentNode },
    private readonly ctx: PaymentContext,
  ) {
    host.addController(this);
    const t = ctx.localize;
    this.methods = new ResourceController(host, {
      session: ctx.session,
      kind: 'payment-methods',
      args: (): [ListQuery] => [{ limit: 100 }],
      load: (client, [query]) => client.listPaymentMethods(query),
      enabled: ctx.wanted,
    });
    this.customer = new ResourceController(host, {
      session: ctx.session,
      kind: 'customer',
      load: (client) => client.getCustomer(),
      enabled: ctx.wanted,
    });
    this.flow = new ConfirmFlow(host, 'retry', {
      action: async (order) => {
        const run = await ctx.actions.run(`pay:${order.id}`, () => this.pay(order), {
          success: (paid) => t.term('paidAnnouncement', money(t, paid)),
          event: (paid) => new PortalOrderPaidEvent(paid),
          // The dialog shows why, and stays open for another try.
          quietError: true,
        });
        if (!run.ok) throw run.error;
        return run.value;
      },
      describe: (error) =>
        error instanceof PaymentProblem ? error.message : describeError(t, error),
      // After the dialog gave focus back: on the order, whose pay button is gone.
      done: (paid) =>
        ctx.focus(ctx.paidFocus?.(paid) ?? `[data-id="${paid.id}"] [part=details-button]`),
    });
  }

  hostConnected(): void {}

  hostUpdated(): void {
    if (this.loading) return;
    for (const resolve of this.waiting.splice(0)) resolve();
  }

  private get loading(): boolean {
    return this.methods.state?.status === 'pending' || this.customer.state?.status === 'pending';
  }

  /** The card a retry charges: the customer's default, else the first saved one. */
  get card(): CustomerPaymentMethod | null {
    const methods = this.methods.value?.items ?? [];
    const preferred = this.customer.value?.default_payment_method_id;
    return methods.find((m) => m.id === preferred) ?? methods[0] ?? null;
  }

  /** Opens the confirmation once the cards are known, so it names the right one. */
  async open(order: CustomerOrder, opener: EventTarget | null): Promise<void> {
    if (this.loading) await new Promise<void>((resolve) => this.waiting.push(resolve));
    await this.flow.open(order, opener);
  }

  /** Another person signed in: nothing of the previous one's payment stays. */
  reset(): void {
    this.flow.close();
  }

  private setProgress(progress: Progress): void {
    this.progress = progress;
    this.host.requestUpdate();
  }

  /**
   * Polar's retry (`process_retry_payment`) answers with the payment intent's status; the
   * order is paid later, by Stripe's webhook. So: `failed` is said at once, `requires_action`
   * goes through the bank's 3-D Secure step (the card form's `authenticate`), and then the
   * payment status is asked for until it settles, for a while (`paymentPolling`).
   */
  private async pay(order: CustomerOrder): Promise<CustomerOrder> {
    const session = this.ctx.session();
    const t = this.ctx.localize;
    const card = this.card;
    if (!session || !card) throw new PaymentProblem(t.term('retryNoCard'));
    try {
      const result = await session.store.retryPayment(order.id, card.id);
      if (result.status === 'failed')
        throw new PaymentProblem(result.error ?? t.term('retryDeclined'));
      if (result.status === 'requires_action') {
        const authenticate = this.ctx.collector()?.authenticate;
        if (!authenticate || !result.client_secret)
          throw new PaymentProblem(t.term('retryNeedsAction'));
        this.setProgress({ step: 'authenticating' });
        try {
          await authenticate(result.client_secret);
        } catch {
          throw new PaymentProblem(t.term('retryAuthenticationFailed'));
        }
      }
      const settled = await this.settle(session.client, order.id);
      session.store.paymentSettled();
      if (settled.status === 'pending') throw new PaymentProblem(t.term('retryTooLong'));
      if (settled.status !== 'succeeded')
        throw new PaymentProblem(settled.error ?? t.term('retryDeclined'));
      return await session.store.refreshOrder(order.id);
    } catch (error) {
      if (error instanceof PortalApiError && error.error === 'ManualRetryLimitExceeded') {
        this.exhausted.add(order.id);
        throw new PaymentProblem(t.term('retryLimitReached'));
      }
      throw error;
    } finally {
      this.setProgress(null);
    }
  }

  /** Asks for the payment's status until it is no longer `pending`, or the time is up. */
  private async settle(client: PortalClient, orderId: string) {
    const { intervalMs, attempts, networkErrors } = paymentPolling;
    let errors = 0;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      this.setProgress({
        step: 'settling',
        seconds: Math.round(((attempt - 1) * intervalMs) / 1000),
      });
      await sleep(intervalMs);
      try {
        const last = await client.paymentStatus(orderId);
        if (last.status !== 'pending') return last;
      } catch (error) {
        if (!(error instanceof PortalApiError) || !error.isNetworkError) throw error;
        if (++errors >= networkErrors) break;
      }
    }
    return { status: 'pending' };
  }

  /** Whether Polar refuses further manual retries of this order. */
  isExhausted(order: CustomerOrder): boolean {
    return this.exhausted.has(order.id);
  }

  renderDialog() {
    const t = this.ctx.localize;
    return this.flow.render((order) => {
      const amount = money(t, order);
      const card = this.card;
      // Cards that could not be loaded are not "no card": say what went wrong instead.
      const failed =
        this.methods.state?.status === 'error' || this.customer.state?.status === 'error';
      return {
        heading: t.term('retryHeading', amount),
        body: card
          ? t.term('retryWithCard', amount, cardName(t, card))
          : failed
            ? describeError(t, this.methods.error ?? this.customer.error)
            : t.term('retryNoCard'),
        confirm: t.term('retryConfirm'),
        busy: t.term('retrying'),
        keep: this.exhausted.has(order.id) ? t.term('retryClose') : t.term('retryKeep'),
        final: this.exhausted.has(order.id),
        progress:
          this.progress?.step === 'authenticating'
            ? t.term('retryAuthenticating')
            : this.progress?.step === 'settling'
              ? t.term('retryWaiting', this.progress.seconds)
              : undefined,
      };
    });
  }
}

const money = (t: PortalLocalize, order: CustomerOrder) =>
  formatMoney(order.total_amount, order.currency, t.lang());

/** The card as the account view names it ("Visa ending in 4242"), inside this sentence. */
const cardName = (t: PortalLocalize, method: CustomerPaymentMethod) =>
  cardLabel(method, {
    ending: (brand, last4) => t.term('cardEnding', brand, last4),
    expires: String,
  });
