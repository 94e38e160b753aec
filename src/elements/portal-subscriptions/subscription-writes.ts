import type { CustomerSubscription } from '../../api/types.js';
import {
  PortalSubscriptionUncanceledEvent,
  PortalSubscriptionUpdatedEvent,
} from '../../events/subscription-events.js';
import { actionButton, actionKey } from './subscription-actions.js';
import type { ChangeContext } from './subscription-change.js';

/**
 * The one-click writes of a subscription, each an action of the element through the session's
 * store: the outcome shows under the subscription and is announced, the event fires, and focus
 * moves to the button that took the used one's place.
 */

/** Withdraws a pending cancellation. */
export function resumeSubscription(ctx: ChangeContext, subscription: CustomerSubscription): void {
  const store = ctx.session()?.store;
  if (!store) return;
  void ctx.actions.run(
    actionKey('resume', subscription.id),
    () => store.updateSubscription(subscription.id, { cancel_at_period_end: false }),
    {
      success: (updated) => ctx.localize.term('resumedAnnouncement', updated.product.name),
      event: (updated) => new PortalSubscriptionUncanceledEvent(updated),
      focus: () => actionButton(subscription.id, 'cancel-button'),
    },
  );
}

/** Withdraws a scheduled pause (Polar's `cancel_scheduled_pause`): it renews as usual. */
export function cancelScheduledPause(ctx: ChangeContext, subscription: CustomerSubscription): void {
  const store = ctx.session()?.store;
  if (!store) return;
  void ctx.actions.run(
    actionKey('cancel-pause', subscription.id),
    () => store.updateSubscription(subscription.id, { pause_at_period_end: false }),
    {
      success: (updated) => ctx.localize.term('pauseCancelledAnnouncement', updated.product.name),
      event: (updated) => new PortalSubscriptionUpdatedEvent(updated),
      focus: () => actionButton(subscription.id, 'pause-button'),
    },
  );
}
