/**
 * The package entry. The elements register here as they land; today it carries the contract
 * types of Polar's Customer Portal API that the elements and the mock share.
 */
export type * from './api/types.js';
