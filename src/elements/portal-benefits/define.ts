import { PortalBenefits } from './portal-benefits.js';

export { PortalBenefits };

/** Registers `<portal-benefits>`; loading twice warns instead of throwing. */
if (customElements.get('portal-benefits')) {
  if (customElements.get('portal-benefits') !== PortalBenefits)
    console.warn('portal-benefits is already defined; keeping the first definition.');
} else {
  customElements.define('portal-benefits', PortalBenefits);
}

declare global {
  interface HTMLElementTagNameMap {
    'portal-benefits': PortalBenefits;
  }
}
