import type { SubscriptionChargePreview } from '../../src/api/types.js';
import type { ProrationRow, SubscriptionRow } from '../db/rows.js';
import { discountOn, taxOn } from '../pricing.js';
import type { MockState } from '../state.js';

/** The customer's billing credit (positive) or debt (negative), in the subscription's currency. */
export const walletBalance = (state: MockState, row: SubscriptionRow): number =>
  state.db.wallets.find((w) => w.customer_id === row.customer_id && w.currency === row.currency)
    ?.balance ?? 0;

/** `amounts` `apply_wallet_balance`: charges consume credit, credits clear debt. */
export function appliedBalance(total: number, balance: number): number {
  if (total >= 0) return 0 - Math.min(total, balance);
  if (balance < 0) return Math.min(-total, -balance);
  return 0;
}

/**
 * An invoice's amounts (`amounts` `compute_order_amounts`, `order-svc`
 * `build_subscription_order`): proration lines are never discounted again, only the
 * `discountable` cycle amount; tax on the rest; the wallet applied last.
 */
export function invoiceAmounts(
  state: MockState,
  row: SubscriptionRow,
  lines: { base: number; discountable: number; prorations: ProrationRow[] },
): SubscriptionChargePreview {
  const prorationAmount = lines.prorations.reduce((sum, p) => sum + p.amount, 0);
  const subtotal = lines.base + lines.discountable + prorationAmount;
  const discount = discountOn(row.discount, lines.base + lines.discountable);
  const hasAddress = state.db.customer(row.customer_id)!.billing_address !== null;
  const tax = taxOn(subtotal - discount, hasAddress);
  const net = subtotal - discount;
  const total = net + tax;
  const applied = appliedBalance(total, walletBalance(state, row));
  return {
    base_amount: lines.base,
    metered_amount: 0,
    proration_amount: prorationAmount,
    prorations: lines.prorations,
    subtotal_amount: subtotal,
    discount_amount: discount,
    net_amount: net,
    tax_amount: tax,
    total_amount: total,
    applied_balance_amount: applied,
    due_amount: Math.max(0, total + applied),
  };
}
