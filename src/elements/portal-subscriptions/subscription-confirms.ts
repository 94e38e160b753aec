import { html, nothing, type ReactiveControllerHost } from 'lit';
import { PortalApiError } from '../../api/errors.js';
import type { CustomerSubscription } from '../../api/types.js';
import { PortalSubscriptionUpdatedEvent } from '../../events/subscription-events.js';
import { ConfirmFlow, type ConfirmText } from '../../internal/confirm-dialog.js';
import { formatDate } from '../../internal/format.js';
import { describeError } from '../../internal/states.js';
import { addInterval } from './charge-mode.js';
import { actionButton, actionKey, type SubscriptionAction } from './subscription-actions.js';
import type { ChangeContext } from './subscription-change.js';
import { priceWording } from './subscription-item.js';

/** The writes that ask first: resuming a pause (it charges now) and withdrawing a scheduled change. */
type Confirmed = Extract<SubscriptionAction, 'resume-pause' | 'cancel-change'>;

interface Confirmation {
  action: Confirmed;
  subscription: CustomerSubscription;
}

/** The 409 Polar answers when resuming needs a card (`_require_payment_method`, "resuming"). */
const needsCard = (error: unknown) =>
  error instanceof PortalApiError && error.error === 'PaymentMethodRequired';

/**
 * The confirmations of `<portal-subscriptions>`, in one `<portal-dialog>`:
 * - **Resume now**: Polar's `resume` starts a fresh period today and bills it at once, so the
 *   dialog names the price and the new renewal day before anything is charged; without a card
 *   Polar refuses (409), and the dialog offers to add one.
 * - **Cancel scheduled change**: as Polar's portal asks, since the plan then renews unchanged.
 * Each runs as an action of the element: the outcome under the subscription, the event, focus
 * on the button that took the used one's place.
 */
export class SubscriptionConfirms {
  private readonly flow: ConfirmFlow<Confirmation, CustomerSubscription>;

  constructor(
    host: ReactiveControllerHost & { renderRoot: ParentNode },
    private readonly ctx: ChangeContext,
  ) {
    const t = ctx.localize;
    this.flow = new ConfirmFlow(host, 'subscription-confirm', {
      action: async ({ action, subscription }) => {
        const store = ctx.session()!.store;
        const run = await ctx.actions.run(
          actionKey(action, subscription.id),
          () =>
            action === 'resume-pause'
              ? store.updateSubscription(subscription.id, { resume: true })
              : store.clearPendingUpdate(subscription.id),
          {
            success: (updated) =>
              action === 'resume-pause'
                ? t.term(
                    'resumedPauseAnnouncement',
                    updated.product.name,
                    formatDate(updated.current_period_end, t.lang()),
                  )
                : t.term('scheduledChangeCancelled', updated.product.name),
            event: (updated) => new PortalSubscriptionUpdatedEvent(updated),
            quietError: true,
          },
        );
        if (!run.ok) throw run.error;
        return run.value;
      },
      describe: (error) => (needsCard(error) ? t.term('resumeNeedsCard') : describeError(t, error)),
      // Once the dialog gave focus back: the button used is gone, so the one in its place.
      done: (updated, { action }) =>
        ctx.focus(
          actionButton(updated.id, action === 'resume-pause' ? 'pause-button' : 'cancel-button'),
        ),
    });
  }

  resumePause(subscription: CustomerSubscription, opener: EventTarget | null): void {
    void this.flow.open({ action: 'resume-pause', subscription }, opener);
  }

  cancelScheduledChange(subscription: CustomerSubscription, opener: EventTarget | null): void {
    void this.flow.open({ action: 'cancel-change', subscription }, opener);
  }

  close(): void {
    this.flow.close();
  }

  private text({ action, subscription }: Confirmation): ConfirmText {
    const t = this.ctx.localize;
    const name = subscription.product.name;
    if (action === 'cancel-change')
      return {
        heading: t.term('cancelChangeHeading'),
        body: t.term(
          'cancelChangeConsequence',
          name,
          formatDate(subscription.current_period_end, t.lang()),
        ),
        confirm: t.term('cancelScheduledChange'),
        busy: t.term('cancellingScheduledChange'),
        keep: t.term('keepScheduledChange'),
      };
    const renews = addInterval(
      new Date(),
      subscription.recurring_interval,
      subscription.recurring_interval_count,
    );
    return {
      heading: t.term('resumePauseHeading', name),
      body: t.term(
        'resumePauseConsequence',
        priceWording(t, subscription),
        formatDate(renews.toISOString(), t.lang()),
      ),
      confirm: t.term('confirmResumePause'),
      busy: t.term('resuming'),
      keep: t.term('keepPaused'),
      tone: 'primary',
      fix: (error) =>
        needsCard(error)
          ? html`<button
              type="button"
              class="secondary"
              part="fix-payment-button"
              @click=${() => {
                if (this.ctx.requestPaymentMethod(subscription, 'missing')) this.flow.close();
              }}
            >
              ${t.term('addCard')}
            </button>`
          : nothing,
    };
  }

  render() {
    return this.flow.render((confirmation) => this.text(confirmation));
  }
}
