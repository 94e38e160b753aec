import { isSeatBasedPrice } from '../../src/domain/seat-based.js';
import { isoDate } from '../clock.js';
import type {
  OrganizationRow,
  PendingUpdateRow,
  PriceRow,
  ProductRow,
  ProrationRow,
  SubscriptionRow,
} from '../db/rows.js';
import { polarValidationError } from '../errors.js';
import {
  discountOn,
  nextPeriodEnd,
  periodAmount,
  periodShare,
  roundHalfEven,
  truncate,
  WHOLE,
} from '../pricing.js';
import type { MockState } from '../state.js';
import { periodLabel, priceLabel } from './proration-labels.js';

/**
 * What a plan or seat change does to a subscription's money, worked out without changing
 * anything: the proration rows, whether they are invoiced now, what the subscription becomes,
 * or the pending update that waits for the period's end. Previews show a plan; the change
 * services carry it out. Each step mirrors the Polar function named beside it.
 */

export type ProrationBehavior = OrganizationRow['proration_behavior'];

export interface ChangePlan {
  behavior: ProrationBehavior;
  /** `next_period`: the change waits, stored as this (product and/or seats); nothing else moves. */
  pending: Pick<PendingUpdateRow, 'product_id' | 'seats'> | null;
  /** What the subscription becomes now (when not pending). */
  patch: Partial<SubscriptionRow>;
  /** New proration rows (credits negative). */
  prorations: ProrationRow[];
  /** Invoiced and charged within the request: a failed charge is a 402 and nothing changes. */
  invoiceNow: boolean;
  /** A trial that ends now: a whole first period of the new plan, billed in the background. */
  firstPeriod: number;
  trial: 'none' | 'continues' | 'ends';
}

export const organizationOf = (state: MockState, row: SubscriptionRow): OrganizationRow =>
  state.db.organization(state.db.customer(row.customer_id)!.organization_id)!;

export const priceOf = (state: MockState, row: SubscriptionRow): PriceRow => {
  const product = state.db.products.get(row.product_id)!;
  return product.prices.find((p) => p.id === row.price_id) ?? product.prices[0]!;
};

const emptyPlan = (behavior: ProrationBehavior): ChangePlan => ({
  behavior,
  pending: null,
  patch: {},
  prorations: [],
  invoiceNow: false,
  firstPeriod: 0,
  trial: 'none',
});

/**
 * The trial's end under `product`: `trial_start` plus the product's trial, or null when the
 * product has none or that moment has passed (`svc` `_resolve_trial_end`).
 */
function trialEndUnder(row: SubscriptionRow, product: ProductRow, now: number): string | null {
  if (!row.trial_start || !product.trial_interval || !product.trial_interval_count) return null;
  const end = nextPeriodEnd(row.trial_start, product.trial_interval, product.trial_interval_count);
  return Date.parse(end) <= now ? null : end;
}

/** A product change (`upd` `_generate_product_subscription_update`, `svc` `update_product`). */
export function planProductChange(
  state: MockState,
  row: SubscriptionRow,
  product: ProductRow,
): ChangePlan {
  const now = state.clock.now();
  const today = isoDate(now);
  const behavior = organizationOf(state, row).proration_behavior;
  const price = product.prices[0]!;
  // `svc` `_promote_seats_for_seat_transition`: from a plan without seats, the new plan's minimum.
  const promoted = isSeatBasedPrice(price) && !isSeatBasedPrice(priceOf(state, row));
  const minimum = isSeatBasedPrice(price) ? (price.seat_tiers[0]?.min_seats ?? 1) : null;
  const seats = promoted ? minimum : isSeatBasedPrice(price) ? (row.seats ?? minimum) : null;
  if (promoted && behavior === 'next_period') {
    throw polarValidationError([
      {
        type: 'value_error',
        loc: ['body', 'proration_behavior'],
        msg: "Switching from a non-seat to a seat-based product must apply immediately and can't use the 'next_period' proration behavior.",
        input: behavior,
      },
    ]);
  }
  const interval = product.recurring_interval!;
  const count = product.recurring_interval_count ?? 1;
  const amount = periodAmount(price, seats);
  const plan = emptyPlan(behavior);
  if (behavior === 'next_period') {
    // `SubscriptionUpdateRepository.upsert`: a product change replaces the product, keeps seats.
    plan.pending = { product_id: product.id, seats: row.pending_update?.seats ?? null };
    return plan;
  }
  const swap: Partial<SubscriptionRow> = {
    product_id: product.id,
    price_id: price.id,
    recurring_interval: interval,
    recurring_interval_count: count,
    seats,
    amount,
    // Any immediate product change deletes the pending update.
    pending_update: null,
  };
  if (row.status === 'trialing') {
    // `svc` `update_product` while trialing: no prorations; the trial goes on or ends now.
    const trialEnd = trialEndUnder(row, product, now);
    if (trialEnd) {
      plan.trial = 'continues';
      plan.patch = { ...swap, trial_end: trialEnd, current_period_end: trialEnd };
      return plan;
    }
    plan.trial = 'ends';
    plan.firstPeriod = amount;
    plan.patch = {
      ...swap,
      status: 'active',
      trial_end: today,
      current_period_start: today,
      current_period_end: nextPeriodEnd(today, interval, count),
    };
    return plan;
  }
  const intervalChanged =
    interval !== row.recurring_interval || count !== row.recurring_interval_count;
  const newCycle = intervalChanged || behavior === 'reset';
  const cycleStart = newCycle ? today : row.current_period_start;
  const cycleEnd = newCycle ? nextPeriodEnd(today, interval, count) : row.current_period_end;
  if (amount > 0) {
    // `upd` `_generate_product_debit_proration_billing_entries`: the new plan's time to come.
    const debit = roundHalfEven(
      amount - discountOn(row.discount, amount),
      periodShare(cycleStart, cycleEnd, now),
    );
    plan.prorations.push({
      label: `${priceLabel(product, price, seats)} — ${periodLabel(today, cycleEnd)}`,
      amount: debit,
    });
  }
  if (behavior !== 'reset' && row.amount > 0) {
    // `upd` `_generate_product_credit_proration_billing_entries`: the old plan's unused time.
    const oldProduct = state.db.products.get(row.product_id)!;
    const credit = roundHalfEven(
      row.amount - discountOn(row.discount, row.amount),
      periodShare(row.current_period_start, row.current_period_end, now),
    );
    plan.prorations.push({
      label: `Remaining time on ${priceLabel(oldProduct, priceOf(state, row), row.seats)} — ${periodLabel(today, row.current_period_end)}`,
      amount: -credit,
    });
  }
  // `svc` `update_product`: invoiced now for `invoice`/`reset`, and for any interval change.
  plan.invoiceNow =
    (behavior === 'invoice' || behavior === 'reset' || intervalChanged) &&
    plan.prorations.length > 0;
  plan.patch = { ...swap, current_period_start: cycleStart, current_period_end: cycleEnd };
  return plan;
}

/** A seat change (`upd` `_generate_quantity_subscription_update`, `svc` `update_seats`). */
export function planSeatChange(state: MockState, row: SubscriptionRow, seats: number): ChangePlan {
  const now = state.clock.now();
  const today = isoDate(now);
  const behavior = organizationOf(state, row).proration_behavior;
  const plan = emptyPlan(behavior);
  const price = priceOf(state, row);
  if (behavior === 'next_period') {
    plan.pending = { product_id: row.pending_update?.product_id ?? null, seats };
    return plan;
  }
  const amount = periodAmount(price, seats);
  // An immediate seat change keeps a pending product change but drops its seats.
  const pendingProduct = row.pending_update?.product_id
    ? { ...row.pending_update, seats: null, modified_at: today }
    : null;
  plan.patch = { seats, amount, pending_update: pendingProduct };
  if (row.status === 'trialing') return plan; // applied at once, with no rows and no invoice
  const oldAmount = periodAmount(price, row.seats);
  const effective = (total: number) => total - discountOn(row.discount, total);
  let change: number;
  let end = row.current_period_end;
  if (behavior === 'reset') {
    end = nextPeriodEnd(today, row.recurring_interval, row.recurring_interval_count);
    change = truncate(effective(amount), WHOLE);
    plan.patch = { ...plan.patch, current_period_start: today, current_period_end: end };
  } else {
    change = truncate(
      effective(amount) - effective(oldAmount),
      periodShare(row.current_period_start, row.current_period_end, now),
    );
  }
  const product = state.db.products.get(row.product_id)!;
  if (change !== 0) {
    plan.prorations.push({
      label: `${product.name} (${row.seats ?? 0} → ${seats} seats) — ${periodLabel(today, end)}`,
      amount: change,
    });
  }
  plan.invoiceNow = (behavior === 'invoice' || behavior === 'reset') && change !== 0;
  return plan;
}
