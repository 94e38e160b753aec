/** English terms: benefits. English is the fallback for every other language. */
export const benefits = {};
