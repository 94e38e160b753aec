import type { HttpHandler } from 'msw';
import { customerSessionRoutes } from './handlers/customer-session.js';
import { customerSessionCreateRoutes } from './handlers/customer-sessions.js';
import { benefitGrantRoutes } from './handlers/benefit-grants.js';
import { customerRoutes } from './handlers/customers.js';
import { devRoutes } from './handlers/dev.js';
import { emailUpdateRoutes } from './handlers/email-update.js';
import { downloadableRoutes, fileRoutes } from './handlers/downloadables.js';
import { licenseKeyRoutes } from './handlers/license-keys.js';
import { memberRoutes } from './handlers/members.js';
import { oauthAccountRoutes, oauthProviderRoutes } from './handlers/oauth-accounts.js';
import { orderRoutes } from './handlers/orders.js';
import { organizationRoutes } from './handlers/organizations.js';
import { paymentIntentRoutes } from './handlers/payment-intents.js';
import { documentRoutes } from './documents.js';
import { verifyEmailPageHandlers } from './pages/verify-email.js';
import { seatRoutes } from './handlers/seats.js';
import { subscriptionRoutes } from './handlers/subscriptions.js';
import { usageRoutes } from './handlers/usage.js';
import type { MockOptions } from './options.js';
import { toDevHandlers, toHandlers, type Route } from './routing.js';
import { MockState } from './state.js';

export type { MockOptions, CodeAlphabet, RateLimitMode } from './options.js';
export { ManualClock, type Clock } from './clock.js';
export type { SeedSummary } from './handlers/dev.js';
export type { SentEmail } from './mailbox.js';
export { MockState };

export interface MockApi {
  /** One handler set for both transports: MSW's browser worker and the Node HTTP server. */
  handlers: HttpHandler[];
  state: MockState;
  /** Every route the handlers serve: Polar's, then the development ones. */
  routes: { api: Route[]; dev: Route[] };
}

/** A fresh mock of Polar's Customer Portal API with its own state, seeded. */
export function createMockApi(options: MockOptions = {}): MockApi {
  const state = new MockState(options);
  const routes = [
    ...customerSessionRoutes,
    ...customerSessionCreateRoutes,
    ...benefitGrantRoutes,
    ...downloadableRoutes,
    ...licenseKeyRoutes,
    ...memberRoutes,
    ...oauthAccountRoutes,
    ...customerRoutes,
    ...emailUpdateRoutes,
    ...orderRoutes,
    ...organizationRoutes,
    ...seatRoutes,
    ...subscriptionRoutes,
    ...usageRoutes,
  ];
  const shared = [...documentRoutes, ...fileRoutes, ...oauthProviderRoutes, ...paymentIntentRoutes];
  return {
    handlers: [
      ...toDevHandlers(devRoutes, state, { controls: true }),
      ...toDevHandlers(shared, state),
      // Polar's front end, not its API: the page the email-change link opens.
      ...verifyEmailPageHandlers(state),
      ...toHandlers(routes, state),
    ],
    state,
    routes: { api: routes, dev: [...devRoutes, ...shared] },
  };
}
