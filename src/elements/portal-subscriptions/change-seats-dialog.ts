import { html, nothing, type TemplateResult } from 'lit';
import type { CustomerSubscription } from '../../api/types.js';
import type { PreviewConsentFlow } from '../../controllers/preview-consent-flow.js';
import { isSeatBasedPrice } from '../../domain/seat-based.js';
import { formatDate, formatMoney } from '../../internal/format.js';
import { definePortalDialog } from '../../internal/portal-dialog/define.js';
import { chargeMode, nextInvoice } from './charge-mode.js';
import { renderChangeFooter, renderChargePreview, type PreviewWording } from './charge-preview.js';
import { createChangeFlow, type ChangeContext } from './subscription-change.js';

definePortalDialog();

/** The bounds of the plan's seat tiers, so the field can say them before the API does. */
function seatBounds(subscription: CustomerSubscription): { min: number; max: number | null } {
  const price = subscription.prices.find(isSeatBasedPrice);
  const tiers = price && 'seat_tiers' in price ? price.seat_tiers : null;
  return { min: tiers?.minimum_seats ?? 1, max: tiers?.maximum_seats ?? null };
}

/** A count the API could price: a whole number within the tiers, other than today's. */
function priceable(subscription: CustomerSubscription, typed: string): boolean {
  const seats = Number(typed);
  const { min, max } = seatBounds(subscription);
  if (typed.trim() === '' || !Number.isInteger(seats) || seats === subscription.seats) return false;
  return seats >= min && (max === null || seats <= max); // else the field's hint says why
}

/**
 * Changing the number of seats of a seat-based plan: type a number, see what it will cost (the
 * API's preview, asked once typing pauses), and agree to the charge before anything changes.
 * The choice is the text as typed, so a refusal loses nothing. Fewer seats than are assigned is
 * refused by the API with a sentence saying so, shown as is.
 */
export class SeatsChange {
  readonly flow: PreviewConsentFlow<string>;

  constructor(private readonly ctx: ChangeContext) {
    const t = ctx.localize;
    this.flow = createChangeFlow<string>(ctx, {
      action: 'seats',
      opener: 'seats-button',
      body: (typed) => ({ seats: Number(typed) }),
      success: (updated) =>
        updated.pending_update?.seats != null
          ? t.term(
              'changeScheduledAnnouncement',
              updated.product.name,
              formatDate(updated.pending_update.applies_at, t.lang()),
            )
          : t.term('seatsChangedAnnouncement', updated.product.name, updated.seats ?? 0),
      previewable: priceable,
      // Each keystroke would cost a request: ask once typing pauses.
      debounceMs: 250,
    });
  }

  open(subscription: CustomerSubscription): void {
    this.flow.open(subscription, String(subscription.seats ?? seatBounds(subscription).min));
  }

  /** How the typed count's preview is worded: when it is paid, and the invoice after it. */
  private wording(): PreviewWording | null {
    const { subscription, choice, preview } = this.flow.state;
    if (!subscription || !preview || choice === null) return null;
    const change = { seats: Number(choice) };
    const mode = chargeMode(subscription, change);
    const next = nextInvoice(subscription, change, mode, preview);
    return { mode, next, name: subscription.product.name };
  }

  render(): TemplateResult {
    const t = this.ctx.localize;
    const flow = this.flow;
    const state = flow.state;
    const subscription = state.subscription;
    const { min, max } = subscription ? seatBounds(subscription) : { min: 1, max: null };
    const money = (amount: number) =>
      formatMoney(amount, subscription?.currency ?? 'usd', t.lang());
    return html`<portal-dialog
      part="dialog"
      class="change-seats"
      ?open=${subscription !== null}
      @portal-dialog-close=${(e: Event) => state.busy && e.preventDefault()}
      @portal-dialog-closed=${() => flow.isOpen && flow.close()}
    >
      ${
        subscription
          ? html`<h3 slot="heading">${t.term('changeSeatsHeading', subscription.product.name)}</h3>
              <form @submit=${(e: Event) => (e.preventDefault(), void flow.confirm())}>
                <label>
                  ${t.term('seatsField')}
                  <input
                    type="number"
                    name="seats"
                    inputmode="numeric"
                    min=${min}
                    max=${max ?? nothing}
                    required
                    aria-describedby="seats-hint"
                    .value=${state.choice ?? ''}
                    @input=${(e: Event) => flow.choose((e.target as HTMLInputElement).value)}
                  />
                </label>
                <p class="hint" id="seats-hint">
                  ${max === null ? t.term('seatsAtLeast', min) : t.term('seatsBetween', min, max)}
                </p>
                ${renderChargePreview(t, state, money, (given) => flow.consent(given), this.wording())}
                ${renderChangeFooter(t, state, flow.canConfirm, t.term('confirmSeats'), () => {
                  if (this.ctx.requestPaymentMethod(subscription, 'declined')) flow.close();
                })}
              </form>`
          : nothing
      }
    </portal-dialog>`;
  }
}
