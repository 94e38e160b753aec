import type { orders as en } from '../en/orders.js';

/** German terms: orders. */
export const orders: typeof en = {};
