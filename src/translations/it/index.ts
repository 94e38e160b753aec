import type { LanguageAreas } from '../../locales/areas.js';

/**
 * This language's areas, each its own chunk, fetched when an element on the page needs it
 * (`internal/localize.ts`). The same list in every language: literal imports are what lets a
 * bundler find the files.
 */
export const areas: LanguageAreas = {
  benefits: () => import('./benefits.js'),
  'card-embed': () => import('./card-embed.js'),
  common: () => import('./common.js'),
  customer: () => import('./customer.js'),
  login: () => import('./login.js'),
  orders: () => import('./orders.js'),
  payment: () => import('./payment.js'),
  portal: () => import('./portal.js'),
  seats: () => import('./seats.js'),
  subscriptions: () => import('./subscriptions.js'),
};
