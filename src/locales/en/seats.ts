/** English terms: seats. English is the fallback for every other language. */
export const seats = {};
