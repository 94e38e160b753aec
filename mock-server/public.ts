/**
 * `portal-elements/mock`, for merchants' own tests: the mock of Polar's Customer Portal API as
 * MSW handlers (`createMockApi().handlers`, for `setupServer` or `setupWorker`), its seed, and
 * a real HTTP server for Node (`createMockServer().listen()`).
 */
export { createMockApi, ManualClock, MockState } from './index.js';
export type {
  MockApi,
  MockOptions,
  CodeAlphabet,
  RateLimitMode,
  Clock,
  SeedSummary,
  SentEmail,
} from './index.js';
export { createMockServer } from './node.js';
export type { MockServer, MockServerOptions } from './node.js';
export { toNodeListener, type NodeListener } from './node-listener.js';
export { createSeed, type SeedData } from './db/seed/index.js';
