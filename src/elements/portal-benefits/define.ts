import { defineElement } from '../../internal/define.js';
import { PortalBenefits } from './portal-benefits.js';

export { PortalBenefits };

/** Registers `<portal-benefits>`; loading twice warns instead of throwing. */
defineElement('portal-benefits', PortalBenefits);

declare global {
  interface HTMLElementTagNameMap {
    'portal-benefits': PortalBenefits;
  }
}
