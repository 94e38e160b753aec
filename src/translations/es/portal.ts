import type { portal as en } from '../../locales/en/portal.js';

/** Spanish terms: the all-in-one portal. */
export const portal: typeof en = {
  portalTabs: 'Portal de clientes',
  tab_subscriptions: 'Suscripciones',
  tab_seats: 'Plazas del equipo',
  tab_orders: 'Pedidos',
  tab_benefits: 'Ventajas',
  tab_customer: 'Cuenta',
};
