import type { portal as en } from '../../locales/en/portal.js';

/** European Portuguese terms: the all-in-one portal. */
export const portal: typeof en = {
  portalTabs: 'Portal do cliente',
  tab_subscriptions: 'Subscrições',
  tab_seats: 'Licenças da equipa',
  tab_orders: 'Encomendas',
  tab_benefits: 'Benefícios',
  tab_customer: 'Conta',
};
