import type { SubscriptionChargePreview } from '../../src/api/types.js';
import { isSeatBasedPrice } from '../../src/domain/seat-based.js';
import type { SubscriptionRow } from '../db/rows.js';
import { periodAmount } from '../pricing.js';
import type { MockState } from '../state.js';
import { invoiceAmounts } from './invoice-amounts.js';
import { priceOf, type ChangePlan } from './subscription-billing.js';

/** What a renewal or a plan or seat change would charge (reference.md §4.3); nothing changes. */

/**
 * The next renewal's charge (`svc` `_compute_charge_preview`): the pending update applied
 * virtually, nothing for the cycle once a cancellation is scheduled, the discount on the cycle,
 * the prorations still waiting for this invoice, tax and the wallet.
 */
export function chargePreview(state: MockState, row: SubscriptionRow): SubscriptionChargePreview {
  const pending = row.pending_update;
  const product = state.db.products.get(pending?.product_id ?? row.product_id)!;
  const price = pending?.product_id ? product.prices[0]! : priceOf(state, row);
  const seats = isSeatBasedPrice(price) ? (pending?.seats ?? row.seats) : null;
  const ending = row.cancel_at_period_end || row.ends_at !== null;
  return invoiceAmounts(state, row, {
    base: ending ? 0 : periodAmount(price, seats),
    discountable: 0,
    prorations: row.pending_prorations,
  });
}

/**
 * A change's preview (`svc` `_compute_change_preview`): `base_amount` is always 0; the
 * prorations are the rows still pending plus the change's own; a `next_period` change or a
 * trial that goes on adds nothing; a trial that ends bills the new plan's first period whole,
 * as a discountable line (`subtotal` and `due`, not `proration_amount`).
 */
export function changePreview(
  state: MockState,
  row: SubscriptionRow,
  plan: ChangePlan,
): SubscriptionChargePreview {
  return invoiceAmounts(state, row, {
    base: 0,
    discountable: plan.firstPeriod,
    prorations: [...row.pending_prorations, ...(plan.pending ? [] : plan.prorations)],
  });
}
