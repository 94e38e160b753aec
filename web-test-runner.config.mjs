// @ts-check
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChrome } from './scripts/find-chrome.mjs';

// Debian's Chromium or any Chrome the machine has; never a browser a tool downloads.
const executablePath = findChrome();
const args = [
  '--no-sandbox', // required as root
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts', '!test/mock-server/**'], // Node-side tests run under node --test
  nodeResolve: true,
  rootDir: '.',
  // One page at a time: keyboard and focus tests need the page to have the browser's focus.
  concurrency: 1,
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args } })],
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022', // not 'auto': current Chrome counts as esnext and decorators stay unlowered
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  middleware: [
    // Serve msw's worker at the origin root so its scope covers the test pages.
    function mswWorkerAtRoot(ctx, next) {
      if (ctx.url === '/mockServiceWorker.js') ctx.url = '/public/mockServiceWorker.js';
      return next();
    },
    // The mock's stand-in card embed at Polar's path (`mock-server/embed-pages.ts`): a frame's
    // navigation never reaches the service worker, so the test server hands out its files.
    function cardEmbedAtPolarsPath(ctx, next) {
      const match = /^\/embed\/payment-method(\.js|\.css)?(\?.*)?$/.exec(ctx.url);
      if (match)
        ctx.url = `/mock-server/embed/payment-method${match[1] ?? '.html'}${match[2] ?? ''}`;
      return next();
    },
  ],
  filterBrowserLogs: ({ args: logArgs }) => !String(logArgs[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 5000 } },
};
