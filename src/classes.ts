/**
 * The element classes without registering any tag, for hosts that choose their own names:
 * `customElements.define('acme-login', PortalLogin)`. (The all-in-one portal renders the
 * `portal-*` tags, so register those names if you use it.)
 */
export { PortalLogin } from './elements/portal-login/portal-login.js';
export { PortalSubscriptions } from './elements/portal-subscriptions/portal-subscriptions.js';
export { PortalSeats } from './elements/portal-seats/portal-seats.js';
export { PortalOrders } from './elements/portal-orders/portal-orders.js';
export { PortalCustomer } from './elements/portal-customer/portal-customer.js';
export { PortalBenefits } from './elements/portal-benefits/portal-benefits.js';
export { PortalElement, PORTAL_FEATURES, type PortalFeature } from './internal/portal-element.js';
