/** English terms: portal. English is the fallback for every other language. */
export const portal = {};
