import type { ReactiveControllerHost } from 'lit';
import { PortalApiError } from '../../api/errors.js';
import type {
  CustomerSubscription,
  CustomerSubscriptionUpdateProduct,
  CustomerSubscriptionUpdateSeats,
} from '../../api/types.js';
import type { ActionController } from '../../controllers/action-controller.js';
import { PreviewConsentFlow } from '../../controllers/preview-consent-flow.js';
import {
  PortalSubscriptionUpdatedEvent,
  type PaymentMethodNeed,
} from '../../events/subscription-events.js';
import type { PortalLocalize } from '../../internal/localize.js';
import { describeError } from '../../internal/states.js';
import type { PortalSession } from '../../session/session.js';
import {
  describePaymentFailure,
  explainPaymentFailure,
  PaymentFailure,
} from './payment-failure.js';
import { actionButton, actionKey } from './subscription-actions.js';

/** What a change dialog needs of `<portal-subscriptions>`. */
export interface ChangeContext {
  host: ReactiveControllerHost;
  session: () => PortalSession | null;
  actions: ActionController;
  localize: PortalLocalize;
  /** Focuses `selector` in the element once it rendered (after a dialog gave focus back). */
  focus: (selector: string) => void;
  /**
   * Sends the customer to their payment methods (`portal-payment-method-requested`); true when
   * a host took them there, so a dialog in the way may close.
   */
  requestPaymentMethod: (subscription: CustomerSubscription, need: PaymentMethodNeed) => boolean;
}

/** The change the API previews and applies: a plan or a seat count. */
type ChangeBody = CustomerSubscriptionUpdateProduct | CustomerSubscriptionUpdateSeats;

export interface ChangeOptions<Choice> {
  action: 'plan' | 'seats';
  /** The button that opens this dialog: focus goes back to it once the change is made. */
  opener: string;
  body: (choice: Choice) => ChangeBody;
  success: (updated: CustomerSubscription) => string;
  previewable?: (subscription: CustomerSubscription, choice: Choice) => boolean;
  debounceMs?: number;
}

/**
 * A plan or seat change as a `PreviewConsentFlow`: the price from Polar's change preview, and
 * the change through `session.store.updateSubscription` as an action of the element (so the
 * outcome shows under the subscription and is announced, `portal-subscription-updated` fires,
 * and every element of the session shows the new subscription). Refusals stay in the dialog.
 */
export function createChangeFlow<Choice>(
  ctx: ChangeContext,
  options: ChangeOptions<Choice>,
): PreviewConsentFlow<Choice> {
  const signedIn = () => {
    const session = ctx.session();
    if (!session) throw new PortalApiError(401, 'NotSignedIn', 'No one is signed in.');
    return session;
  };
  const flow: PreviewConsentFlow<Choice> = new PreviewConsentFlow<Choice>(ctx.host, {
    preview: (subscription, choice) =>
      signedIn().client.changePreview(subscription.id, options.body(choice)),
    apply: async (subscription, choice) => {
      const { store, client } = signedIn();
      const result = await ctx.actions.run(
        actionKey(options.action, subscription.id),
        async () => {
          const updated = await store
            .updateSubscription(subscription.id, options.body(choice))
            // A declined charge (402): the change was rolled back; name the card that was tried.
            .catch(async (error: unknown) => {
              throw await explainPaymentFailure(ctx.localize, client, error);
            });
          // Closed as soon as the change is made, before the outcome renders: focus can then
          // leave the modal dialog, and the event's listeners find it closed.
          flow.close();
          return updated;
        },
        {
          success: options.success,
          event: (updated) => new PortalSubscriptionUpdatedEvent(updated),
          focus: (updated) => actionButton(updated.id, options.opener),
          quietError: true,
        },
      );
      if (!result.ok) throw result.error;
      return result.value;
    },
    describe: (error) =>
      error instanceof PaymentFailure
        ? describePaymentFailure(ctx.localize, error)
        : describeError(ctx.localize, error),
    done: () => undefined, // the action did it all
    previewable: options.previewable,
    debounceMs: options.debounceMs,
  });
  return flow;
}
