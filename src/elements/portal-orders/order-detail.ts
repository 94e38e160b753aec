import { paymentFailed } from './order-payment.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { CustomerOrder } from '../../api/types.js';
import { formatAddress } from '../../internal/address-fields.js';
import { formatMoney } from '../../internal/format.js';
import type { PortalLocalize } from '../../internal/localize.js';
import type { DocumentAction } from './order-documents.js';

export interface OrderDetailOptions {
  /** `null` when invoices are hidden. */
  invoice: null | DocumentAction;
  /** `null` when invoices are hidden or the order has no receipt. */
  receipt: null | DocumentAction;
  /** `null` when billing details may not be edited (role, merchant switch, invoice issued). */
  edit: null | (() => void);
  /** The billing details form while it is open, in place of the buttons. */
  form: TemplateResult | typeof nothing;
  /** How the last document or billing action of this order ended, under its buttons. */
  outcome: TemplateResult | typeof nothing;
}

/**
 * One order in full: its lines, subtotal, discount, tax, total and refunds; who it is billed to;
 * the invoice and receipt; and the billing details form while it is open.
 */
export function renderOrderDetail(
  t: PortalLocalize,
  order: CustomerOrder,
  options: OrderDetailOptions,
): TemplateResult {
  const money = (amount: number) => formatMoney(amount, order.currency, t.lang());
  const address = formatAddress(order.billing_address, t.lang());
  return html`<div part="detail" class="detail" id="order-${order.id}">
    <table part="items">
      <thead>
        <tr>
          <th scope="col">${t.term('orderItem')}</th>
          <th scope="col">${t.term('orderAmount')}</th>
        </tr>
      </thead>
      <tbody>
        ${order.items.map(
          (item) =>
            html`<tr>
              <th scope="row">${item.label}</th>
              <td>${money(item.amount)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    <dl part="totals">
      <dt>${t.term('orderSubtotal')}</dt>
      <dd>${money(order.subtotal_amount)}</dd>
      ${
        order.discount_amount
          ? html`<dt>${t.term('orderDiscount')}</dt>
              <dd>−${money(order.discount_amount)}</dd>`
          : nothing
      }
      <dt>${t.term('orderTax')}</dt>
      <dd>${money(order.tax_amount)}</dd>
      <dt><strong>${t.term('orderTotal')}</strong></dt>
      <dd><strong>${money(order.total_amount)}</strong></dd>
      ${
        order.refunded_amount
          ? html`<dt>${t.term('orderRefundedTotal')}</dt>
              <dd>−${money(order.refunded_amount + order.refunded_tax_amount)}</dd>`
          : nothing
      }
    </dl>
    <p>
      <strong>${t.term('orderBilledTo')}:</strong>
      ${
        order.billing_name || address
          ? [order.billing_name, address].filter(Boolean).join(', ')
          : t.term('orderNoBillingDetails')
      }
    </p>
    ${
      options.form !== nothing
        ? options.form
        : html`<div class="actions">
            ${
              options.invoice
                ? renderDocument(options.invoice, 'invoice', '', {
                    open: t.term('downloadInvoice'),
                    busy: t.term('preparingInvoice'),
                    link: t.term('openInvoice'),
                  })
                : nothing
            }
            ${
              options.receipt
                ? renderDocument(options.receipt, 'receipt', 'secondary', {
                    open: t.term('downloadReceipt'),
                    busy: t.term('preparingReceipt'),
                    link: t.term('openReceipt'),
                  })
                : nothing
            }
            ${
              options.edit
                ? html`<button
                    type="button"
                    class="secondary"
                    part="edit-billing-button"
                    @click=${options.edit}
                  >
                    ${t.term('editBillingDetails')}
                  </button>`
                : nothing
            }
          </div>`
    }
    ${options.outcome}
  </div>`;
}

/**
 * A document's button or, once its checked address is known and it could not be opened at the
 * click, its link (which opens a new tab with `noopener` too, by the customer's own click).
 */
function renderDocument(
  action: DocumentAction,
  type: 'invoice' | 'receipt',
  style: '' | 'secondary',
  labels: { open: string; busy: string; link: string },
): TemplateResult {
  if (action.link)
    return html`<a
      part="${type}-link"
      class="button ${style}"
      href=${action.link}
      target="_blank"
      rel="noopener noreferrer"
      @click=${action.followed}
      >${labels.link}</a
    >`;
  return html`<button
    type="button"
    class=${style}
    part="${type}-button"
    ?disabled=${action.busy}
    @click=${action.open}
  >
    ${action.busy ? labels.busy : labels.open}
  </button>`;
}

/** An order's badge: its style key and label; a payment that failed says so. */
export function orderStatus(t: PortalLocalize, order: CustomerOrder) {
  if (paymentFailed(order)) return { key: 'failed', label: t.term('orderStatusFailed') };
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
