import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ListQuery } from '../../api/client.js';
import type { CustomerSubscription, SeatsList } from '../../api/types.js';
import { ActionController } from '../../controllers/action-controller.js';
import { PlaceController } from '../../controllers/place-controller.js';
import { ResourceController } from '../../controllers/resource-controller.js';
import { registerTerms } from '../../internal/localize.js';
import { PortalElement } from '../../internal/portal-element.js';
import { renderLoadError, renderLoading } from '../../internal/states.js';
import { PortalApiError } from '../../api/errors.js';
import { controls, resource, tokens } from '../../internal/styles.js';
import { seats as en } from '../../locales/en/seats.js';
import { AssignForm } from './assign-form.js';
import { SeatChanges } from './seat-changes.js';
import { renderSeatList } from './seat-list.js';
import type { SeatsContext } from './seats-context.js';
import { seatsStyles } from './portal-seats.styles.js';
import { isSeatBased } from '../../domain/seat-based.js';

registerTerms('seats', en);

/** A subscription whose seats can be handed out: billed per seat and not ended. */
const hasSeats = (s: CustomerSubscription) => isSeatBased(s) && !s.ended_at;

/**
 * @tagname portal-seats
 * @summary The seats of a seat-based subscription: how many are used, who holds them (pending
 * invitation, active, revoked), inviting people by email (several at once), revoking a seat and
 * resending an invitation. Read-only for a team `member` and with `readonly-features="seats"`;
 * renders nothing with `hidden-features="seats"`. Seats and subscriptions come from the
 * session's shared store: a seat count changed in `<portal-subscriptions>` on the same page
 * shows here at once. When the session ends, the addresses being typed are kept for the same
 * person's next sign-in.
 *
 * @fires portal-seat-assigned - A seat was assigned; `detail` is the seat.
 * @fires portal-seat-revoked - A seat was revoked; `detail` is the seat.
 *
 * @csspart signed-out - The sentence shown while no one is signed in.
 * @csspart session-ended - Shown instead when the session expired, with its sign-in button.
 * @csspart sign-in-again-button - Asks for a new sign-in (the email is kept).
 * @csspart loading - The announced skeleton.
 * @csspart error - A load error with its retry button.
 * @csspart empty - No seat-based subscription, or no seats yet.
 * @csspart usage - "3 of 5 seats used" and its meter.
 * @csspart unavailable - Said instead of the seats when the organization has not enabled
 * seat-based pricing (Polar's 403 `FeatureNotEnabled`).
 * @csspart list - The list of seats.
 * @csspart seat - One seat.
 * @csspart pagination - Previous and next page, when there are more seats than `page-size`.
 * @csspart status - A seat's status badge.
 * @csspart resend-button - Sends a pending invitation again.
 * @csspart revoke-button - Opens the revoke confirmation.
 * @csspart assign-form - The invite-by-email form.
 * @csspart assign-button - The form's submit button.
 * @csspart dialog - The revoke confirmation.
 * @csspart confirm-button - The dialog's confirming button.
 * @csspart outcome - How a change ended (invited, revoked, resent, or why not), next to it.
 * @csspart outcome-success - An outcome that is a confirmation.
 * @csspart outcome-error - An outcome that is an error.
 * @csspart dismiss-button - Dismisses an outcome.
 * @csspart announcement - The polite live region reading each confirmation out.
 *
 * @cssprop --portal-color-accent - The meter and the buttons.
 * @cssprop --portal-color-danger - Errors and the revoke button.
 */
export class PortalSeats extends PortalElement {
  static override styles = [tokens, controls, resource, seatsStyles];

  /** The subscription whose seats to show; without it, the customer's seat-based one. */
  @property({ attribute: 'subscription-id' }) subscriptionId: string | null = null;
  /**
   * Seats per page. The API returns every seat of a subscription at once; a team of a thousand
   * is paged here so the list stays quick to render and to read (`npm run bench`).
   */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;
  @state() private page = 1;
  @state() private chosen: string | null = null;
  /** A seat just assigned: the list turns to its page once the store shows it. */
  private revealId: string | null = null;

  private readonly subscriptions = new ResourceController(this, {
    session: () => this.session,
    kind: 'subscriptions',
    args: (): [ListQuery] => [{ limit: 100 }],
    load: (client, [query], signal) => client.listSubscriptions(query, signal),
    enabled: () => !this.isHidden('seats'),
  });
  /** The `subscription-id` asked for when it is not among the seat-based ones listed. */
  private readonly named = new ResourceController(this, {
    session: () => this.session,
    kind: 'subscriptions',
    args: () => [this.subscriptionId ?? ''] as const,
    load: (client, [id]) => client.getSubscription(id),
    enabled: () => this.needsNamed,
  });
  private readonly seats = new ResourceController(this, {
    session: () => this.session,
    kind: 'seats',
    args: () => [this.subscription?.id ?? ''] as const,
    load: (client, [id]) => client.listSeats(id),
    enabled: () => this.subscription !== null,
  });

  private readonly actions = new ActionController(this, this.localize);
  private readonly context: SeatsContext = {
    session: () => this.session,
    localize: this.localize,
    actions: this.actions,
    focus: (selector) => this.focusAfterRender(selector),
  };
  private readonly assign = new AssignForm(this, {
    ...this.context,
    reveal: (seat) => (this.revealId = seat.id),
  });
  private readonly changes = new SeatChanges(this, {
    ...this.context,
    product: () => this.subscription?.product.name ?? '',
  });

  constructor() {
    super();
    // Another person signed in: nothing the previous one chose or typed stays.
    new PlaceController(this, this.sessions, () => {
      this.page = 1;
      this.chosen = null;
      this.revealId = null;
      this.assign.reset();
      this.changes.reset();
      this.actions.reset();
    });
  }

  private get seatBased(): CustomerSubscription[] {
    return this.subscriptions.value?.items.filter(hasSeats) ?? [];
  }

  private get needsNamed(): boolean {
    const id = this.subscriptionId;
    return Boolean(id) && this.subscriptions.value !== undefined && !this.listed(id);
  }

  private listed(id: string | null): CustomerSubscription | undefined {
    return this.seatBased.find((s) => s.id === id);
  }

  /** The subscription shown: the one asked for or chosen, else the first seat-based one. */
  private get subscription(): CustomerSubscription | null {
    const listed = this.listed(this.subscriptionId ?? this.chosen);
    if (listed) return listed;
    if (this.subscriptionId) return this.named.value ?? null;
    return this.seatBased[0] ?? null;
  }

  private get size(): number {
    return Math.max(1, Math.floor(this.pageSize) || 10);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.revealId) return;
    const index = this.seats.value?.seats.findIndex((s) => s.id === this.revealId) ?? -1;
    if (index < 0) return;
    this.page = Math.floor(index / this.size) + 1;
    this.revealId = null;
  }

  override render(): TemplateResult | typeof nothing {
    const t = this.localize;
    if (this.isHidden('seats')) return nothing;
    if (this.session?.status !== 'signed-in') return this.renderSignedOut(t.term('seatsSignIn'));
    return html`<section aria-labelledby="heading">
      <h2 id="heading">${t.term('seatsHeading')}</h2>
      ${this.renderContent()} ${this.actions.renderAnnouncement()} ${this.changes.renderDialog()}
    </section>`;
  }

  private renderContent() {
    const t = this.localize;
    const loading = () => renderLoading(t.term('seatsLoading'));
    return this.subscriptions.render({
      pending: loading,
      error: (error) => renderLoadError(t, error, () => this.subscriptions.retry()),
      complete: () => {
        if (this.needsNamed && this.named.state?.status !== 'complete')
          return this.named.render<TemplateResult | typeof nothing>({
            pending: loading,
            error: (error) => renderLoadError(t, error, () => this.named.retry()),
            complete: () => nothing,
          });
        const subscription = this.subscription;
        if (!subscription) return html`<p part="empty">${t.term('seatsNone')}</p>`;
        return this.seats.render({
          pending: loading,
          // Polar's `check_seat_feature_enabled`: the organization has no seat-based pricing.
          // Final: asking again changes nothing, so there is no retry button.
          error: (error) =>
            error instanceof PortalApiError && error.error === 'FeatureNotEnabled'
              ? html`<p part="unavailable">${t.term('seatsNotEnabled')}</p>`
              : renderLoadError(t, error, () => this.seats.retry()),
          complete: (list) => this.renderView(subscription, list),
        });
      },
    });
  }

  private renderView(subscription: CustomerSubscription, list: SeatsList): TemplateResult {
    const t = this.localize;
    const used = list.total_seats - list.available_seats;
    const choices = this.seatBased;
    const manage = this.canChange('seats');
    return html`${
        choices.length > 1 && !this.subscriptionId
          ? html`<label
              >${t.term('seatsSubscription')}
              <select
                @change=${(e: Event) => (this.chosen = (e.target as HTMLSelectElement).value)}
              >
                ${choices.map(
                  (s) =>
                    html`<option value=${s.id} ?selected=${s.id === subscription.id}>
                      ${s.product.name}
                    </option>`,
                )}
              </select></label
            >`
          : nothing
      }
      <div part="usage" class="usage">
        <span id="seats-used">${t.term('seatsUsed', used, list.total_seats)}</span>
        <meter min="0" max=${list.total_seats} .value=${used} aria-labelledby="seats-used"></meter>
      </div>
      ${
        list.seats.length === 0
          ? html`<p part="empty">${t.term('seatsEmpty')}</p>`
          : renderSeatList(t, list.seats, {
              page: this.page,
              size: this.size,
              go: (page) => (this.page = page),
              manage,
              changes: this.changes,
            })
      }
      ${
        manage
          ? this.assign.render(subscription.id, list.available_seats)
          : html`<p class="hint">${t.term('seatsReadOnly')}</p>`
      }`;
  }
}
