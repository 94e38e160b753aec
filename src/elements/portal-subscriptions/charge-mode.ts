import type {
  CustomerProduct,
  CustomerSubscription,
  RecurringInterval,
  SubscriptionChargePreview,
} from '../../api/types.js';

/**
 * When a change is paid, read from the merchant's proration behaviour and the change, as
 * Polar's server decides it (`subscription/service.py` `update_product`, `update_seats`): the
 * preview's `due_amount` alone cannot say, since under `prorate` it shows a sum that is only
 * added to the next invoice. The dialogs word the preview and the consent from this.
 */
export type ChargeMode =
  /** Invoiced and charged now: `invoice`, `reset`, or a plan of another interval. */
  | { kind: 'now' }
  /** `prorate`, same interval: the lines ride on the next invoice, nothing is charged today. */
  | { kind: 'next-invoice'; date: string }
  /** `next_period`: nothing changes or is charged until `date`. */
  | { kind: 'scheduled'; date: string }
  /** A trial that goes on (under the new plan): nothing is charged before `date`. */
  | { kind: 'trial-continues'; date: string }
  /** A trial that ends now: the new plan's whole first period is charged. */
  | { kind: 'trial-ends' };

/** The change being priced: a plan (with its product) or a seat count. */
export type PricedChange = { plan: CustomerProduct } | { seats: number };

const DAY_MS = 86_400_000;

/** `start` plus `count` intervals (months keep their day, as Polar's periods do). */
export function addInterval(start: Date, interval: RecurringInterval, count = 1): Date {
  const date = new Date(start);
  if (interval === 'day') return new Date(date.getTime() + count * DAY_MS);
  if (interval === 'week') return new Date(date.getTime() + 7 * count * DAY_MS);
  date.setUTCMonth(date.getUTCMonth() + (interval === 'year' ? 12 : 1) * count);
  return date;
}

/** The trial's end under `plan`, measured from the trial's start; null if it would be over. */
function trialEndUnder(subscription: CustomerSubscription, plan: CustomerProduct): Date | null {
  if (!subscription.trial_start || !plan.trial_interval || !plan.trial_interval_count) return null;
  const end = addInterval(
    new Date(subscription.trial_start),
    plan.trial_interval,
    plan.trial_interval_count,
  );
  return end.getTime() > Date.now() ? end : null;
}

export function chargeMode(subscription: CustomerSubscription, change: PricedChange): ChargeMode {
  const behavior = subscription.product.organization.proration_behavior;
  if (behavior === 'next_period')
    return { kind: 'scheduled', date: subscription.current_period_end };
  if (subscription.status === 'trialing') {
    if (!('plan' in change))
      return {
        kind: 'trial-continues',
        date: subscription.trial_end ?? subscription.current_period_end,
      };
    const end = trialEndUnder(subscription, change.plan);
    return end ? { kind: 'trial-continues', date: end.toISOString() } : { kind: 'trial-ends' };
  }
  const intervalChanged =
    'plan' in change &&
    (change.plan.recurring_interval !== subscription.recurring_interval ||
      (change.plan.recurring_interval_count ?? 1) !== subscription.recurring_interval_count);
  if (behavior === 'invoice' || behavior === 'reset' || intervalChanged) return { kind: 'now' };
  return { kind: 'next-invoice', date: subscription.current_period_end };
}

/** What a product costs a period for `seats` seats (before discount and tax). */
export function productPeriodAmount(product: CustomerProduct, seats: number | null): number | null {
  const price = product.prices[0];
  if (!price) return null;
  if ('price_amount' in price) return price.price_amount;
  if ('seat_tiers' in price) {
    const count = seats ?? price.seat_tiers.minimum_seats;
    const tier =
      price.seat_tiers.tiers.find(
        (t) => count >= t.min_seats && (t.max_seats == null || count <= t.max_seats),
      ) ?? price.seat_tiers.tiers.at(-1);
    return tier ? tier.price_per_seat * count : null;
  }
  return null;
}

/** The invoice after this one: when, and the plan's price then (plus what `prorate` adds). */
export interface NextInvoice {
  date: string;
  amount: number;
  /** The preview's total, added to that invoice under `prorate`. */
  adjustment: number;
}

export function nextInvoice(
  subscription: CustomerSubscription,
  change: PricedChange,
  mode: ChargeMode,
  preview: SubscriptionChargePreview,
): NextInvoice | null {
  const product = 'plan' in change ? change.plan : subscription.product;
  const seats = 'seats' in change ? change.seats : (subscription.seats ?? null);
  const amount = productPeriodAmount(product as CustomerProduct, seats);
  if (amount === null || !product.recurring_interval) return null;
  const newCycle =
    mode.kind === 'trial-ends' ||
    (mode.kind === 'now' &&
      ('plan' in change
        ? product.recurring_interval !== subscription.recurring_interval ||
          subscription.product.organization.proration_behavior === 'reset'
        : subscription.product.organization.proration_behavior === 'reset'));
  const date = newCycle
    ? addInterval(
        new Date(),
        product.recurring_interval,
        product.recurring_interval_count ?? 1,
      ).toISOString()
    : 'date' in mode
      ? mode.date
      : subscription.current_period_end;
  return {
    date,
    amount,
    adjustment: mode.kind === 'next-invoice' ? preview.total_amount : 0,
  };
}
