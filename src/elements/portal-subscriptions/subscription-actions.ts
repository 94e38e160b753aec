import { html, nothing, type TemplateResult } from 'lit';
import type { CustomerSubscription } from '../../api/types.js';
import { isSeatBased } from '../../domain/seat-based.js';
import type { PortalLocalize } from '../../internal/localize.js';

/** The changes a customer makes to one subscription; each is one pending key per subscription. */
const SUBSCRIPTION_ACTIONS = [
  'cancel',
  'resume',
  'plan',
  'seats',
  'cancel-change',
  'pause',
  'cancel-pause',
  'resume-pause',
] as const;
export type SubscriptionAction = (typeof SUBSCRIPTION_ACTIONS)[number];

/** The ActionController key of `action` on `subscription`. */
export const actionKey = (action: SubscriptionAction, id: string): string => `${action}:${id}`;

/** Every key of one subscription, so its outcome shows next to it whichever action it was. */
export const actionKeys = (id: string): string[] =>
  SUBSCRIPTION_ACTIONS.map((action) => actionKey(action, id));

/** The button of each action, for moving focus to the one that replaced the button used. */
export const actionButton = (id: string, part: string): string =>
  `[data-id="${id}"] [part=${part}]`;

/** What the element allows, from its features, the role and the merchant's settings. */
export interface ActionPermissions {
  /** A customer, owner or billing manager: a plain member reads only. */
  manage: boolean;
  /** `plan-change` neither hidden nor read-only. */
  planChange: boolean;
  /** `seats` neither hidden nor read-only. */
  seats: boolean;
}

export interface ActionHandlers {
  cancel: (subscription: CustomerSubscription) => void;
  resume: (subscription: CustomerSubscription) => void;
  changePlan: (subscription: CustomerSubscription) => void;
  changeSeats: (subscription: CustomerSubscription) => void;
  cancelScheduledChange: (subscription: CustomerSubscription, opener: EventTarget | null) => void;
  pause: (subscription: CustomerSubscription) => void;
  cancelPause: (subscription: CustomerSubscription) => void;
  resumePause: (subscription: CustomerSubscription, opener: EventTarget | null) => void;
  busy: (key: string) => boolean;
}

/**
 * Which pause action a subscription offers, as Polar's portal decides (`getPauseAction`) and
 * its server allows (`Subscription.can_pause`, `can_cancel_scheduled_pause`, `can_resume`):
 * resume a paused one; withdraw a scheduled pause; pause an active one that is not ending.
 */
export function pauseAction(
  subscription: CustomerSubscription,
): 'pause' | 'cancel-pause' | 'resume-pause' | null {
  if (subscription.ended_at) return null;
  if (subscription.status === 'paused') return 'resume-pause';
  if (subscription.status !== 'active' || subscription.cancel_at_period_end) return null;
  if (subscription.ends_at) return null;
  return subscription.pause_at_period_end ? 'cancel-pause' : 'pause';
}

const PAUSE_BUTTONS = {
  pause: { part: 'pause-button', label: 'pauseSubscription', busy: 'pausing' },
  'cancel-pause': {
    part: 'cancel-pause-button',
    label: 'cancelScheduledPause',
    busy: 'cancellingPause',
  },
  'resume-pause': { part: 'resume-pause-button', label: 'resumePause', busy: 'resuming' },
} as const;

/** The pause button the subscription offers, when the organization lets customers pause. */
function renderPauseAction(
  t: PortalLocalize,
  subscription: CustomerSubscription,
  on: ActionHandlers,
): TemplateResult | typeof nothing {
  const action = pauseAction(subscription);
  if (!action || !subscription.product.organization.customer_portal_settings.subscription.pause)
    return nothing;
  const button = PAUSE_BUTTONS[action];
  const busy = on.busy(actionKey(action, subscription.id));
  const click = (event: Event) =>
    action === 'pause'
      ? on.pause(subscription)
      : action === 'cancel-pause'
        ? on.cancelPause(subscription)
        : on.resumePause(subscription, event.currentTarget);
  return html`<button
    type="button"
    class="secondary"
    part=${button.part}
    ?disabled=${busy}
    @click=${click}
  >
    ${busy ? t.term(button.busy) : t.term(button.label)}
  </button>`;
}

/** Withdraws a scheduled (`next_period`) change: Polar gates it by billing rights only. */
function renderCancelScheduledChange(
  t: PortalLocalize,
  subscription: CustomerSubscription,
  on: ActionHandlers,
): TemplateResult | typeof nothing {
  if (!subscription.pending_update) return nothing;
  const busy = on.busy(actionKey('cancel-change', subscription.id));
  return html`<button
    type="button"
    class="secondary"
    part="cancel-change-button"
    ?disabled=${busy}
    @click=${(event: Event) => on.cancelScheduledChange(subscription, event.currentTarget)}
  >
    ${busy ? t.term('cancellingScheduledChange') : t.term('cancelScheduledChange')}
  </button>`;
}

/**
 * The buttons of one subscription: resume while a cancellation is pending or while paused, else
 * cancel a scheduled change, pause (or withdraw a scheduled pause) where the organization allows, change seats (seat-based plans, when the merchant allows seat updates),
 * change plan (when it allows plan updates) and cancel, which is always offered to those who
 * may manage billing (auto-renewal laws require it).
 */
export function renderSubscriptionActions(
  t: PortalLocalize,
  subscription: CustomerSubscription,
  may: ActionPermissions,
  on: ActionHandlers,
): TemplateResult | typeof nothing {
  if (!may.manage || subscription.ended_at || subscription.status === 'canceled') return nothing;
  // Paused: nothing renews and no charge is made; resuming is the one thing left to do.
  if (subscription.status === 'paused')
    return html`<div class="actions">${renderPauseAction(t, subscription, on)}</div>`;
  if (subscription.cancel_at_period_end) {
    const resuming = on.busy(actionKey('resume', subscription.id));
    return html`<div class="actions">
      <button
        type="button"
        class="secondary"
        part="resume-button"
        ?disabled=${resuming}
        @click=${() => on.resume(subscription)}
      >
        ${resuming ? t.term('resuming') : t.term('resumeSubscription')}
      </button>
    </div>`;
  }
  const org = subscription.product.organization;
  const settings = org.customer_portal_settings.subscription;
  const planChange = may.planChange && org.allow_customer_updates && settings.update_plan;
  const seatChange =
    isSeatBased(subscription) && may.seats && org.allow_customer_updates && settings.update_seats;
  return html`<div class="actions">
    ${renderCancelScheduledChange(t, subscription, on)} ${renderPauseAction(t, subscription, on)}
    ${
      seatChange
        ? html`<button
            type="button"
            class="secondary"
            part="seats-button"
            @click=${() => on.changeSeats(subscription)}
          >
            ${t.term('changeSeats')}
          </button>`
        : nothing
    }
    ${
      planChange
        ? html`<button
            type="button"
            class="secondary"
            part="change-button"
            @click=${() => on.changePlan(subscription)}
          >
            ${t.term('changePlan')}
          </button>`
        : nothing
    }
    <button
      type="button"
      class="secondary"
      part="cancel-button"
      @click=${() => on.cancel(subscription)}
    >
      ${t.term('cancelSubscription')}
    </button>
  </div>`;
}
