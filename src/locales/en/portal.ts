/** English terms: the all-in-one portal. English is the fallback for every other language. */
export const portal = {
  portalTabs: 'Customer portal',
  tab_subscriptions: 'Subscriptions',
  tab_seats: 'Team seats',
  tab_orders: 'Orders',
  tab_benefits: 'Benefits',
  tab_customer: 'Account',
};
