import type { CustomerSeat } from '../api/types.js';

/** Fired when a seat was assigned (an invitation is on its way). `detail`: the seat as the API answered. */
export class PortalSeatAssignedEvent extends CustomEvent<CustomerSeat> {
  constructor(seat: CustomerSeat) {
    super('portal-seat-assigned', { detail: seat, bubbles: true, composed: true });
  }
}

/** Fired when a seat was revoked: its holder lost access. `detail`: the seat as the API answered. */
export class PortalSeatRevokedEvent extends CustomEvent<CustomerSeat> {
  constructor(seat: CustomerSeat) {
    super('portal-seat-revoked', { detail: seat, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'portal-seat-assigned': PortalSeatAssignedEvent;
    'portal-seat-revoked': PortalSeatRevokedEvent;
  }
}
