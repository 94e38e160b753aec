import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ListQuery } from '../../api/client.js';
import type { CustomerOrder, ListResourceCustomerOrder } from '../../api/types.js';
import { ActionController } from '../../controllers/action-controller.js';
import { PlaceController } from '../../controllers/place-controller.js';
import { ResourceController } from '../../controllers/resource-controller.js';
import { formatDate, formatMoney } from '../../internal/format.js';
import { registerTerms } from '../../internal/localize.js';
import { PortalElement } from '../../internal/portal-element.js';
import { renderLoadError, renderLoading, renderPagination } from '../../internal/states.js';
import { controls, resource, tokens } from '../../internal/styles.js';
import { orders as en } from '../../locales/en/orders.js';
import type { PaymentMethodCollector } from '../portal-customer/card-collector.js';
import { OrderBilling } from './billing-details.js';
import { orderStatus, renderOrderDetail } from './order-detail.js';
import { OrderDocuments } from './order-documents.js';
import { OrderPayment, paymentFailed } from './order-payment.js';
import type { OrdersContext } from './orders-context.js';
import { WalletBalance } from './wallet-balance.js';
import { ordersStyles } from './portal-orders.styles.js';

registerTerms('orders', en);

/**
 * @tagname portal-orders
 * @summary The customer's order history: date, product, amount and status (paid, awaiting
 * payment, failed, refunded); each order's lines, discount, tax and total; the invoice
 * (generated when needed, then opened in a new tab, or offered as a link when the browser would
 * block the tab), the receipt, the invoice's billing details (until the invoice is issued) and
 * paying a failed order again. A team `member` is told orders belong to the owner and billing
 * managers. Document addresses that are not `https:` are refused with a message. Orders come
 * from the session's shared store: a payment made here shows in `<portal-subscriptions>` on the
 * same page, and a default card changed in `<portal-customer>` is the one a payment here uses.
 * When the session ends, the page, the open orders and a billing form being typed are kept for
 * the same customer's next sign-in.
 *
 * @fires portal-order-updated - Billing details were saved; `detail` is the order.
 * @fires portal-invoice-generated - An invoice was opened or offered as a link; `detail` is
 * `{ order, url }`, the checked address.
 * @fires portal-order-paid - A failed payment went through; `detail` is the order.
 *
 * @csspart signed-out - The sentence shown while no one is signed in.
 * @csspart session-ended - Shown instead when the session expired, with its sign-in button.
 * @csspart sign-in-again-button - Asks for a new sign-in (the email is kept).
 * @csspart forbidden - What a team member sees instead of orders.
 * @csspart loading - The announced skeleton.
 * @csspart error - A load error with its retry button.
 * @csspart empty - No orders yet.
 * @csspart list - The list of orders.
 * @csspart order - One order.
 * @csspart status - An order's status badge.
 * @csspart details-button - Shows or hides an order's detail.
 * @csspart detail - An order's lines, totals, billing details and documents.
 * @csspart items - The table of an order's lines.
 * @csspart totals - Subtotal, discount, tax, total and refunds.
 * @csspart invoice-button - Generates (when needed) and opens the invoice.
 * @csspart invoice-link - The invoice's link, in the button's place when it could not open at once.
 * @csspart receipt-button - Opens the receipt.
 * @csspart receipt-link - The receipt's link, as `invoice-link`.
 * @csspart edit-billing-button - Opens the billing details form.
 * @csspart billing-form - The billing details form.
 * @csspart save-billing - The billing form's submit button.
 * @csspart retry-button - Pays a failed order again.
 * @csspart dialog - The payment confirmation.
 * @csspart confirm-button - The dialog's confirming button.
 * @csspart outcome - How an action ended (paid, saved, invoice opened, or why not), next to it.
 * @csspart outcome-success - An outcome that is a confirmation.
 * @csspart outcome-error - An outcome that is an error.
 * @csspart dismiss-button - Dismisses an outcome.
 * @csspart announcement - The polite live region reading each confirmation out.
 * @csspart pagination - Previous and next page.
 * @csspart wallet - The customer's credit (taken off the next invoices) or debt, when not zero.
 * @csspart progress - In the payment dialog: what the payment waits for (the bank's 3-D Secure
 * step, its answer), read out as it changes.
 *
 * @cssprop --portal-color-success - The paid badge and confirmations.
 * @cssprop --portal-color-danger - The failed badge and errors.
 */
export class PortalOrders extends PortalElement {
  static override styles = [tokens, controls, resource, ordersStyles];

  /** Orders per page (the API's `limit`, at most 100). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;
  /**
   * The page's card form (see `<portal-customer>`): its `authenticate` runs the bank's 3-D Secure
   * step when paying a failed order needs it. Without one, such a payment is said to need it.
   */
  @property({ attribute: false }) paymentMethodCollector: PaymentMethodCollector | null = null;
  @state() private page = 1;
  @state() private expanded: ReadonlySet<string> = new Set();

  private readonly orders = new ResourceController(this, {
    session: () => this.session,
    kind: 'orders',
    args: (): [ListQuery] => [{ page: this.page, limit: this.pageSize, sorting: ['-created_at'] }],
    load: (client, [query]) => client.listOrders(query),
    // A team member may not read orders (the API answers 403): nothing is asked for.
    enabled: () => this.canManageBilling,
  });

  private readonly actions = new ActionController(this, this.localize);
  private readonly context: OrdersContext = {
    session: () => this.session,
    localize: this.localize,
    actions: this.actions,
    focus: (selector) => this.focusAfterRender(selector),
  };
  private readonly billing = new OrderBilling(this, this.context);
  private readonly documents = new OrderDocuments(this, {
    ...this.context,
    needsDetails: (order) => this.billing.edit(order, this.localize.term('invoiceNeedsDetails')),
  });
  private readonly payment = new OrderPayment(this, {
    ...this.context,
    wanted: () => this.orders.value?.items.some(paymentFailed) ?? false,
    collector: () => this.paymentMethodCollector,
  });

  private readonly wallet = new WalletBalance(this, this.context, () => this.canManageBilling);

  constructor() {
    super();
    // Another customer signed in: nothing the previous one opened or typed stays.
    new PlaceController(this, this.sessions, () => {
      this.page = 1;
      this.expanded = new Set();
      this.billing.reset();
      this.payment.reset();
      this.actions.reset();
    });
  }

  private money = (order: CustomerOrder, amount: number) =>
    formatMoney(amount, order.currency, this.localize.lang());

  private toggle(order: CustomerOrder): void {
    const open = new Set(this.expanded);
    if (!open.delete(order.id)) open.add(order.id);
    this.expanded = open;
  }

  override render(): TemplateResult {
    const t = this.localize;
    if (this.session?.status !== 'signed-in') return this.renderSignedOut(t.term('ordersSignIn'));
    if (!this.canManageBilling) return html`<p part="forbidden">${t.term('ordersForMembers')}</p>`;
    return html`<section aria-labelledby="heading">
      <h2 id="heading">${t.term('ordersHeading')}</h2>
      ${this.wallet.render()}
      ${this.orders.render({
        pending: () => renderLoading(t.term('ordersLoading')),
        error: (error) => renderLoadError(t, error, () => this.orders.retry()),
        complete: (page) => this.renderList(page),
      })}
      ${this.actions.renderAnnouncement()} ${this.payment.renderDialog()}
    </section>`;
  }

  private renderList(page: ListResourceCustomerOrder): TemplateResult {
    const t = this.localize;
    if (page.items.length === 0) return html`<p part="empty">${t.term('ordersEmpty')}</p>`;
    return html`<p class="visually-hidden" role="status">
        ${t.term('ordersLoaded', page.items.length)}
      </p>
      <ul part="list">
        ${page.items.map((order) => this.renderOrder(order))}
      </ul>
      ${renderPagination(t, this.page, page.pagination.max_page, (p) => (this.page = p))}`;
  }

  private renderOrder(order: CustomerOrder): TemplateResult {
    const t = this.localize;
    const status = orderStatus(t, order);
    const open = this.expanded.has(order.id);
    const failed = paymentFailed(order);
    return html`<li part="order" data-id=${order.id}>
      <div class="row">
        <span class="name">${order.product?.name ?? order.description}</span>
        <span class="badge ${status.key}" part="status">${status.label}</span>
      </div>
      <div class="row">
        <span>${formatDate(order.created_at, t.lang())}</span>
        <span class="amount">${this.money(order, order.total_amount)}</span>
      </div>
      ${
        order.refunded_amount
          ? html`<span class="hint"
              >${t.term('orderRefunded', this.money(order, order.refunded_amount + order.refunded_tax_amount))}</span
            >`
          : nothing
      }
      ${
        failed && order.next_payment_attempt_at
          ? html`<span class="hint"
              >${t.term('nextAttempt', formatDate(order.next_payment_attempt_at, t.lang()))}</span
            >`
          : nothing
      }
      <div class="actions">
        <button
          type="button"
          class="link"
          part="details-button"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="order-${order.id}"
          @click=${() => this.toggle(order)}
        >
          ${t.term('details')}
        </button>
        ${
          failed
            ? html`<button
                type="button"
                part="retry-button"
                @click=${(e: Event) => void this.payment.open(order, e.currentTarget)}
              >
                ${t.term('retryPayment')}
              </button>`
            : nothing
        }
      </div>
      ${this.actions.renderOutcome(`pay:${order.id}`)} ${open ? this.renderDetail(order) : nothing}
    </li>`;
  }

  private renderDetail(order: CustomerOrder): TemplateResult {
    const invoices = !this.isHidden('invoices');
    const editable =
      this.canChange('invoices') &&
      this.canChange('billing-details') &&
      !order.is_invoice_generated;
    const form = this.billing.render(order.id);
    const documents = [`invoice:${order.id}`, `receipt:${order.id}`];
    return renderOrderDetail(this.localize, order, {
      invoice:
        invoices && order.status !== 'draft' && order.status !== 'void'
          ? this.documents.action(order, 'invoice')
          : null,
      receipt: invoices && order.receipt_number ? this.documents.action(order, 'receipt') : null,
      edit: editable ? () => this.billing.edit(order) : null,
      form,
      // The form shows its own outcome; without it, saving's shows under the buttons.
      outcome: this.actions.renderOutcome(
        ...(form === nothing ? [...documents, `billing:${order.id}`] : documents),
      ),
    });
  }
}
