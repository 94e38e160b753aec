import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type { PortalClient } from '../../api/client.js';
import type { CustomerSubscription, SubscriptionChargePreview } from '../../api/types.js';
import { formatMoney } from '../../internal/format.js';
import type { PortalLocalize } from '../../internal/localize.js';
import '../../internal/portal-dialog/define.js';
import { renderChargePreview } from './charge-preview.js';

export interface ChangeSeatsState {
  subscription: CustomerSubscription | null;
  /** What the customer typed, kept as typed so a refusal loses nothing. */
  seats: string;
  /** The seat tiers' bounds; `max` is null when the plan has no ceiling. */
  min: number;
  max: number | null;
  preview: SubscriptionChargePreview | null;
  loading: boolean;
  consent: boolean;
  busy: boolean;
  error: string | null;
}

const closed = (): ChangeSeatsState => ({
  subscription: null,
  seats: '',
  min: 1,
  max: null,
  preview: null,
  loading: false,
  consent: false,
  busy: false,
  error: null,
});

export interface ChangeSeatsHandlers {
  input: (value: string) => void;
  consent: (given: boolean) => void;
  confirm: () => void;
  close: () => void;
}

/** Whether the subscription is billed per seat (only those can change their seat count). */
export function isSeatBased(subscription: CustomerSubscription): boolean {
  return subscription.prices.some((price) => price.amount_type === 'seat_based');
}

/** The bounds of the plan's seat tiers, so the field can say them before the API does. */
function seatBounds(subscription: CustomerSubscription): { min: number; max: number | null } {
  const price = subscription.prices.find((p) => p.amount_type === 'seat_based');
  const tiers = price && 'seat_tiers' in price ? price.seat_tiers : null;
  return { min: tiers?.minimum_seats ?? 1, max: tiers?.maximum_seats ?? null };
}

/**
 * Changing the number of seats of a seat-based plan: type a number, see what it will cost (the
 * API's preview), and agree to the charge before anything changes. Fewer seats than are assigned
 * is refused by the API with a sentence saying so, shown as is.
 */
export function renderChangeSeatsDialog(
  t: PortalLocalize,
  state: ChangeSeatsState,
  on: ChangeSeatsHandlers,
): TemplateResult {
  const { subscription, preview } = state;
  const money = (amount: number) => formatMoney(amount, subscription?.currency ?? 'usd', t.lang());
  const unchanged = subscription !== null && Number(state.seats) === subscription.seats;
  return html`<portal-dialog
    part="dialog"
    class="change-seats"
    ?open=${subscription !== null}
    @portal-dialog-close=${(e: Event) => state.busy && e.preventDefault()}
    @portal-dialog-closed=${on.close}
  >
    ${
      subscription
        ? html`<h3 slot="heading">${t.term('changeSeatsHeading', subscription.product.name)}</h3>
            <form @submit=${(e: Event) => (e.preventDefault(), on.confirm())}>
              <label>
                ${t.term('seatsField')}
                <input
                  type="number"
                  name="seats"
                  inputmode="numeric"
                  min=${state.min}
                  max=${state.max ?? nothing}
                  required
                  aria-describedby="seats-hint"
                  .value=${state.seats}
                  @input=${(e: Event) => on.input((e.target as HTMLInputElement).value)}
                />
              </label>
              <p class="hint" id="seats-hint">
                ${
                  state.max === null
                    ? t.term('seatsAtLeast', state.min)
                    : t.term('seatsBetween', state.min, state.max)
                }
              </p>
              ${renderChargePreview(t, { ...state, preview: unchanged ? null : preview }, money, on.consent)}
              ${state.error ? html`<p class="error" role="alert">${state.error}</p>` : nothing}
              <div class="actions">
                <button type="button" class="secondary" data-dialog="close">
                  ${t.term('close')}
                </button>
                <button
                  type="submit"
                  part="confirm-button"
                  ?disabled=${!preview || unchanged || !state.consent || state.busy || state.loading}
                >
                  ${state.busy ? t.term('changing') : t.term('confirmSeats')}
                </button>
              </div>
            </form>`
        : nothing
    }
  </portal-dialog>`;
}

/**
 * The flow behind the dialog: previews each valid number as it is typed (a stale preview is
 * dropped), and applies the new count only with consent.
 */
export class ChangeSeatsFlow implements ReactiveController {
  state: ChangeSeatsState = closed();
  private previewRequest = 0;
  private previewTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: ParentNode },
    private readonly client: () => PortalClient | null,
    private readonly describe: (error: unknown) => string,
    private readonly done: (updated: CustomerSubscription) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    clearTimeout(this.previewTimer);
  }

  private set(patch: Partial<ChangeSeatsState>): void {
    this.state = { ...this.state, ...patch };
    this.host.requestUpdate();
  }

  open(subscription: CustomerSubscription): void {
    this.set({ ...closed(), ...seatBounds(subscription), subscription });
    this.state.seats = String(subscription.seats ?? this.state.min);
  }

  /** Typing previews after a short pause, so each keystroke does not cost a request. */
  input(value: string): void {
    this.set({ seats: value, preview: null, consent: false, error: null });
    clearTimeout(this.previewTimer);
    const seats = Number(value);
    const { subscription, min, max } = this.state;
    if (!subscription || !Number.isInteger(seats) || seats === subscription.seats) return;
    if (seats < min || (max !== null && seats > max)) return; // the field's hint says why
    this.previewTimer = setTimeout(() => void this.preview(seats), 250);
  }

  private async preview(seats: number): Promise<void> {
    const client = this.client();
    const subscription = this.state.subscription;
    if (!client || !subscription) return;
    const request = ++this.previewRequest;
    this.set({ loading: true });
    try {
      const preview = await client.changePreview(subscription.id, { seats });
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
    const { subscription, consent, busy, preview } = this.state;
    const seats = Number(this.state.seats);
    if (!client || !subscription || !preview || !consent || busy) return;
    this.set({ busy: true, error: null });
    try {
      const updated = await client.updateSubscription(subscription.id, { seats });
      this.close();
      this.done(updated);
    } catch (error) {
      this.set({ busy: false, error: this.describe(error) });
    }
  }

  close = (): void => {
    if (this.state.subscription === null) return; // closed already
    clearTimeout(this.previewTimer);
    this.previewRequest++;
    this.set(closed());
  };
}
