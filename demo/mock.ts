import type { SeedSummary } from '../mock-server/index.js';

/** What the demo pages get from the mock. */
export interface DemoMock {
  seed: SeedSummary;
  /**
   * Whether the example merchant backend answers `POST /portal-session` on this origin: under
   * `npm start` (Vite serves it, `demo/merchant-backend/`), not in a static copy of the demo.
   */
  merchantBackend: boolean;
}

/**
 * The demo apps' mock: `npm start` serves it from Node on this origin; a static copy of the
 * demo (no Node) starts the same handlers in a service worker instead. Everything of the mock
 * the pages use comes from here, loaded on demand: a mock module imported by a page directly
 * would be shared with the mock's chunk, and the static build would make that chunk import the
 * page's entry, running one page's code on another.
 */
export async function startMock(): Promise<DemoMock> {
  // Vite replaces this with a constant: true under `npm start`, false in `npm run build:demo`.
  if ((import.meta as ImportMeta & { env: { DEV: boolean } }).env.DEV) {
    return { seed: await seedOf(), merchantBackend: true };
  }
  const { createBrowserMock } = await import('../mock-server/browser.js');
  const mock = createBrowserMock({ rateLimit: 'relaxed' });
  await mock.worker.start({
    quiet: true,
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: new URL('../mockServiceWorker.js', import.meta.url).pathname },
  });
  return { seed: await seedOf(), merchantBackend: false };
}

const seedOf = async () => (await (await fetch('/__dev/seed')).json()) as SeedSummary;
