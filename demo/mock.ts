import type { SeedSummary } from '../mock-server/index.js';

/**
 * The demo apps' mock: `npm start` serves it from Node on this origin; a static copy of the
 * demo (no Node) starts the same handlers in a service worker instead.
 */
export async function startMock(): Promise<SeedSummary> {
  // Vite replaces this with a constant: true under `npm start`, false in `npm run build:demo`.
  if ((import.meta as ImportMeta & { env: { DEV: boolean } }).env.DEV)
    return (await (await fetch('/__dev/seed')).json()) as SeedSummary;
  const { createBrowserMock } = await import('../mock-server/browser.js');
  const mock = createBrowserMock({ rateLimit: 'relaxed' });
  await mock.worker.start({
    quiet: true,
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: new URL('../mockServiceWorker.js', import.meta.url).pathname },
  });
  return (await (await fetch('/__dev/seed')).json()) as SeedSummary;
}
