import { PortalSeats } from './portal-seats.js';

export { PortalSeats };

/** Registers `<portal-seats>`; loading twice warns instead of throwing. */
if (customElements.get('portal-seats')) {
  if (customElements.get('portal-seats') !== PortalSeats)
    console.warn('portal-seats is already defined; keeping the first definition.');
} else {
  customElements.define('portal-seats', PortalSeats);
}

declare global {
  interface HTMLElementTagNameMap {
    'portal-seats': PortalSeats;
  }
}
