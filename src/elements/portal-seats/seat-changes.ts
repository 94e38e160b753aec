import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CustomerSeat } from '../../api/types.js';
import { PortalSeatRevokedEvent } from '../../events/seat-events.js';
import { ConfirmFlow } from '../../internal/confirm-dialog.js';
import { describeError } from '../../internal/states.js';
import { holder, type SeatsContext } from './seats-context.js';

export interface SeatChangesContext extends SeatsContext {
  /** The product the seats are of, for the confirmation's sentence. */
  product: () => string;
}

/**
 * Revoking a seat (after a confirmation that says who loses what) and resending a pending
 * invitation. Both go through the store, which reloads the seats (and, for a revoke, the
 * subscription and the team) wherever they are shown; each outcome shows in the seat's row.
 */
export class SeatChanges implements ReactiveController {
  private readonly revokeFlow: ConfirmFlow<CustomerSeat, CustomerSeat>;

  constructor(
    host: ReactiveControllerHost & { renderRoot: ParentNode },
    private readonly ctx: SeatChangesContext,
  ) {
    host.addController(this);
    const t = ctx.localize;
    this.revokeFlow = new ConfirmFlow(host, 'revoke', {
      action: async (seat) => {
        const session = ctx.session();
        const run = await ctx.actions.run(
          `revoke:${seat.id}`,
          () => session!.store.revokeSeat(seat.id),
          {
            success: () => t.term('revokedAnnouncement', holder(seat) ?? ''),
            event: (revoked) => new PortalSeatRevokedEvent(revoked),
            // The dialog shows why, and stays open.
            quietError: true,
          },
        );
        if (!run.ok) throw run.error;
        return run.value;
      },
      describe: (error) => describeError(t, error),
      // After the dialog gave focus back: on the row, whose revoke button is gone.
      done: (seat) => ctx.focus(`[data-id="${seat.id}"]`),
    });
  }

  hostConnected(): void {}

  revoke(seat: CustomerSeat, opener: EventTarget | null): void {
    void this.revokeFlow.open(seat, opener);
  }

  resending(seat: CustomerSeat): boolean {
    return this.ctx.actions.busy(`resend:${seat.id}`);
  }

  async resend(seat: CustomerSeat): Promise<void> {
    const session = this.ctx.session();
    if (!session) return;
    const t = this.ctx.localize;
    await this.ctx.actions.run(
      `resend:${seat.id}`,
      () => session.store.resendSeatInvitation(seat.id),
      { success: () => t.term('resentAnnouncement', holder(seat) ?? '') },
    );
  }

  /** The outcome of a change to `seat`, for its row. */
  renderOutcome(seat: CustomerSeat) {
    return this.ctx.actions.renderOutcome(`revoke:${seat.id}`, `resend:${seat.id}`);
  }

  /** Another person signed in: no confirmation of the previous one's stays. */
  reset(): void {
    this.revokeFlow.close();
  }

  renderDialog() {
    const t = this.ctx.localize;
    return this.revokeFlow.render((seat) => ({
      heading: t.term('revokeHeading', holder(seat) ?? ''),
      body: t.term('revokeConsequence', holder(seat) ?? '', this.ctx.product()),
      confirm: t.term('revokeSeat'),
      busy: t.term('revoking'),
      keep: t.term('keepSeat'),
    }));
  }
}
