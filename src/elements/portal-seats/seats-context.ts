import type { CustomerSeat } from '../../api/types.js';
import type { ActionController } from '../../controllers/action-controller.js';
import type { PortalLocalize } from '../../internal/localize.js';
import type { PortalSession } from '../../session/session.js';

/**
 * What the sub-features of `<portal-seats>` (assigning, revoking, resending) use of the
 * element: its session, its words, its one action controller (one change at a time, every
 * outcome shown the same way) and focus after the next render.
 */
export interface SeatsContext {
  session: () => PortalSession | null;
  localize: PortalLocalize;
  actions: ActionController;
  focus: (selector: string) => void;
}

/** Who holds a seat, as a person reads it: the member's or the invited email. */
export const holder = (seat: CustomerSeat): string | null =>
  seat.member?.email ?? seat.email ?? seat.customer_email ?? null;
