/**
 * The npm entries: one ES module per element, the class-only entry, the React wrappers. Read by
 * vite.config.ts (the esm build) and scripts/check-size.ts (which measures each), so a new entry
 * is built and measured alike.
 */
export const ESM_ENTRIES = {
  index: 'src/index.ts',
  classes: 'src/classes.ts',
  login: 'src/elements/portal-login/define.ts',
  subscriptions: 'src/elements/portal-subscriptions/define.ts',
  seats: 'src/elements/portal-seats/define.ts',
  orders: 'src/elements/portal-orders/define.ts',
  customer: 'src/elements/portal-customer/define.ts',
  benefits: 'src/elements/portal-benefits/define.ts',
  portal: 'src/elements/customer-portal/define.ts',
  react: 'src/react/index.ts',
};
