/**
 * The script-tag entry: defines every element built so far, and exports the classes, the
 * client, the session and the contract types for TypeScript users.
 */
export { PortalLogin } from './elements/portal-login/define.js';
export { PortalSubscriptions } from './elements/portal-subscriptions/define.js';
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
export { registerPortalTranslation } from './internal/localize.js';
export type * from './api/types.js';
