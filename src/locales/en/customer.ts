/** English terms: customer. English is the fallback for every other language. */
export const customer = {};
