import type { AddressRow, OrderRow } from '../db/rows.js';
import { isoDate } from '../clock.js';
import { polarError, polarValidationError } from '../errors.js';
import type { MockState } from '../state.js';
import { orderChanged } from '../webhooks/emit.js';

/**
 * Billing details, invoices and receipts of an order (reference.md §4.4; payments are in
 * `payments.ts`). Each function checks and changes with no `await` in between.
 */

/**
 * Edits the billing details an invoice will carry, as Polar's `order/service.py` `update`: once
 * an address is set, its country and state are fixed (they decided the tax), and what was sent
 * is stored as sent (`model_dump(exclude_unset=True)`): a null clears a field.
 */
export function updateBillingDetails(
  state: MockState,
  given: OrderRow,
  update: { billing_name?: string | null; billing_address?: AddressRow | null },
): OrderRow {
  const order = state.db.orders.latest(given);
  const next = update.billing_address;
  const current = order.billing_address;
  if (next && current) {
    const issues = [];
    if (next.country !== current.country) {
      issues.push({
        type: 'value_error',
        loc: ['body', 'billing_address', 'country'],
        msg: 'Country cannot be changed',
        input: next.country,
      });
    }
    if ((next.state ?? null) !== (current.state ?? null)) {
      issues.push({
        type: 'value_error',
        loc: ['body', 'billing_address', 'state'],
        msg: 'State cannot be changed',
        input: next.state,
      });
    }
    if (issues.length) throw polarValidationError(issues);
  }
  const updated = state.db.orders.update(order, {
    ...(update.billing_name !== undefined && { billing_name: update.billing_name }),
    ...(next !== undefined && { billing_address: next }),
  });
  orderChanged(state, updated, 'order.updated');
  return updated;
}

/** Marks the invoice generated: Polar renders it in a background job and answers 202. */
export function generateInvoice(state: MockState, given: OrderRow): OrderRow {
  const order = state.db.orders.latest(given);
  if (order.status === 'draft' || order.status === 'void') {
    throw polarError(
      409,
      'OrderNotEligibleForInvoice',
      `Order ${order.id} is not eligible for invoice generation (current status: ${order.status}).`,
    );
  }
  if (order.billing_name === null || order.billing_address === null) {
    throw polarError(
      422,
      'MissingInvoiceBillingDetails',
      'Billing name and address are required to generate an invoice for this order.',
    );
  }
  const updated = state.db.orders.update(order, { is_invoice_generated: true });
  orderChanged(state, updated, 'order.updated');
  return updated;
}

/** How long the mock takes to render a receipt once asked (Polar's `receipt.render` job). */
export const RECEIPT_RENDER_MS = 1500;

/**
 * The receipt's address once its PDF exists, or null (a 202) while it is being rendered. The
 * first request queues the rendering, as Polar's `receipt/service.py` `get_pdf_url_or_status`
 * does; an order without a receipt number has none (`ReceiptNotAllocated`).
 */
export function receiptStatus(state: MockState, given: OrderRow): 'ready' | 'rendering' {
  const order = state.db.orders.latest(given);
  if (!order.receipt_number)
    throw polarError(404, 'ReceiptNotAllocated', `No receipt allocated for order ${order.id}.`);
  const now = state.clock.now();
  if (order.receipt_ready_at === null) {
    state.db.orders.update(order, { receipt_ready_at: isoDate(now + RECEIPT_RENDER_MS) });
    return 'rendering';
  }
  return Date.parse(order.receipt_ready_at) <= now ? 'ready' : 'rendering';
}
