import { setupWorker, type SetupWorker } from 'msw/browser';
import { seenFromAnotherOrigin } from './browser/cross-origin-view.js';
import { createMockApi, type MockApi, type MockOptions } from './index.js';

export interface BrowserMock extends MockApi {
  worker: SetupWorker;
}

/**
 * The mock in the page: MSW's service worker answers the elements' fetches from the same
 * handlers the Node server uses, as a merchant's page on another origin sees Polar's answers
 * (only the headers Polar's CORS lets it read: `browser/cross-origin-view.ts`), `worker.use()`
 * overrides included. Start it with `worker.start()` before the elements fetch.
 */
export function createBrowserMock(options: MockOptions = {}): BrowserMock {
  const api = createMockApi(options);
  return { ...api, worker: seenFromAnotherOrigin(setupWorker(...api.handlers)) };
}

export { testCardAuthenticate } from './browser/test-card-authenticate.js';
