import type { portal as en } from '../../locales/en/portal.js';

/** Swedish terms: the all-in-one portal. */
export const portal: typeof en = {
  portalTabs: 'Kundportal',
  tab_subscriptions: 'Prenumerationer',
  tab_seats: 'Teamplatser',
  tab_orders: 'Beställningar',
  tab_benefits: 'Förmåner',
  tab_customer: 'Konto',
};
