/**
 * The script-tag entry: defines every element built so far, and exports the classes, the
 * client, the session and the contract types for TypeScript users.
 */
export { PortalLogin } from './elements/portal-login/define.js';
export { PortalSubscriptions } from './elements/portal-subscriptions/define.js';
export { PortalSeats } from './elements/portal-seats/define.js';
export { PortalOrders } from './elements/portal-orders/define.js';
export { PortalCustomer } from './elements/portal-customer/define.js';
export { PortalBenefits } from './elements/portal-benefits/define.js';
export { CustomerPortal } from './elements/customer-portal/define.js';
export {
  PortalClient,
  resolveApiBase,
  POLAR_API_BASE,
  POLAR_SANDBOX_API_BASE,
} from './api/client.js';
export { PortalApiError } from './api/errors.js';
export {
  getSession,
  type PortalSession,
  type SessionInfo,
  type Persistence,
} from './session/session.js';
export {
  PortalSignedInEvent,
  PortalSignedOutEvent,
  PortalSessionExpiredEvent,
} from './events/session-events.js';
export {
  PortalSubscriptionCanceledEvent,
  PortalSubscriptionUncanceledEvent,
  PortalSubscriptionUpdatedEvent,
} from './events/subscription-events.js';
export { PortalSeatAssignedEvent, PortalSeatRevokedEvent } from './events/seat-events.js';
export {
  PortalOrderUpdatedEvent,
  PortalInvoiceGeneratedEvent,
  PortalOrderPaidEvent,
} from './events/order-events.js';
export {
  PortalCustomerUpdatedEvent,
  PortalPaymentMethodAddedEvent,
  PortalPaymentMethodRemovedEvent,
  PortalPaymentMethodDefaultChangedEvent,
} from './events/customer-events.js';
export {
  PortalLicenseKeyDeactivatedEvent,
  PortalBenefitClaimedEvent,
} from './events/benefit-events.js';
export type { PaymentMethodCollector } from './elements/portal-customer/card-collector.js';
export { registerPortalTranslation } from './internal/localize.js';
export { PORTAL_FEATURES, type PortalFeature } from './internal/portal-element.js';
export type * from './api/types.js';
