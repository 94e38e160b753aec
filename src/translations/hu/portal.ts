import type { portal as en } from '../../locales/en/portal.js';

/** Hungarian terms: the all-in-one portal. */
export const portal: typeof en = {
  portalTabs: 'Ügyfélportál',
  tab_subscriptions: 'Előfizetések',
  tab_seats: 'Felhasználói helyek',
  tab_orders: 'Rendelések',
  tab_benefits: 'Előnyök',
  tab_customer: 'Fiók',
};
