import type { portal as en } from '../../locales/en/portal.js';

/** German terms: the all-in-one portal. */
export const portal: typeof en = {
  portalTabs: 'Kundenportal',
  tab_subscriptions: 'Abonnements',
  tab_seats: 'Team-Plätze',
  tab_orders: 'Bestellungen',
  tab_benefits: 'Vorteile',
  tab_customer: 'Konto',
};
