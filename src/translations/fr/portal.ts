import type { portal as en } from '../../locales/en/portal.js';

/** French terms: the all-in-one portal. */
export const portal: typeof en = {
  portalTabs: 'Espace client',
  tab_subscriptions: 'Abonnements',
  tab_seats: 'Sièges de l’équipe',
  tab_orders: 'Commandes',
  tab_benefits: 'Avantages',
  tab_customer: 'Compte',
};
