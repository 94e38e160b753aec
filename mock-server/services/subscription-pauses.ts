import { isoDate } from '../clock.js';
import type { SubscriptionRow } from '../db/rows.js';
import { polarError, polarValidationError } from '../errors.js';
import { dayOf, nextPeriodEnd } from '../pricing.js';
import type { MockState } from '../state.js';
import { subscriptionChanged } from '../webhooks/emit.js';
import { organizationOf } from './subscription-billing.js';
import { grantSubscriptionBenefits, revokeSubscriptionBenefits } from './subscription-benefits.js';
import { billCycle } from './subscription-invoices.js';
import { requirePaymentMethod } from './subscriptions.js';

/**
 * Pausing and resuming (reference.md §4.3) as Polar's `SubscriptionService` does it: a pause is
 * scheduled for the period's end (`pause`) or withdrawn (`cancel_scheduled_pause`); the period's
 * end pauses instead of renewing, with no order and the benefits revoked (`cycle`); a resume,
 * by the customer or at `resumes_at` (`SubscriptionResumeJobStore`), starts a fresh period from
 * then and bills it (`resume`). Checks and writes with no `await` between.
 */

/** `Subscription.can_pause`. */
const canPause = (row: SubscriptionRow) =>
  row.status === 'active' && !row.cancel_at_period_end && !row.pause_at_period_end && !row.ends_at;

/** `Subscription.can_cancel_scheduled_pause`. */
const canCancelScheduledPause = (row: SubscriptionRow) =>
  row.pause_at_period_end && row.status === 'active';

/** `Subscription.can_resume`. */
const canResume = (row: SubscriptionRow) => row.status === 'paused';

/** `CustomerSubscriptionService.update`: the merchant's `subscription.pause` switch. */
function assertPauseAllowed(state: MockState, row: SubscriptionRow): void {
  if (!organizationOf(state, row).customer_portal_settings.subscription.pause) {
    throw polarError(
      403,
      'PauseResumeNotAllowed',
      'Pausing or resuming a subscription is not allowed.',
    );
  }
}

/**
 * `SubscriptionService.pause`: pauses at the period's end, until `resumesAt` (after that end)
 * or until resumed. `echo` is the date as the error quotes it back.
 */
export function schedulePause(
  state: MockState,
  given: SubscriptionRow,
  resumesAt: { ms: number; echo: string } | null,
): SubscriptionRow {
  const row = state.db.subscriptions.latest(given);
  assertPauseAllowed(state, row);
  if (!canPause(row))
    throw polarError(409, 'CannotPauseSubscription', 'This subscription cannot be paused.');
  if (resumesAt && resumesAt.ms <= Date.parse(row.current_period_end)) {
    throw polarValidationError([
      {
        type: 'value_error',
        loc: ['body', 'resumes_at'],
        msg: 'resumes_at must be after the current period end.',
        input: resumesAt.echo,
      },
    ]);
  }
  const next = state.db.subscriptions.update(row, {
    pause_at_period_end: true,
    resumes_at: resumesAt && isoDate(resumesAt.ms),
  });
  subscriptionChanged(state, next);
  return next;
}

/** `SubscriptionService.cancel_scheduled_pause`. */
export function cancelScheduledPause(state: MockState, given: SubscriptionRow): SubscriptionRow {
  const row = state.db.subscriptions.latest(given);
  assertPauseAllowed(state, row);
  if (!canCancelScheduledPause(row)) {
    throw polarError(409, 'NoScheduledPause', 'This subscription is not scheduled to be paused.');
  }
  const next = state.db.subscriptions.update(row, { pause_at_period_end: false, resumes_at: null });
  subscriptionChanged(state, next);
  return next;
}

/**
 * The period's end of a subscription due to pause (`svc` `cycle`, which the mock runs when the
 * subscription is next read): paused as of that end, nothing billed, its benefits revoked.
 */
export function pauseAtPeriodEnd(state: MockState, row: SubscriptionRow): SubscriptionRow {
  const at = row.current_period_end;
  const next = state.db.subscriptions.update(row, {
    status: 'paused',
    paused_at: at,
    pause_at_period_end: false,
  });
  revokeSubscriptionBenefits(state, next, at);
  subscriptionChanged(state, next, 'subscription.paused');
  return next;
}

/**
 * `SubscriptionService.resume` at `at`: active again, a fresh period from `at` anchored on its
 * day, the benefits granted again, and the period billed at once in the background with the
 * prorations left for it (`subscription_cycle`); a declined card makes it past due.
 */
function resumeFrom(state: MockState, row: SubscriptionRow, at: number): SubscriptionRow {
  const start = isoDate(at);
  const next = state.db.subscriptions.update(row, {
    status: 'active',
    paused_at: null,
    resumes_at: null,
    anchor_day: dayOf(start),
    current_period_start: start,
    current_period_end: nextPeriodEnd(start, row.recurring_interval, row.recurring_interval_count),
    pending_prorations: [],
  });
  grantSubscriptionBenefits(state, next, start);
  subscriptionChanged(state, next, 'subscription.resumed');
  // Polar's order job runs after the resume's webhooks; its failure is `mark_past_due`'s.
  const billed = billCycle(state, next, row.pending_prorations);
  if (billed.status === 'past_due') subscriptionChanged(state, billed, 'subscription.past_due');
  return billed;
}

/**
 * The customer resumes now (`CustomerSubscriptionService.resume`): the merchant's switch, a card
 * unless every price is free, then `SubscriptionService.resume`.
 */
export function resume(state: MockState, given: SubscriptionRow): SubscriptionRow {
  const row = state.db.subscriptions.latest(given);
  assertPauseAllowed(state, row);
  if (!canResume(row))
    throw polarError(409, 'NotPausedSubscription', 'This subscription is not paused.');
  requirePaymentMethod(state, row, 'resuming');
  return resumeFrom(state, row, state.clock.now());
}

/** Whether a paused subscription's `resumes_at` has come by `now` (`subscription.resume` task). */
export const resumeDue = (row: SubscriptionRow, now: number) =>
  canResume(row) && row.resumes_at !== null && Date.parse(row.resumes_at) <= now;

/** The scheduled resume, at `resumes_at`: no card is asked for (the task does not ask). */
export const resumeScheduled = (state: MockState, row: SubscriptionRow): SubscriptionRow =>
  resumeFrom(state, row, Date.parse(row.resumes_at!));
