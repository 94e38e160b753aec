import type { portal as en } from '../../locales/en/portal.js';

/** Polish terms: the all-in-one portal. */
export const portal: typeof en = {
  portalTabs: 'Portal klienta',
  tab_subscriptions: 'Subskrypcje',
  tab_seats: 'Stanowiska zespołu',
  tab_orders: 'Zamówienia',
  tab_benefits: 'Korzyści',
  tab_customer: 'Konto',
};
