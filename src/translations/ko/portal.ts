import type { portal as en } from '../../locales/en/portal.js';

/** Korean terms: the all-in-one portal. */
export const portal: typeof en = {
  portalTabs: '고객 포털',
  tab_subscriptions: '구독',
  tab_seats: '팀 좌석',
  tab_orders: '주문 내역',
  tab_benefits: '혜택',
  tab_customer: '계정',
};
