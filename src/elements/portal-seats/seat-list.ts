import { html, nothing, type TemplateResult } from 'lit';
import type { CustomerSeat } from '../../api/types.js';
import { formatDate } from '../../internal/format.js';
import type { PortalLocalize } from '../../internal/localize.js';
import { renderPagination } from '../../internal/states.js';
import type { SeatChanges } from './seat-changes.js';
import { holder } from './seats-context.js';

export interface SeatListOptions {
  page: number;
  size: number;
  go: (page: number) => void;
  /** Whether the signed-in person may revoke seats and resend invitations. */
  manage: boolean;
  changes: SeatChanges;
}

/** One page of seats (the API returns them all at once), with the pages to move through. */
export function renderSeatList(
  t: PortalLocalize,
  seats: CustomerSeat[],
  options: SeatListOptions,
): TemplateResult {
  const pages = Math.ceil(seats.length / options.size);
  const page = Math.min(options.page, pages);
  const start = (page - 1) * options.size;
  return html`<ul part="list">
      ${seats.slice(start, start + options.size).map((seat) => renderSeat(t, seat, options))}
    </ul>
    ${renderPagination(t, page, pages, options.go)}`;
}

function renderSeat(t: PortalLocalize, seat: CustomerSeat, options: SeatListOptions) {
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
    ${options.manage && seat.status !== 'revoked' ? renderSeatActions(t, seat, options) : nothing}
    ${options.changes.renderOutcome(seat)}
  </li>`;
}

function renderSeatActions(t: PortalLocalize, seat: CustomerSeat, { changes }: SeatListOptions) {
  const resending = changes.resending(seat);
  return html`<div class="actions">
    ${
      seat.status === 'pending'
        ? html`<button
            type="button"
            class="secondary"
            part="resend-button"
            ?disabled=${resending}
            @click=${() => void changes.resend(seat)}
          >
            ${resending ? t.term('resending') : t.term('resendInvitation')}
          </button>`
        : nothing
    }
    <button
      type="button"
      class="secondary"
      part="revoke-button"
      @click=${(e: Event) => changes.revoke(seat, e.currentTarget)}
    >
      ${t.term('revokeSeat')}
    </button>
  </div>`;
}
