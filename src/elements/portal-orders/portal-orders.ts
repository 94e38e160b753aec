import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { PortalApiError } from '../../api/errors.js';
import type {
  CustomerOrder,
  CustomerPaymentMethod,
  ListResourceCustomerOrder,
} from '../../api/types.js';
import {
  PortalInvoiceGeneratedEvent,
  PortalOrderPaidEvent,
  PortalOrderUpdatedEvent,
} from '../../events/order-events.js';
import { addressInput, draftOf } from '../../internal/address-fields.js';
import { ApiTask } from '../../internal/api-task.js';
import { ConfirmFlow } from '../../internal/confirm-dialog.js';
import { formatDate, formatMoney } from '../../internal/format.js';
import { registerTerms } from '../../internal/localize.js';
import { PortalElement } from '../../internal/portal-element.js';
import {
  describeError,
  renderLoadError,
  renderLoading,
  renderPagination,
} from '../../internal/states.js';
import { controls, resource, tokens } from '../../internal/styles.js';
import { orders as de } from '../../locales/de/orders.js';
import { orders as es } from '../../locales/es/orders.js';
import { orders as en } from '../../locales/en/orders.js';
import { renderOrderDetail, type BillingDraft } from './order-detail.js';
import { OrderDocuments, type DocumentOutcome, type DocumentType } from './order-documents.js';
import { ordersStyles } from './portal-orders.styles.js';

registerTerms({ en, de, es });

interface RetryTarget {
  order: CustomerOrder;
  method: CustomerPaymentMethod | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @tagname portal-orders
 * @summary The customer's order history: date, product, amount and status (paid, awaiting
 * payment, failed, refunded); each order's lines, discount, tax and total; the invoice
 * (generated when needed, then opened in a new tab, or offered as a link when the browser would
 * block the tab), the receipt, the invoice's billing details (until the invoice is issued) and
 * paying a failed order again. A team `member` is told orders belong to the owner and billing
 * managers. Document addresses that are not `https:` are refused with a message.
 *
 * @fires portal-order-updated - Billing details were saved; `detail` is the order.
 * @fires portal-invoice-generated - An invoice was opened or offered as a link; `detail` is
 * `{ order, url }`, the checked address.
 * @fires portal-order-paid - A failed payment went through; `detail` is the order.
 *
 * @csspart signed-out - The sentence shown while no one is signed in.
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
 * @csspart retry-button - Pays a failed order again.
 * @csspart dialog - The payment confirmation.
 * @csspart confirm-button - The dialog's confirming button.
 * @csspart pagination - Previous and next page.
 *
 * @cssprop --portal-color-success - The paid badge.
 * @cssprop --portal-color-danger - The failed badge and errors.
 */
export class PortalOrders extends PortalElement {
  static override styles = [tokens, controls, resource, ordersStyles];

  /** Orders per page (the API's `limit`, at most 100). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;
  @state() private page = 1;
  @state() private expanded = new Set<string>();
  @state() private draft: BillingDraft | null = null;
  @state() private announcement = '';
  @state() private actionError: string | null = null;

  private readonly orders = new ApiTask<
    [number, number, boolean],
    ListResourceCustomerOrder | null
  >(this, {
    session: () => this.session,
    args: () => [this.page, this.pageSize, this.canManageBilling] as [number, number, boolean],
    // A team member may not read orders (the API answers 403): nothing is asked for.
    run: (client, [page, limit, allowed]) =>
      allowed
        ? client.listOrders({ page, limit, sorting: ['-created_at'] })
        : Promise.resolve(null),
  });

  private readonly retry = new ConfirmFlow<RetryTarget, CustomerOrder>(this, 'retry', {
    action: async ({ order, method }) => {
      const client = this.session!.client;
      if (!method) throw new Error(this.localize.term('retryNoCard'));
      const result = await client.retryPayment(order.id, { payment_method_id: method.id });
      if (result.status !== 'succeeded') throw new Error(result.error ?? result.status);
      return client.getOrder(order.id);
    },
    describe: (error) => describeError(this.localize, error),
    done: (order) => {
      this.replace(order);
      this.announcement = this.localize.term(
        'paidAnnouncement',
        this.money(order, order.total_amount),
      );
      this.focusAfterRender(`[data-id="${order.id}"] [part=details-button]`);
      this.dispatchEvent(new PortalOrderPaidEvent(order));
    },
  });

  private readonly documents = new OrderDocuments(this);

  private money = (order: CustomerOrder, amount: number) =>
    formatMoney(amount, order.currency, this.localize.lang());

  private describe = (error: unknown) => describeError(this.localize, error);

  private replace(order: CustomerOrder): void {
    const items = this.orders.value?.items;
    const index = items?.findIndex((o) => o.id === order.id) ?? -1;
    if (items && index >= 0) items[index] = order;
    this.requestUpdate();
  }

  private toggle(order: CustomerOrder): void {
    const open = new Set(this.expanded);
    if (!open.delete(order.id)) open.add(order.id);
    this.expanded = open;
  }

  private async downloadInvoice(order: CustomerOrder): Promise<void> {
    if (!this.session || this.documents.busy) return;
    if (!order.is_invoice_generated && (!order.billing_name || !order.billing_address)) {
      this.editBilling(order, this.localize.term('invoiceNeedsDetails'));
      return;
    }
    this.actionError = null;
    const client = this.session.client;
    try {
      const outcome = await this.documents.fetchAndOpen(order.id, 'invoice', async () => {
        if (!order.is_invoice_generated) await client.generateInvoice(order.id);
        return (await this.waitForInvoice(order.id)).url;
      });
      if (outcome.kind === 'refused') return this.documentOutcome(order, 'invoice', outcome);
      const updated = await client.getOrder(order.id);
      this.replace(updated);
      this.documentOutcome(updated, 'invoice', outcome);
      this.dispatchEvent(new PortalInvoiceGeneratedEvent(updated, outcome.url));
    } catch (error) {
      this.actionError = this.describe(error);
    }
  }

  /** Polar renders the invoice in the background (202): ask until it exists, for a while. */
  private async waitForInvoice(id: string, attempts = 10): Promise<{ url: string }> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.session!.client.getInvoice(id);
      } catch (error) {
        const notYet = error instanceof PortalApiError && error.status === 404;
        if (!notYet || attempt >= attempts) throw error;
        await sleep(500 * attempt);
      }
    }
  }

  private async openReceipt(order: CustomerOrder): Promise<void> {
    if (!this.session || this.documents.busy) return;
    this.actionError = null;
    const client = this.session.client;
    try {
      const outcome = await this.documents.fetchAndOpen(
        order.id,
        'receipt',
        async () => (await client.getReceipt(order.id))?.url,
      );
      this.documentOutcome(order, 'receipt', outcome);
    } catch (error) {
      this.actionError = this.describe(error);
    }
  }

  /** Says what happened: opened, ready behind its link (focused), or refused. */
  private documentOutcome(order: CustomerOrder, type: DocumentType, outcome: DocumentOutcome) {
    const t = this.localize;
    if (outcome.kind === 'refused') {
      this.actionError = t.term('linkRefused');
    } else if (outcome.kind === 'link') {
      this.announcement = t.term(type === 'invoice' ? 'invoiceReady' : 'receiptReady');
      this.focusAfterRender(`[data-id="${order.id}"] [part=${type}-link]`);
    } else {
      this.announcement =
        type === 'invoice'
          ? t.term('invoiceOpened', order.invoice_number ?? '')
          : t.term('receiptOpened');
    }
  }

  private editBilling(order: CustomerOrder, error: string | null = null): void {
    this.draft = {
      orderId: order.id,
      name: order.billing_name ?? '',
      address: draftOf(order.billing_address),
      errors: {},
      busy: false,
      error,
    };
    this.focusAfterRender(`#billing-${order.id}-name`);
  }

  private async saveBilling(): Promise<void> {
    const draft = this.draft;
    if (!draft || !this.session || draft.busy) return;
    this.draft = { ...draft, busy: true, error: null, errors: {} };
    try {
      const order = await this.session.client.updateOrder(draft.orderId, {
        billing_name: draft.name.trim() || null,
        billing_address: draft.address.country ? addressInput(draft.address) : null,
      });
      this.replace(order);
      this.draft = null;
      this.announcement = this.localize.term('billingSaved');
      this.focusAfterRender(`[data-id="${order.id}"] [part=edit-billing-button]`);
      this.dispatchEvent(new PortalOrderUpdatedEvent(order));
    } catch (error) {
      const errors = error instanceof PortalApiError ? error.fieldErrors : {};
      const known = Object.keys(errors).length > 0;
      this.draft = {
        ...draft,
        busy: false,
        errors,
        error: known ? this.localize.term('fixErrors') : this.describe(error),
      };
    }
  }

  private async openRetry(order: CustomerOrder, opener: EventTarget | null): Promise<void> {
    if (!this.session) return;
    this.actionError = null;
    try {
      const [customer, methods] = await Promise.all([
        this.session.client.getCustomer(),
        this.session.client.listPaymentMethods({ limit: 100 }),
      ]);
      const method =
        methods.items.find((m) => m.id === customer.default_payment_method_id) ??
        methods.items[0] ??
        null;
      await this.retry.open({ order, method }, opener);
    } catch (error) {
      this.actionError = this.describe(error);
    }
  }

  override render(): TemplateResult {
    const t = this.localize;
    if (this.session?.status !== 'signed-in')
      return html`<p part="signed-out">${t.term('ordersSignIn')}</p>`;
    if (!this.canManageBilling) return html`<p part="forbidden">${t.term('ordersForMembers')}</p>`;
    return html`<section aria-labelledby="heading">
      <h2 id="heading">${t.term('ordersHeading')}</h2>
      ${this.orders.task.render({
        pending: () => renderLoading(t.term('ordersLoading')),
        error: (error) => renderLoadError(t, error, () => this.orders.retry()),
        complete: (page) => (page ? this.renderList(page) : nothing),
      })}
      ${this.actionError ? html`<p class="error" role="alert">${this.actionError}</p>` : nothing}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${this.retry.render(({ order, method }) => {
        const amount = this.money(order, order.total_amount);
        return {
          heading: t.term('retryHeading', amount),
          body: method
            ? t.term('retryWithCard', amount, cardName(t, method))
            : t.term('retryNoCard'),
          confirm: t.term('retryConfirm'),
          busy: t.term('retrying'),
          keep: t.term('retryKeep'),
        };
      })}
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
    const failed = order.status === 'pending' && Boolean(order.next_payment_attempt_at);
    const invoices = !this.isHidden('invoices');
    const editable =
      this.canChange('invoices') &&
      this.canChange('billing-details') &&
      !order.is_invoice_generated;
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
                @click=${(e: Event) => void this.openRetry(order, e.currentTarget)}
              >
                ${t.term('retryPayment')}
              </button>`
            : nothing
        }
      </div>
      ${
        open
          ? renderOrderDetail(t, order, {
              invoice:
                invoices && order.status !== 'draft' && order.status !== 'void'
                  ? this.documents.action(
                      order.id,
                      'invoice',
                      () => void this.downloadInvoice(order),
                    )
                  : null,
              receipt:
                invoices && order.receipt_number
                  ? this.documents.action(order.id, 'receipt', () => void this.openReceipt(order))
                  : null,
              edit: editable ? () => this.editBilling(order) : null,
              draft: this.draft?.orderId === order.id ? this.draft : null,
              form: {
                name: (name) => this.draft && (this.draft = { ...this.draft, name }),
                address: (field, value) =>
                  this.draft &&
                  (this.draft = {
                    ...this.draft,
                    address: { ...this.draft.address, [field]: value },
                  }),
                save: () => void this.saveBilling(),
                cancel: () => {
                  this.draft = null;
                  this.focusAfterRender(`[data-id="${order.id}"] [part=details-button]`);
                },
              },
            })
          : nothing
      }
    </li>`;
  }
}

function orderStatus(t: PortalElement['localize'], order: CustomerOrder) {
  if (order.status === 'pending' && order.next_payment_attempt_at)
    return { key: 'failed', label: t.term('orderStatusFailed') };
  const labels = {
    paid: t.term('orderStatusPaid'),
    pending: t.term('orderStatusPending'),
    refunded: t.term('orderStatusRefunded'),
    partially_refunded: t.term('orderStatusPartiallyRefunded'),
    void: t.term('orderStatusVoid'),
    draft: t.term('orderStatusDraft'),
  };
  return { key: order.status, label: labels[order.status] };
}

function cardName(t: PortalElement['localize'], method: CustomerPaymentMethod): string {
  if ('method_metadata' in method && method.method_metadata.last4)
    return t.term('cardEnding', method.method_metadata.brand ?? '', method.method_metadata.last4);
  return method.type;
}
