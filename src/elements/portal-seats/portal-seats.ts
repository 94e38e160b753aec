import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CustomerSeat, CustomerSubscription, SeatsList } from '../../api/types.js';
import { PortalSeatAssignedEvent, PortalSeatRevokedEvent } from '../../events/seat-events.js';
import { ApiTask } from '../../internal/api-task.js';
import { ConfirmFlow } from '../../internal/confirm-dialog.js';
import { formatDate } from '../../internal/format.js';
import { registerTerms } from '../../internal/localize.js';
import { PortalElement } from '../../internal/portal-element.js';
import {
  describeError,
  renderLoadError,
  renderLoading,
  renderPagination,
} from '../../internal/states.js';
import { controls, resource, tokens } from '../../internal/styles.js';
import { seats as de } from '../../locales/de/seats.js';
import { seats as es } from '../../locales/es/seats.js';
import { seats as en } from '../../locales/en/seats.js';
import { assignSeats, idleAssign, renderAssignForm, type AssignState } from './assign-form.js';
import { seatsStyles } from './portal-seats.styles.js';

registerTerms({ en, de, es });

interface SeatsView {
  /** The seat-based subscriptions to choose from (one unless the customer has several). */
  subscriptions: CustomerSubscription[];
  subscription: CustomerSubscription | null;
  list: SeatsList | null;
}

const isSeatBased = (s: CustomerSubscription) =>
  s.prices.some((price) => price.amount_type === 'seat_based') && !s.ended_at;

/**
 * @tagname portal-seats
 * @summary The seats of a seat-based subscription: how many are used, who holds them (pending
 * invitation, active, revoked), inviting people by email (several at once), revoking a seat and
 * resending an invitation. Read-only for a team `member` and with `readonly-features="seats"`;
 * renders nothing with `hidden-features="seats"`.
 *
 * @fires portal-seat-assigned - A seat was assigned; `detail` is the seat.
 * @fires portal-seat-revoked - A seat was revoked; `detail` is the seat.
 *
 * @csspart signed-out - The sentence shown while no one is signed in.
 * @csspart loading - The announced skeleton.
 * @csspart error - A load error with its retry button.
 * @csspart empty - No seat-based subscription, or no seats yet.
 * @csspart usage - "3 of 5 seats used" and its meter.
 * @csspart list - The list of seats.
 * @csspart seat - One seat.
 * @csspart pagination - Previous and next page, when there are more seats than `page-size`.
 * @csspart status - A seat's status badge.
 * @csspart assign-form - The invite-by-email form.
 * @csspart dialog - The revoke confirmation.
 * @csspart confirm-button - The dialog's confirming button.
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
  @property({ type: Number, attribute: 'page-size' }) pageSize = 25;
  @state() private page = 1;
  @state() private chosen: string | null = null;
  @state() private assign: AssignState = idleAssign();
  @state() private resendingId: string | null = null;
  @state() private announcement = '';
  @state() private actionError: string | null = null;

  private readonly view = new ApiTask<[string | null], SeatsView>(this, {
    session: () => this.session,
    args: () => [this.subscriptionId ?? this.chosen] as [string | null],
    run: async (client, [wanted], signal) => {
      const page = await client.listSubscriptions({ limit: 100 }, signal);
      const subscriptions = page.items.filter(isSeatBased);
      const subscription =
        subscriptions.find((s) => s.id === wanted) ??
        (wanted ? await client.getSubscription(wanted) : (subscriptions[0] ?? null));
      const list = subscription ? await client.listSeats(subscription.id) : null;
      return { subscriptions, subscription, list };
    },
  });

  private readonly revoke = new ConfirmFlow<CustomerSeat, CustomerSeat>(this, 'revoke', {
    action: (seat) => this.session!.client.revokeSeat(seat.id),
    describe: (error) => describeError(this.localize, error),
    done: (seat, target) => {
      this.replaceSeat(seat);
      this.announcement = this.localize.term('revokedAnnouncement', holder(target) ?? '');
      this.focusAfterRender(`[data-id="${seat.id}"]`);
      this.dispatchEvent(new PortalSeatRevokedEvent(seat));
    },
  });

  private get canManage(): boolean {
    return this.canChange('seats');
  }

  /** Puts the server's answer in place and keeps the count in step. */
  private replaceSeat(seat: CustomerSeat): void {
    const list = this.view.value?.list;
    if (!list) return;
    const index = list.seats.findIndex((s) => s.id === seat.id);
    const wasTaking = index >= 0 && list.seats[index]!.status !== 'revoked';
    if (index >= 0) list.seats[index] = seat;
    else list.seats.push(seat);
    const takes = seat.status !== 'revoked';
    if (wasTaking !== takes) list.available_seats += takes ? -1 : 1;
    this.requestUpdate();
  }

  /** Turns to the page that holds this seat, so a newly assigned person is in view. */
  private showPageOf(seat: CustomerSeat): void {
    const index = this.view.value?.list?.seats.findIndex((s) => s.id === seat.id) ?? -1;
    if (index >= 0) this.page = Math.floor(index / this.size) + 1;
  }

  private get size(): number {
    return Math.max(1, Math.floor(this.pageSize) || 25);
  }

  private async submitAssign(): Promise<void> {
    const { subscription, list } = this.view.value ?? {};
    if (!this.session || !subscription || !list || this.assign.busy) return;
    this.assign = { ...this.assign, busy: true, problems: [] };
    this.announcement = '';
    const { state, sent } = await assignSeats(
      this.localize,
      this.assign,
      list.available_seats,
      {
        client: this.session.client,
        subscriptionId: subscription.id,
        describe: (error) => describeError(this.localize, error),
      },
      (seat) => {
        this.replaceSeat(seat);
        this.showPageOf(seat);
        this.dispatchEvent(new PortalSeatAssignedEvent(seat));
      },
    );
    this.assign = state;
    if (sent) this.announcement = this.localize.term('assignedAnnouncement', sent);
    if (state.problems.length) this.focusAfterRender('#assign-emails');
  }

  private async resend(seat: CustomerSeat): Promise<void> {
    if (!this.session || this.resendingId) return;
    this.resendingId = seat.id;
    this.actionError = null;
    try {
      this.replaceSeat(await this.session.client.resendSeatInvitation(seat.id));
      this.announcement = this.localize.term('resentAnnouncement', holder(seat) ?? '');
    } catch (error) {
      this.actionError = describeError(this.localize, error);
    } finally {
      this.resendingId = null;
    }
  }

  override render(): TemplateResult | typeof nothing {
    const t = this.localize;
    if (this.isHidden('seats')) return nothing;
    if (this.session?.status !== 'signed-in')
      return html`<p part="signed-out">${t.term('seatsSignIn')}</p>`;
    return html`<section aria-labelledby="heading">
      <h2 id="heading">${t.term('seatsHeading')}</h2>
      ${this.view.task.render({
        pending: () => renderLoading(t.term('seatsLoading')),
        error: (error) => renderLoadError(t, error, () => this.view.retry()),
        complete: (view) => (view ? this.renderView(view) : nothing),
      })}
      ${this.actionError ? html`<p class="error" role="alert">${this.actionError}</p>` : nothing}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${this.revoke.render((seat) => {
        const subscription = this.view.value?.subscription;
        return {
          heading: t.term('revokeHeading', holder(seat) ?? ''),
          body: t.term('revokeConsequence', holder(seat) ?? '', subscription?.product.name ?? ''),
          confirm: t.term('revokeSeat'),
          busy: t.term('revoking'),
          keep: t.term('keepSeat'),
        };
      })}
    </section>`;
  }

  private renderView({ subscriptions, subscription, list }: SeatsView): TemplateResult {
    const t = this.localize;
    if (!subscription || !list) return html`<p part="empty">${t.term('seatsNone')}</p>`;
    const used = list.total_seats - list.available_seats;
    return html`${
        subscriptions.length > 1 && !this.subscriptionId
          ? html`<label
              >${t.term('seatsSubscription')}
              <select
                @change=${(e: Event) => (this.chosen = (e.target as HTMLSelectElement).value)}
              >
                ${subscriptions.map(
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
          : this.renderSeatList(list.seats)
      }
      ${
        this.canManage
          ? renderAssignForm(t, this.assign, {
              input: (text) => (this.assign = { ...this.assign, text }),
              submit: () => void this.submitAssign(),
            })
          : html`<p class="hint">${t.term('seatsReadOnly')}</p>`
      }`;
  }

  private renderSeatList(seats: CustomerSeat[]): TemplateResult {
    const pages = Math.ceil(seats.length / this.size);
    const page = Math.min(this.page, pages);
    const start = (page - 1) * this.size;
    return html`<ul part="list">
        ${seats.slice(start, start + this.size).map((seat) => this.renderSeat(seat))}
      </ul>
      ${renderPagination(this.localize, page, pages, (p) => (this.page = p))}`;
  }

  private renderSeat(seat: CustomerSeat): TemplateResult {
    const t = this.localize;
    const date = (value: string) => formatDate(value, t.lang());
    const labels = {
      pending: t.term('seatStatusPending'),
      claimed: t.term('seatStatusClaimed'),
      revoked: t.term('seatStatusRevoked'),
    };
    const when =
      seat.status === 'revoked' && seat.revoked_at
        ? t.term('seatRevokedOn', date(seat.revoked_at))
        : seat.status === 'claimed' && seat.claimed_at
          ? t.term('seatClaimedOn', date(seat.claimed_at))
          : t.term('seatInvitedOn', date(seat.created_at));
    const name = seat.member?.name;
    const who = holder(seat);
    return html`<li part="seat" data-id=${seat.id} tabindex="-1">
      <div class="row">
        <span class="name">${name ?? who ?? t.term('seatFreed')}</span>
        <span class="badge ${seat.status}" part="status">${labels[seat.status]}</span>
      </div>
      ${name && who ? html`<span>${who}</span>` : nothing}
      <span class="hint">${when}</span>
      ${this.canManage && seat.status !== 'revoked' ? this.renderSeatActions(seat) : nothing}
    </li>`;
  }

  private renderSeatActions(seat: CustomerSeat): TemplateResult {
    const t = this.localize;
    const resending = this.resendingId === seat.id;
    return html`<div class="actions">
      ${
        seat.status === 'pending'
          ? html`<button
              type="button"
              class="secondary"
              part="resend-button"
              ?disabled=${resending}
              @click=${() => void this.resend(seat)}
            >
              ${resending ? t.term('resending') : t.term('resendInvitation')}
            </button>`
          : nothing
      }
      <button
        type="button"
        class="secondary"
        part="revoke-button"
        @click=${(e: Event) => void this.revoke.open(seat, e.currentTarget)}
      >
        ${t.term('revokeSeat')}
      </button>
    </div>`;
  }
}

/** Who holds a seat, as a person reads it: the member's or the invited email. */
const holder = (seat: CustomerSeat): string | null =>
  seat.member?.email ?? seat.email ?? seat.customer_email ?? null;
