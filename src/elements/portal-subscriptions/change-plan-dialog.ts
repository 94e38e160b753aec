import { html, nothing, type TemplateResult } from 'lit';
import type { CustomerProduct, CustomerSubscription } from '../../api/types.js';
import type { PreviewConsentFlow } from '../../controllers/preview-consent-flow.js';
import { intervalWording } from '../../domain/interval.js';
import { isSeatBased } from '../../domain/seat-based.js';
import { formatDate, formatMoney } from '../../internal/format.js';
import type { PortalLocalize } from '../../internal/localize.js';
import { definePortalDialog } from '../../internal/portal-dialog/define.js';
import { chargeMode, nextInvoice } from './charge-mode.js';
import { renderChangeFooter, renderChargePreview, type PreviewWording } from './charge-preview.js';
import { createChangeFlow, type ChangeContext } from './subscription-change.js';

definePortalDialog();

/** A plan's price per period, for the choice list. */
function planPrice(t: PortalLocalize, plan: CustomerProduct): string {
  const price = plan.prices[0];
  const amount =
    price && 'price_amount' in price
      ? formatMoney(price.price_amount, price.price_currency, t.lang())
      : '';
  return amount && plan.recurring_interval
    ? ` · ${amount} / ${intervalWording((key) => t.term(key), plan.recurring_interval, plan.recurring_interval_count)}`
    : '';
}

/** The plans a subscription may move to: recurring, not archived, the same seat model. */
const plansFor = (subscription: CustomerSubscription, products: CustomerProduct[]) =>
  products.filter(
    (p) => p.is_recurring && !p.is_archived && isSeatBased(p) === isSeatBased(subscription.product),
  );

/**
 * Changing plan: pick one of the plans the merchant sells, see what it will cost (the API's
 * preview, with the proration the merchant set), and agree to the charge explicitly before
 * anything changes. The choice stays across a session expiry.
 */
export class PlanChange {
  /** The plans to choose from, loaded when the dialog opens. */
  private plans: CustomerProduct[] = [];
  readonly flow: PreviewConsentFlow<string>;

  constructor(private readonly ctx: ChangeContext) {
    const t = ctx.localize;
    this.flow = createChangeFlow<string>(ctx, {
      action: 'plan',
      opener: 'change-button',
      body: (productId) => ({ product_id: productId }),
      success: (updated) =>
        updated.pending_update
          ? t.term(
              'changeScheduledAnnouncement',
              updated.product.name,
              formatDate(updated.pending_update.applies_at, t.lang()),
            )
          : t.term('changedAnnouncement', updated.product.name),
      previewable: (subscription, productId) => productId !== subscription.product_id,
    });
  }

  /** To the payment methods after a failed charge; the dialog closes if a host took them there. */
  private fixPayment(subscription: CustomerSubscription): void {
    if (this.ctx.requestPaymentMethod(subscription, 'declined')) this.flow.close();
  }

  open(subscription: CustomerSubscription): void {
    this.plans = [];
    this.flow.open(subscription);
    void this.flow.prepare(async () => {
      const client = this.ctx.session()?.client;
      if (!client) return;
      const { products } = await client.organization(subscription.product.organization.slug);
      this.plans = plansFor(subscription, products);
    });
  }

  /** How the chosen plan's preview is worded: when it is paid, and the invoice after it. */
  private wording(): PreviewWording | null {
    const { subscription, choice, preview } = this.flow.state;
    const plan = this.plans.find((p) => p.id === choice);
    if (!subscription || !plan || !preview) return null;
    const mode = chargeMode(subscription, { plan });
    return { mode, next: nextInvoice(subscription, { plan }, mode, preview), name: plan.name };
  }

  render(): TemplateResult {
    const t = this.ctx.localize;
    const flow = this.flow;
    const state = flow.state;
    const subscription = state.subscription;
    const money = (amount: number) =>
      formatMoney(amount, subscription?.currency ?? 'usd', t.lang());
    const wording = this.wording();
    return html`<portal-dialog
      part="dialog"
      class="change-plan"
      ?open=${subscription !== null}
      @portal-dialog-close=${(e: Event) => state.busy && e.preventDefault()}
      @portal-dialog-closed=${() => flow.isOpen && flow.close()}
    >
      ${
        subscription
          ? html`<h3 slot="heading">${t.term('changePlanHeading', subscription.product.name)}</h3>
              <form @submit=${(e: Event) => (e.preventDefault(), void flow.confirm())}>
                <fieldset>
                  <legend>${t.term('choosePlanLegend')}</legend>
                  ${this.plans.map(
                    (plan) =>
                      html`<label>
                        <input
                          type="radio"
                          name="plan"
                          .value=${plan.id}
                          .checked=${plan.id === state.choice}
                          ?disabled=${plan.id === subscription.product_id}
                          @change=${() => flow.choose(plan.id)}
                        />
                        ${plan.name}${planPrice(t, plan)}
                        ${plan.id === subscription.product_id ? t.term('currentPlan') : ''}
                      </label>`,
                  )}
                </fieldset>
                ${renderChargePreview(t, state, money, (given) => flow.consent(given), wording)}
                ${renderChangeFooter(
                  t,
                  state,
                  flow.canConfirm,
                  t.term(wording?.mode.kind === 'trial-ends' ? 'confirmEndTrial' : 'confirmChange'),
                  () => this.fixPayment(subscription),
                )}
              </form>`
          : nothing
      }
    </portal-dialog>`;
  }
}
