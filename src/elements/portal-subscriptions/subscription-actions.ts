import { html, nothing, type TemplateResult } from 'lit';
import type { CustomerSubscription } from '../../api/types.js';
import { isSeatBased } from '../../domain/seat-based.js';
import type { PortalLocalize } from '../../internal/localize.js';

/** The changes a customer makes to one subscription; each is one pending key per subscription. */
export type SubscriptionAction = 'cancel' | 'resume' | 'plan' | 'seats' | 'cancel-change';

/** The ActionController key of `action` on `subscription`. */
export const actionKey = (action: SubscriptionAction, id: string): string => `${action}:${id}`;

/** Every key of one subscription, so its outcome shows next to it whichever action it was. */
export const actionKeys = (id: string): string[] =>
  (['cancel', 'resume', 'plan', 'seats', 'cancel-change'] as const).map((action) =>
    actionKey(action, id),
  );

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
  cancelScheduledChange: (subscription: CustomerSubscription) => void;
  busy: (key: string) => boolean;
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
    @click=${() => on.cancelScheduledChange(subscription)}
  >
    ${busy ? t.term('cancellingScheduledChange') : t.term('cancelScheduledChange')}
  </button>`;
}

/**
 * The buttons of one subscription: resume while a cancellation is pending, else cancel a
 * scheduled change, change seats (seat-based plans, when the merchant allows seat updates),
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
    ${renderCancelScheduledChange(t, subscription, on)}
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
