import type { customer as en } from '../en/customer.js';

/** German terms: customer. */
export const customer: typeof en = {};
