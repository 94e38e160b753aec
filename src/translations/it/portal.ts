import type { portal as en } from '../../locales/en/portal.js';

/** Italian terms: the all-in-one portal. */
export const portal: typeof en = {
  portalTabs: 'Portale clienti',
  tab_subscriptions: 'Abbonamenti',
  tab_seats: 'Postazioni del team',
  tab_orders: 'Ordini',
  tab_benefits: 'Vantaggi',
  tab_customer: 'Account',
};
