import { defineElement } from '../../internal/define.js';
import { PortalSeats } from './portal-seats.js';

export { PortalSeats };

/** Registers `<portal-seats>`; loading twice warns instead of throwing. */
defineElement('portal-seats', PortalSeats);

declare global {
  interface HTMLElementTagNameMap {
    'portal-seats': PortalSeats;
  }
}
