import type { OrderBillingReason, SubscriptionChargePreview } from '../../src/api/types.js';
import { isoDate } from '../clock.js';
import { newId } from '../db/ids.js';
import type { OrderRow, PaymentMethodRow, ProrationRow, SubscriptionRow } from '../db/rows.js';
import { polarError } from '../errors.js';
import { taxOn } from '../pricing.js';
import type { MockState } from '../state.js';
import { offSessionCharge } from '../test-cards.js';
import { orderChanged } from '../webhooks/emit.js';
import { invoiceAmounts, organizationOf } from './subscription-billing.js';

/**
 * The orders a subscription's billing makes: an update invoiced at once (charged within the
 * request, `order-svc` `create_subscription_order(payment_mode=sync)`), a renewal, and the first
 * period after a trial (charged in the background). The mock settles a successful charge at once;
 * Polar marks the order paid when Stripe's webhook arrives.
 */

/** Stripe's smallest charge in USD and EUR: less is kept as wallet debt (`trigger_payment`). */
const MINIMUM_CHARGE = 50;

const DAY_MS = 86_400_000;

/** The card the subscription is billed on: its own, else the customer's default. */
function billingCard(state: MockState, row: SubscriptionRow): PaymentMethodRow | undefined {
  const id = row.payment_method_id ?? state.db.customer(row.customer_id)!.default_payment_method_id;
  return id ? state.db.paymentMethods.get(id) : undefined;
}

/** Why an off-session charge fails, in Polar's reason words; null when it would succeed. */
export function chargeFailure(state: MockState, row: SubscriptionRow): string | null {
  const card = billingCard(state, row);
  if (!card) return 'missing_payment_method';
  return typeof offSessionCharge(card) === 'object' ? 'card_error' : null;
}

/**
 * Throws Polar's 402 when charging `due` now would fail (`order-svc` `PaymentFailed`): called
 * before anything is written, so a refused change leaves the store as it was (Polar rolls the
 * request's transaction back).
 */
export function assertChargeable(state: MockState, row: SubscriptionRow, due: number): void {
  if (due < MINIMUM_CHARGE) return;
  const reason = chargeFailure(state, row);
  if (reason) throw polarError(402, 'PaymentFailed', `Payment failed with reason: ${reason}.`);
}

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
}

/**
 * Writes the order for `row` (as it now is) and settles it: nothing to charge, or too little,
 * and it is paid at once (a credit goes to the wallet, a small due becomes wallet debt); else
 * the card pays, or, in the background, the order waits and the subscription is past due.
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
  const failure = due >= MINIMUM_CHARGE ? chargeFailure(state, row) : null;
  const paid = failure === null;
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
    next_payment_attempt_at: paid ? null : isoDate(now + 2 * DAY_MS),
    // The latest order's receipt is rendered when first asked for (a 202 first, as Polar's).
    receipt_ready_at: null,
    // The charge made for it (Polar's `Payment` row): paid, or declined and left to dunning.
    payments:
      due >= MINIMUM_CHARGE
        ? [
            {
              id: newId(),
              created_at: isoDate(now),
              status: paid ? 'succeeded' : 'failed',
              manual: false,
              payment_method_id: billingCard(state, row)?.id ?? null,
              confirmation_token_id: null,
              decline_message: failure === 'card_error' ? 'Your card was declined.' : null,
              settles_at: null,
              client_secret: null,
            },
          ]
        : [],
    seats: row.seats,
    items: items.map((item, index) => {
      // Each line's share of the tax; the last takes what rounding left, so they add up.
      const tax = index === items.length - 1 ? taxLeft : taxOn(item.amount, hasAddress);
      taxLeft -= tax;
      return { id: newId(), ...item, tax_amount: tax, product_price_id: row.price_id };
    }),
  };
  const stored = state.db.orders.insert(order);
  if (paid) {
    // A credit goes to the wallet; a charge used the credit it applied; too small a due is debt.
    const small = due > 0 && due < MINIMUM_CHARGE ? due : 0;
    moveWallet(
      state,
      row,
      amounts.total_amount < 0 ? -amounts.total_amount : amounts.applied_balance_amount - small,
    );
  }
  orderChanged(state, stored, 'order.created', ...(paid ? (['order.paid'] as const) : []));
  if (paid || lines.payment === 'sync') return state.db.subscriptions.latest(row);
  const nowIso = isoDate(now);
  return state.db.subscriptions.update(row, { status: 'past_due', past_due_at: nowIso });
}

/**
 * The order of a new period (`svc` `_create_cycle_billing_entries`, then `order-svc`
 * `create_subscription_order(subscription_cycle)`), for `row` as the new period has it: its
 * amount, discounted, and the prorations left for it; charged in the background. A period with
 * nothing to bill makes no order. A renewal and a resume bill the same way.
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
  });
}
