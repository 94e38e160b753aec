import type { CustomerPortal } from '../elements/customer-portal/customer-portal.js';
import type { PortalBenefits } from '../elements/portal-benefits/portal-benefits.js';
import type { PortalCustomer } from '../elements/portal-customer/portal-customer.js';
import type { PortalLogin } from '../elements/portal-login/portal-login.js';
import type { PortalOrders } from '../elements/portal-orders/portal-orders.js';
import type { PortalSeats } from '../elements/portal-seats/portal-seats.js';
import type { PortalSubscriptions } from '../elements/portal-subscriptions/portal-subscriptions.js';

/**
 * JSX types for React 19 users who use the tags directly (React 19 sets properties and listens
 * to custom events itself): `import type {} from 'portal-elements/jsx'` once in the app.
 */
type Attributes = {
  'organization-id'?: string;
  organization?: string;
  'api-base'?: string;
  sandbox?: boolean;
  persist?: 'memory' | 'session' | 'local';
  theme?: 'light' | 'dark' | 'auto';
  'hidden-features'?: string;
  'readonly-features'?: string;
  lang?: string;
  'page-size'?: number;
};

type PortalTag<E extends HTMLElement> = Partial<Omit<E, keyof HTMLElement>> &
  Attributes &
  import('react').DOMAttributes<E> & {
    ref?: import('react').Ref<E>;
    key?: import('react').Key;
    class?: string;
    className?: string;
    style?: import('react').CSSProperties;
    id?: string;
  } & { [event: `onportal-${string}`]: ((event: Event) => void) | undefined };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in a namespace
  namespace JSX {
    interface IntrinsicElements {
      'portal-login': PortalTag<PortalLogin> & { 'hide-when-signed-in'?: boolean };
      'portal-subscriptions': PortalTag<PortalSubscriptions>;
      'portal-seats': PortalTag<PortalSeats> & { 'subscription-id'?: string };
      'portal-orders': PortalTag<PortalOrders>;
      'portal-customer': PortalTag<PortalCustomer>;
      'portal-benefits': PortalTag<PortalBenefits>;
      'customer-portal': PortalTag<CustomerPortal> & { views?: string; view?: string };
    }
  }
}

export {};
