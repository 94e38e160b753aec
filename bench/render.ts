import type { Browser, Page } from 'playwright-core';
import type { MockServer } from '../mock-server/node.js';
import { grow, type BenchView } from './dataset.js';
import { signIn } from './sign-in.js';
import { median } from './stats.js';

/**
 * Render: in Chromium, how long a view takes from being put on the page to its rows laid out,
 * with 10, 100 and 1,000 rows in the mock (zero latency, warmed by two unmeasured runs). The
 * page loads the script-tag bundle and is signed in once; each run adds a fresh element.
 */

export interface RenderRow {
  view: BenchView;
  rows: number;
  /** Rows on screen: every view pages, here at 100 (the API's largest page). */
  shown: number;
  median_ms: number;
  runs: number;
}

const VIEWS: { view: BenchView; tag: string; row: string; org: string; email: string }[] = [
  {
    view: 'subscriptions',
    tag: 'portal-subscriptions',
    row: 'subscription',
    org: 'acme',
    email: 'alice@example.com',
  },
  { view: 'orders', tag: 'portal-orders', row: 'order', org: 'acme', email: 'alice@example.com' },
  {
    view: 'seats',
    tag: 'portal-seats',
    row: 'seat',
    org: 'teamly',
    email: 'olivia@northwind.example',
  },
];

export const SIZES = [10, 100, 1000];
const PAGE_SIZE = 100;
const WARMUP = 2;

/**
 * tsx compiles this file with esbuild's keepNames, which wraps named functions in `__name(...)`;
 * the functions passed to `page.evaluate` run in the page, where that helper must exist too.
 */
const KEEP_NAMES_SHIM = 'globalThis.__name = (fn) => fn;';

/** The script tag's loader, as the benchmark page has it. */
type LoaderWindow = { PortalElements: { load(): Promise<void> } };

/** Puts a fresh element on the page and resolves with the milliseconds until its rows are laid out. */
function timeRender(
  page: Page,
  options: { tag: string; row: string; api: string; org: string; expected: number },
): Promise<number> {
  return page.evaluate(({ tag, row, api, org, expected }) => {
    const el = document.createElement(tag);
    el.setAttribute('api-base', api);
    el.setAttribute('organization-id', org);
    el.setAttribute('page-size', '100');
    const start = performance.now();
    document.body.append(el);
    const root = el.shadowRoot!;
    return new Promise<number>((resolve) => {
      const done = () => {
        if (root.querySelectorAll(`[part~=${row}]`).length < expected) return false;
        void (el as HTMLElement).offsetHeight; // style and layout, as the first paint needs
        const elapsed = performance.now() - start;
        el.remove();
        resolve(elapsed);
        return true;
      };
      if (done()) return;
      const observer = new MutationObserver(() => {
        if (done()) observer.disconnect();
      });
      observer.observe(root, { childList: true, subtree: true });
    });
  }, options);
}

export async function benchRender(
  browser: Browser,
  mock: MockServer,
  api: string,
  site: string,
  runs: number,
): Promise<RenderRow[]> {
  const results: RenderRow[] = [];
  const orgId = (slug: string) => mock.state.db.organizations.find((o) => o.slug === slug)!.id;
  for (const { view, tag, row, org: slug, email } of VIEWS) {
    const org = orgId(slug);
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.addInitScript(KEEP_NAMES_SHIM);
    await page.goto(`${site}/bench.html`);
    // The script tag is a loader: every element's module first, so timings are of rendering.
    await page.evaluate(() => (window as unknown as LoaderWindow).PortalElements.load());
    const token = await signIn(api, mock, email, org);
    // One login element with the token signs in every element of this api-base and organization.
    await page.evaluate(
      ({ api, org, token }) => {
        const login = document.createElement('portal-login');
        login.setAttribute('api-base', api);
        login.setAttribute('organization-id', org);
        login.setAttribute('session-token', token);
        document.body.append(login);
      },
      { api, org, token },
    );
    await page.locator('portal-login [part=signed-in]').waitFor({ state: 'attached' });
    // Warm the page at the largest size first: whichever case ran first otherwise paid for
    // the JIT and the style caches, and 100 rows looked slower than 1,000.
    grow(mock.state, view, Math.max(...SIZES));
    const largest = { tag, row, api, org, expected: PAGE_SIZE };
    for (let i = 0; i < 5; i++) await timeRender(page, largest);
    for (const rows of SIZES) {
      grow(mock.state, view, rows);
      const shown = Math.min(rows, PAGE_SIZE);
      const options = { tag, row, api, org, expected: shown };
      for (let i = 0; i < WARMUP; i++) await timeRender(page, options);
      const times: number[] = [];
      for (let i = 0; i < runs; i++) times.push(await timeRender(page, options));
      results.push({ view, rows, shown, median_ms: median(times), runs });
    }
    await page.close();
  }
  return results;
}

/**
 * Sign-in to first rendered list, as a customer does it: type the email, send, type the code
 * from the mailbox, and the subscriptions list appears. A fresh browser context for every run.
 */
export async function benchSignIn(
  browser: Browser,
  mock: MockServer,
  api: string,
  site: string,
  runs: number,
): Promise<{ median_ms: number; runs: number }> {
  const orgId = mock.state.db.organizations.find((o) => o.slug === 'acme')!.id;
  const email = 'alice@example.com';
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(KEEP_NAMES_SHIM);
    await page.goto(`${site}/bench.html`);
    // The script tag is a loader: every element's module first, so timings are of rendering.
    await page.evaluate(() => (window as unknown as LoaderWindow).PortalElements.load());
    await page.evaluate(
      ({ api, org }) => {
        for (const tag of ['portal-login', 'portal-subscriptions']) {
          const el = document.createElement(tag);
          el.setAttribute('api-base', api);
          el.setAttribute('organization-id', org);
          document.body.append(el);
        }
      },
      { api, org: orgId },
    );
    await page.locator('portal-login input[type=email]').fill(email);
    const start = performance.now();
    await page.locator('portal-login button[type=submit]').click();
    const code = page.locator('portal-login input[autocomplete=one-time-code]');
    await code.waitFor();
    await code.fill(mock.state.mailbox.list(email)[0]!.code!);
    await page.locator('portal-subscriptions [part~=subscription]').first().waitFor();
    if (i > 0) times.push(performance.now() - start); // the first run warms the browser
    await context.close();
  }
  return { median_ms: median(times), runs };
}
