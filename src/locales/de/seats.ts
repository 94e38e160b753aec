import type { seats as en } from '../en/seats.js';

/** German terms: seats. */
export const seats: typeof en = {};
