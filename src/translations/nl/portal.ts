import type { portal as en } from '../../locales/en/portal.js';

/** Dutch terms: the all-in-one portal. */
export const portal: typeof en = {
  portalTabs: 'Klantportaal',
  tab_subscriptions: 'Abonnementen',
  tab_seats: 'Teamplekken',
  tab_orders: 'Bestellingen',
  tab_benefits: 'Voordelen',
  tab_customer: 'Account',
};
