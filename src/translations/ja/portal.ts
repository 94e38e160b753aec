import type { portal as en } from '../../locales/en/portal.js';

/** Japanese terms: the all-in-one portal. */
export const portal: typeof en = {
  portalTabs: 'カスタマーポータル',
  tab_subscriptions: 'サブスクリプション',
  tab_seats: 'チームの席',
  tab_orders: '注文履歴',
  tab_benefits: '特典',
  tab_customer: 'アカウント',
};
