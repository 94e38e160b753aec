import type { portal as en } from '../en/portal.js';

/** German terms: portal. */
export const portal: typeof en = {};
