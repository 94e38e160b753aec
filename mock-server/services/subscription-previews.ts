import type { SubscriptionChargePreview } from '../../src/api/types.js';
import type { SubscriptionRow } from '../db/rows.js';
import { taxOn } from '../pricing.js';
import type { MockState } from '../state.js';

/** What a renewal or a plan or seat change would charge (reference.md §4.3); nothing changes. */

/** Share of the current period still ahead, between 0 and 1. */
function remainingShare(state: MockState, row: SubscriptionRow): number {
  const start = Date.parse(row.current_period_start);
  const end = Date.parse(row.current_period_end);
  if (end <= start) return 0;
  return Math.min(1, Math.max(0, (end - state.clock.now()) / (end - start)));
}

function preview(
  base: number,
  prorations: { label: string; amount: number }[],
): SubscriptionChargePreview {
  const proration = prorations.reduce((sum, p) => sum + p.amount, 0);
  const subtotal = Math.max(0, base + proration);
  const tax = taxOn(subtotal);
  return {
    base_amount: base,
    metered_amount: 0,
    proration_amount: proration,
    prorations,
    subtotal_amount: subtotal,
    discount_amount: 0,
    net_amount: subtotal,
    tax_amount: tax,
    total_amount: subtotal + tax,
    applied_balance_amount: 0,
    due_amount: subtotal + tax,
  };
}

/** The next renewal's charge. */
export const chargePreview = (row: SubscriptionRow) => preview(row.amount, []);

/**
 * The next renewal's charge after a plan or seat change, with the organization's proration:
 * `prorate` credits the unused share of the old amount and charges the share of the new one.
 */
export function changePreview(
  state: MockState,
  row: SubscriptionRow,
  newAmount: number,
  label: string,
): SubscriptionChargePreview {
  const org = state.db.organization(state.db.customer(row.customer_id)!.organization_id)!;
  if (org.proration_behavior === 'next_period' || org.proration_behavior === 'reset')
    return preview(newAmount, []);
  const share = remainingShare(state, row);
  const oldProduct = state.db.products.find((p) => p.id === row.product_id)!;
  return preview(newAmount, [
    { label: `Unused time on ${oldProduct.name}`, amount: -Math.round(row.amount * share) },
    { label: `Remaining time on ${label}`, amount: Math.round(newAmount * share) },
  ]);
}
