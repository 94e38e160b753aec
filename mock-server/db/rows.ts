/**
 * The mock's tables. Rows hold what Polar's database holds; the wire objects of the contract
 * (`src/api/types.ts`) are built from them by the handlers' serializers. One file per domain
 * under `rows/`, each row type with its columns (`db/columns.ts`).
 */
export * from './rows/common.js';
export * from './rows/catalog.js';
export * from './rows/customers.js';
export * from './rows/billing.js';
export * from './rows/grants.js';
export * from './rows/sign-in.js';
export * from './rows/access.js';
