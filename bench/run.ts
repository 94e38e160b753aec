import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { chromium } from 'playwright-core';
import { createMockServer } from '../mock-server/node.js';
import { findChrome } from '../scripts/find-chrome.mjs';
import { listen, serveStatic } from '../test/e2e/serve.js';
import { benchLoad } from './load.js';
import { benchRender, benchSignIn, SIZES } from './render.js';
import { benchSizes } from './sizes.js';

/**
 * `npm run bench`: sizes, render, sign-in and mock load on this machine. Prints a table per
 * section and writes everything to bench/results.json (ignored by git) to compare runs.
 * `BENCH_RUNS` (default 7) sets the measured runs per render case, `BENCH_SECONDS` (default 5)
 * each autocannon run. Expects `npm run build` to have run (the script does it first).
 */

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
if (!existsSync('dist/cdn/portal-elements.js')) throw new Error('Run `npm run build` first.');

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;

function table(title: string, head: string[], rows: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`\n${title}\n${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) console.log(line(row));
}

const sizes = await benchSizes();
table(
  'Bundle size: npm entries without Lit (as the build checks them), then with Lit next to a bare Lit element built the same way',
  ['entry', 'gzip', 'brotli', 'gzip with Lit', 'bare Lit element', 'ratio'],
  sizes.map((s) => [
    s.entry,
    kB(s.gzip),
    kB(s.brotli),
    kB(s.with_lit_gzip),
    kB(s.floor_gzip),
    `${s.ratio.toFixed(1)}×`,
  ]),
);

const mock = createMockServer({ rateLimit: 'off', codeAlphabet: 'digits' });
const api = await listen(mock.server);
const site = await serveStatic({ '/cdn/': 'dist/cdn', '/': 'bench/pages' });
const browser = await chromium.launch({ executablePath: findChrome(), args: ['--no-sandbox'] });

let render, signIn;
try {
  render = await benchRender(browser, mock, api, site.origin, RUNS);
  signIn = await benchSignIn(browser, mock, api, site.origin, Math.max(3, Math.ceil(RUNS / 2)));
} finally {
  await browser.close();
  site.server.close();
  mock.server.close();
}

table(
  `Render in Chromium, from the element put on the page to its rows laid out (median of ${RUNS})`,
  ['view', ...SIZES.map((n) => `${n} rows`), 'per row shown, 10 → max'],
  ['subscriptions', 'orders', 'seats'].map((view) => {
    const cases = render.filter((r) => r.view === view);
    const first = cases[0]!;
    const last = cases.at(-1)!;
    const perRow = (last.median_ms - first.median_ms) / Math.max(1, last.shown - first.shown);
    return [
      view,
      ...cases.map((c) => `${ms(c.median_ms)}${c.shown < c.rows ? ` (${c.shown} shown)` : ''}`),
      ms(perRow),
    ];
  }),
);
table(
  'Sign-in to first rendered list, end to end against the Node mock',
  ['flow', 'median', 'runs'],
  [['email → code → subscriptions shown', ms(signIn.median_ms), String(signIn.runs)]],
);

const load = await benchLoad(SECONDS);
table(
  `Mock server load (autocannon, 10 connections, ${SECONDS} s each) next to bare node:http`,
  ['endpoint', 'mock req/s', 'mock p99', 'bare req/s', 'bare p99', 'mock / bare'],
  load.map((l) => [
    l.endpoint,
    l.mock_rps.toFixed(0),
    `${l.mock_p99_ms} ms`,
    l.bare_rps.toFixed(0),
    `${l.bare_p99_ms} ms`,
    `${(l.ratio * 100).toFixed(0)}%`,
  ]),
);

mkdirSync('bench', { recursive: true });
writeFileSync(
  'bench/results.json',
  JSON.stringify(
    {
      at: new Date().toISOString(),
      machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version },
      sizes,
      render,
      sign_in: signIn,
      load,
    },
    null,
    2,
  ) + '\n',
);
console.log('\nWritten to bench/results.json');
