/** English terms: orders. English is the fallback for every other language. */
export const orders = {};
