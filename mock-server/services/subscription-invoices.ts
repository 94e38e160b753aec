import type { OrderBillingReason, SubscriptionChargePreview } from '../../src/api/types.js';
import { isoDate } from '../clock.js';
import { newId } from '../db/ids.js';
import type { OrderRow, ProrationRow, SubscriptionRow } from '../db/rows.js';
import { taxOn } from '../pricing.js';
import type { MockState } from '../state.js';
import { orderChanged } from '../webhooks/emit.js';
import { invoiceAmounts } from './invoice-amounts.js';
import { settleIfDue } from './payments.js';
import { organizationOf } from './subscription-billing.js';
import { chargeOffSession } from './subscription-charges.js';

/**
 * The orders a subscription's billing makes: an update invoiced at once (charged within the
 * request, `order-svc` `create_subscription_order(payment_mode=sync)`), a renewal, a resume and
 * the first period after a trial (charged in the background). Every order is created `pending`
 * (`order-svc` `_create_order`) and charged as `subscription-charges.ts` says; a charge that
 * goes through is paid when Stripe's webhook arrives (`payments.ts` `settleDuePayments`).
 */

const DAY_MS = 86_400_000;

function nextInvoiceNumber(state: MockState, slug: string): string {
  const numbers = state.db.orders.all().map((o) => Number(o.invoice_number.split('-').at(-1)));
  const next = Math.max(0, ...numbers.filter(Number.isFinite)) + 1;
  return `${slug.toUpperCase()}-${String(next).padStart(4, '0')}`;
}

/** Moves the customer's billing wallet by `change` (credit positive), creating it if needed. */
function moveWallet(state: MockState, row: SubscriptionRow, change: number): void {
  if (change === 0) return;
  const wallet = state.db.wallets.find(
    (w) => w.customer_id === row.customer_id && w.currency === row.currency,
  );
  if (wallet) state.db.wallets.update(wallet, { balance: wallet.balance + change });
  else
    state.db.wallets.insert({
      customer_id: row.customer_id,
      balance: change,
      currency: row.currency,
    });
}

export interface BillLines {
  reason: OrderBillingReason;
  amounts: SubscriptionChargePreview;
  /** The cycle's own line (a renewal, the first period after a trial), before the prorations. */
  cycleLabel: string | null;
  /** `sync`: the caller checked the card (`assertChargeable`); `background`: a failure is dunning. */
  payment: 'sync' | 'background';
  /** When the charge is made: now, or the past moment of a renewal the mock makes late. */
  chargedAt?: number;
}

/**
 * Writes the order for `row` (as it now is) and charges it (`chargeOffSession`): nothing to
 * charge, or too little, and it is paid at once (a small due becomes wallet debt); a charge that
 * goes through leaves the order pending until its payment settles; in the background, a charge
 * that cannot go through leaves the order to dunning and the subscription past due. The wallet
 * moves when the order is made, whatever its payment (`_create_order`'s balance transaction).
 * Returns the subscription as it then is.
 */
export function billSubscription(
  state: MockState,
  row: SubscriptionRow,
  lines: BillLines,
): SubscriptionRow {
  const now = state.clock.now();
  const { amounts } = lines;
  const customer = state.db.customer(row.customer_id)!;
  const hasAddress = customer.billing_address !== null;
  const due = amounts.due_amount;
  const charge = chargeOffSession(state, row, due, lines.chargedAt ?? now);
  const paid = charge.outcome === 'paid';
  const dunning = charge.outcome === 'dunning';
  const items: { label: string; amount: number; proration: boolean }[] = [
    ...(lines.cycleLabel
      ? [{ label: lines.cycleLabel, amount: amounts.subtotal_amount - amounts.proration_amount }]
      : []
    ).map((item) => ({ ...item, proration: false })),
    ...amounts.prorations.map((p) => ({ ...p, proration: true })),
  ];
  const invoice = nextInvoiceNumber(state, organizationOf(state, row).slug);
  let taxLeft = amounts.tax_amount;
  const order: Omit<OrderRow, 'id' | 'created_at' | 'modified_at'> = {
    customer_id: row.customer_id,
    product_id: row.product_id,
    product_price_id: row.price_id,
    subscription_id: row.id,
    status: paid ? 'paid' : 'pending',
    billing_reason: lines.reason,
    subtotal_amount: amounts.subtotal_amount,
    discount_amount: amounts.discount_amount,
    tax_amount: amounts.tax_amount,
    applied_balance_amount: amounts.applied_balance_amount,
    refunded_amount: 0,
    refunded_tax_amount: 0,
    currency: row.currency,
    billing_name: customer.billing_name,
    billing_address: customer.billing_address,
    invoice_number: invoice,
    is_invoice_generated: false,
    receipt_number: paid ? `R-${invoice.split('-').at(-1)}` : null,
    next_payment_attempt_at: dunning ? isoDate(now + 2 * DAY_MS) : null,
    // The latest order's receipt is rendered when first asked for (a 202 first, as Polar's).
    receipt_ready_at: null,
    // The charge made for it (Polar's `Payment` row), if a card was charged.
    payments: charge.outcome === 'paid' || !charge.attempt ? [] : [charge.attempt],
    seats: row.seats,
    items: items.map((item, index) => {
      // Each line's share of the tax; the last takes what rounding left, so they add up.
      const tax = index === items.length - 1 ? taxLeft : taxOn(item.amount, hasAddress);
      taxLeft -= tax;
      return { id: newId(), ...item, tax_amount: tax, product_price_id: row.price_id };
    }),
  };
  const stored = state.db.orders.insert(order);
  // A credit goes to the wallet, a charge uses the credit it applied; too small a due is debt.
  moveWallet(
    state,
    row,
    amounts.total_amount < 0 ? -amounts.total_amount : amounts.applied_balance_amount,
  );
  if (paid && due > 0) moveWallet(state, row, -due);
  orderChanged(state, stored, 'order.created');
  if (paid) orderChanged(state, stored, 'order.updated', 'order.paid');
  // No card at all: `_create_order` dunned it at once and told the merchant.
  if (dunning && !charge.attempt) orderChanged(state, stored, 'order.updated');
  if (charge.outcome === 'confirmed') settleIfDue(state, stored);
  if (!dunning || lines.payment === 'sync') return state.db.subscriptions.latest(row);
  const nowIso = isoDate(now);
  return state.db.subscriptions.update(row, { status: 'past_due', past_due_at: nowIso });
}

/**
 * The order of a new period (`svc` `_create_cycle_billing_entries`, then `order-svc`
 * `create_subscription_order(subscription_cycle)`), for `row` as the new period has it: its
 * amount, discounted, and the prorations left for it; charged in the background. A period with
 * nothing to bill makes no order. A renewal and a resume bill the same way: Polar's `resume`
 * enqueues the same job, so a resume's failed charge is dunning, never a 402.
 */
export function billCycle(
  state: MockState,
  row: SubscriptionRow,
  prorations: readonly ProrationRow[],
): SubscriptionRow {
  const amounts = invoiceAmounts(state, row, {
    base: row.amount,
    discountable: 0,
    prorations: [...prorations],
  });
  if (amounts.subtotal_amount === 0 && amounts.prorations.length === 0) return row;
  return billSubscription(state, row, {
    reason: 'subscription_cycle',
    amounts,
    cycleLabel: state.db.products.get(row.product_id)!.name,
    payment: 'background',
    // Charged when the period starts: a renewal found late was charged back then.
    chargedAt: Date.parse(row.current_period_start),
  });
}
