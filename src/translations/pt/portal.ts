import type { portal as en } from '../../locales/en/portal.js';

/** Brazilian Portuguese terms: the all-in-one portal. */
export const portal: typeof en = {
  portalTabs: 'Portal do cliente',
  tab_subscriptions: 'Assinaturas',
  tab_seats: 'Licenças da equipe',
  tab_orders: 'Pedidos',
  tab_benefits: 'Benefícios',
  tab_customer: 'Conta',
};
