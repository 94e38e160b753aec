import type { portal as en } from '../../locales/en/portal.js';

/** Arabic terms: the all-in-one portal. */
export const portal: typeof en = {
  portalTabs: 'بوابة العملاء',
  tab_subscriptions: 'الاشتراكات',
  tab_seats: 'مقاعد الفريق',
  tab_orders: 'الطلبات',
  tab_benefits: 'المزايا',
  tab_customer: 'الحساب',
};
