import type { portal as en } from '../../locales/en/portal.js';

/** Turkish terms: the all-in-one portal. */
export const portal: typeof en = {
  portalTabs: 'Müşteri portalı',
  tab_subscriptions: 'Abonelikler',
  tab_seats: 'Ekip koltukları',
  tab_orders: 'Siparişler',
  tab_benefits: 'Avantajlar',
  tab_customer: 'Hesap',
};
