import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type { PortalClient } from '../../api/client.js';
import type {
  CustomerProduct,
  CustomerSubscription,
  SubscriptionChargePreview,
} from '../../api/types.js';
import { formatMoney } from '../../internal/format.js';
import type { PortalLocalize } from '../../internal/localize.js';
import '../../internal/portal-dialog/define.js';
import { renderChargePreview } from './charge-preview.js';

export interface ChangePlanState {
  subscription: CustomerSubscription | null;
  /** The plans the customer may move to: recurring, public, same seat model. */
  plans: CustomerProduct[];
  chosen: string | null;
  preview: SubscriptionChargePreview | null;
  loading: boolean;
  consent: boolean;
  busy: boolean;
  error: string | null;
}

export const closedChangePlan = (): ChangePlanState => ({
  subscription: null,
  plans: [],
  chosen: null,
  preview: null,
  loading: false,
  consent: false,
  busy: false,
  error: null,
});

export interface ChangePlanHandlers {
  choose: (productId: string) => void;
  consent: (given: boolean) => void;
  confirm: () => void;
  close: () => void;
}

/** A plan's price per period, for the choice list. */
function planPrice(t: PortalLocalize, plan: CustomerProduct): string {
  const price = plan.prices[0];
  const amount =
    price && 'price_amount' in price
      ? formatMoney(price.price_amount, price.price_currency, t.lang())
      : '';
  return amount && plan.recurring_interval
    ? ` · ${amount} / ${t.term(`interval${capitalize(plan.recurring_interval)}` as 'intervalMonth')}`
    : '';
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Changing plan: pick a plan, see what it will cost (the API's preview, with the proration the
 * merchant set), and agree to the charge explicitly before anything changes.
 */
export function renderChangePlanDialog(
  t: PortalLocalize,
  state: ChangePlanState,
  on: ChangePlanHandlers,
): TemplateResult {
  const { subscription, preview } = state;
  const money = (amount: number) => formatMoney(amount, subscription?.currency ?? 'usd', t.lang());
  return html`<portal-dialog
    part="dialog"
    class="change-plan"
    ?open=${subscription !== null}
    @portal-dialog-close=${(e: Event) => state.busy && e.preventDefault()}
    @portal-dialog-closed=${on.close}
  >
    ${
      subscription
        ? html`<h3 slot="heading">${t.term('changePlanHeading', subscription.product.name)}</h3>
            <form @submit=${(e: Event) => (e.preventDefault(), on.confirm())}>
              <fieldset>
                <legend>${t.term('choosePlanLegend')}</legend>
                ${state.plans.map(
                  (plan) =>
                    html`<label>
                      <input
                        type="radio"
                        name="plan"
                        .value=${plan.id}
                        .checked=${plan.id === state.chosen}
                        ?disabled=${plan.id === subscription.product_id}
                        @change=${() => on.choose(plan.id)}
                      />
                      ${plan.name}${planPrice(t, plan)}
                      ${plan.id === subscription.product_id ? t.term('currentPlan') : ''}
                    </label>`,
                )}
              </fieldset>
              ${renderChargePreview(t, state, money, on.consent)}
              ${state.error ? html`<p class="error" role="alert">${state.error}</p>` : nothing}
              <div class="actions">
                <button type="button" class="secondary" data-dialog="close">
                  ${t.term('close')}
                </button>
                <button
                  type="submit"
                  part="confirm-button"
                  ?disabled=${!preview || !state.consent || state.busy || state.loading}
                >
                  ${state.busy ? t.term('changing') : t.term('confirmChange')}
                </button>
              </div>
            </form>`
        : nothing
    }
  </portal-dialog>`;
}

/**
 * The flow behind the dialog, as a reactive controller: loads the plans, asks the API for a
 * preview of each choice (dropping a stale one), and applies the change only with consent.
 */
export class ChangePlanFlow implements ReactiveController {
  state: ChangePlanState = closedChangePlan();
  private previewRequest = 0;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: ParentNode },
    private readonly client: () => PortalClient | null,
    private readonly describe: (error: unknown) => string,
    private readonly done: (updated: CustomerSubscription) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  private set(patch: Partial<ChangePlanState>): void {
    this.state = { ...this.state, ...patch };
    this.host.requestUpdate();
  }

  async open(subscription: CustomerSubscription): Promise<void> {
    const client = this.client();
    if (!client) return;
    this.set({ ...closedChangePlan(), subscription, loading: true });
    try {
      const { products } = await client.organization(subscription.product.organization.slug);
      const seatBased = (p: { prices: { amount_type: string }[] }) =>
        p.prices.some((price) => price.amount_type === 'seat_based');
      const plans = products.filter(
        (p) => p.is_recurring && !p.is_archived && seatBased(p) === seatBased(subscription.product),
      );
      this.set({ plans, loading: false });
    } catch (error) {
      this.set({ loading: false, error: this.describe(error) });
    }
  }

  async choose(productId: string): Promise<void> {
    const client = this.client();
    const subscription = this.state.subscription;
    if (!client || !subscription) return;
    const request = ++this.previewRequest;
    this.set({ chosen: productId, preview: null, consent: false, loading: true, error: null });
    try {
      const preview = await client.changePreview(subscription.id, { product_id: productId });
      if (request === this.previewRequest) this.set({ preview, loading: false });
    } catch (error) {
      if (request === this.previewRequest)
        this.set({ loading: false, error: this.describe(error) });
    }
  }

  consent(given: boolean): void {
    this.set({ consent: given });
  }

  async confirm(): Promise<void> {
    const client = this.client();
    const { subscription, chosen, consent, busy } = this.state;
    if (!client || !subscription || !chosen || !consent || busy) return;
    this.set({ busy: true, error: null });
    try {
      const updated = await client.updateSubscription(subscription.id, { product_id: chosen });
      this.close();
      this.done(updated);
    } catch (error) {
      this.set({ busy: false, error: this.describe(error) });
    }
  }

  close = (): void => {
    if (this.state.subscription === null) return; // closed already
    this.previewRequest++;
    this.set(closedChangePlan());
  };
}
