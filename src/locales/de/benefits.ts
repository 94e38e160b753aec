import type { benefits as en } from '../en/benefits.js';

/** German terms: benefits. */
export const benefits: typeof en = {};
