import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { SeedSummary, SentEmail } from '../../mock-server/index.js';
import { createMockServer } from '../../mock-server/node.js';
import { findChrome } from '../../scripts/find-chrome.mjs';
import { listen, serveStatic } from './serve.js';

/**
 * End to end, as a merchant would: a plain HTML page with only the script tag against the Node
 * mock on another origin, and the React and Vue apps of the static demo build (the mock in a
 * service worker). Run by `npm run test:e2e` after `npm run build` and `npm run build:demo`.
 * Screenshots of every element, light and dark, go to test-results/screenshots (not committed).
 */

const SHOTS = 'test-results/screenshots';
let browser: Browser;
let site: { server: Server; origin: string };
let api: { server: Server; origin: string };
let seed: SeedSummary;

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const mock = createMockServer({ rateLimit: 'relaxed', codeAlphabet: 'digits' });
  api = { server: mock.server, origin: await listen(mock.server) };
  seed = (await (await fetch(`${api.origin}/__dev/seed`)).json()) as SeedSummary;
  site = await serveStatic(
    {
      '/cdn/': 'dist/cdn',
      '/demo-site/': 'dist/demo',
      '/': 'test/e2e/pages',
    },
    (path): Record<string, string> =>
      path === '/csp.html' ? { 'content-security-policy': strictPolicy() } : {},
  );
  browser = await chromium.launch({ executablePath: findChrome(), args: ['--no-sandbox'] });
});

after(async () => {
  await browser?.close();
  site?.server.close();
  api?.server.close();
});

/** No inline script, no eval, no inline styles; the API on its own origin is the only other host. */
const strictPolicy = () =>
  [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src 'self' ${api.origin}`,
    // Polar's card embed (here the mock's stand-in, on the API's origin) is a frame.
    `frame-src ${api.origin}`,
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');

const orgId = (slug: string) => seed.organizations.find((o) => o.slug === slug)!.id;

/** A page that fails the test on any uncaught error. */
async function open(url: string): Promise<{ page: Page; errors: string[]; warnings: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const errors: string[] = [];
  const warnings: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('response', (response) => {
    if (response.status() >= 400) console.log('e2e: %d %s', response.status(), response.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
    if (message.type() === 'error' && !message.text().includes('favicon'))
      errors.push(message.text());
  });
  await page.goto(url);
  return { page, errors, warnings };
}

/** Signs in through `<portal-login>` with the code from the dev mailbox, as a customer does. */
async function signIn(page: Page, email: string, mailbox: (email: string) => Promise<string>) {
  await page.locator('portal-login input[type=email]').fill(email);
  await page.locator('portal-login button[type=submit]').click();
  const code = page.locator('portal-login input[autocomplete=one-time-code]');
  await code.waitFor();
  await code.fill(await mailbox(email));
  await page.locator('portal-login [part=signed-in]').waitFor();
}

const nodeMailbox = async (email: string) => {
  const mails = (await (
    await fetch(`${api.origin}/__dev/emails?to=${encodeURIComponent(email)}`)
  ).json()) as SentEmail[];
  return mails[0]!.code!;
};

/** The mailbox of the mock inside the page's service worker. */
const workerMailbox = (page: Page) => async (email: string) =>
  page.evaluate(async (to) => {
    const mails = (await (await fetch(`/__dev/emails?to=${encodeURIComponent(to)}`)).json()) as {
      code: string;
    }[];
    return mails[0]!.code;
  }, email);

async function cancelAndResume(page: Page) {
  const subscriptions = page.locator('portal-subscriptions');
  await subscriptions.locator('[part=cancel-button]').first().click();
  // The bundle defines <portal-dialog>: the confirmation is modal, not inline in the page.
  const modal = await subscriptions
    .locator('portal-dialog.cancel')
    .evaluate((el) => el.shadowRoot?.querySelector('dialog')?.matches(':modal') ?? false);
  assert.equal(modal, true, 'the cancel dialog is modal');
  await subscriptions.locator('portal-dialog.cancel label', { hasText: 'Too expensive' }).click();
  await subscriptions.locator('portal-dialog.cancel [part=confirm-button]').click();
  await subscriptions.locator('[part=resume-button]').first().waitFor();
  assert.match(
    await subscriptions.locator('[part=subscription]').first().innerText(),
    /Cancels on/,
  );
  await subscriptions.locator('[part=resume-button]').first().click();
  await subscriptions.locator('[part=cancel-button]').first().waitFor();
  assert.match(await subscriptions.locator('[part=subscription]').first().innerText(), /Renews on/);
}

async function assignSeat(page: Page, email: string) {
  const seats = page.locator('portal-seats');
  await seats.locator('textarea').fill(email);
  await seats.locator('[part=assign-form] button[type=submit]').click();
  await seats.locator('[part=seat]', { hasText: email }).waitFor();
  assert.match(await seats.locator('[part=usage]').innerText(), /5 of 5 seats used/);
}

describe('the script tag on a plain page', () => {
  it('loads beside another element and a second copy, then signs in, cancels and resumes', async () => {
    const { page, errors, warnings } = await open(
      `${site.origin}/script-tag.html?api=${api.origin}&org=${orgId('acme')}`,
    );
    assert.equal(
      await page.locator('other-element').innerText(),
      'The merchant’s own element still works.',
    );
    await signIn(page, 'alice@example.com', nodeMailbox);
    // The second copy of the loader (a module script) leaves the first in charge: each element's
    // module is fetched once, and the page's languages only as needed (English: none).
    const fetched = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
    );
    assert.deepEqual(fetched.filter((path) => /^\/cdn\/[\w-]+\.js$/.test(path)).sort(), [
      '/cdn/login.js',
      '/cdn/portal-elements.js',
      '/cdn/portal-elements.js',
      '/cdn/seats.js',
      '/cdn/subscriptions.js',
    ]);
    assert.deepEqual(
      fetched.filter((path) => path.includes('/translations/')),
      [],
    );
    assert.deepEqual(warnings, []);
    await page.locator('portal-subscriptions [part=list]').waitFor();
    await cancelAndResume(page);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('assigns a seat as a team’s owner', async () => {
    const { page, errors } = await open(
      `${site.origin}/script-tag.html?api=${api.origin}&org=${orgId('teamly')}`,
    );
    await signIn(page, 'olivia@northwind.example', nodeMailbox);
    await page.locator('portal-seats [part=list]').waitFor();
    await assignSeat(page, 'zoe@northwind.example');
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('a page with a strict Content-Security-Policy', () => {
  it('runs the script-tag bundle: sign in, every tab, cancel and resume, no violation', async () => {
    const { page, errors } = await open(
      `${site.origin}/csp.html?api=${api.origin}&org=${orgId('acme')}`,
    );
    // The policy is in force: an inline script the page adds does not run.
    const inlineRan = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.head.append(script);
      return (window as unknown as { inlineRan?: boolean }).inlineRan ?? false;
    });
    assert.equal(inlineRan, false);
    await signIn(page, 'alice@example.com', nodeMailbox); // the login inside the portal
    const portal = page.locator('customer-portal');
    await portal.locator('portal-subscriptions [part~=list]').waitFor();
    await cancelAndResume(page);
    for (const tab of await portal.locator('[role=tab]').all()) {
      await tab.click();
      await portal
        .locator('[role=tabpanel]:not([hidden]) [part~=loading]')
        .waitFor({ state: 'detached' });
    }
    const violations = await page.evaluate(
      () => (window as unknown as { cspViolations: string[] }).cspViolations,
    );
    // The one violation is the test's own inline script above.
    assert.deepEqual(
      violations.filter((v) => !v.startsWith('script-src-elem blocked inline')),
      [],
    );
    assert.equal(violations.length, 1);
    assert.deepEqual(
      errors.filter(
        (e) =>
          !e.startsWith('CSP: script-src-elem blocked inline') &&
          !e.startsWith('Executing inline script violates'),
      ),
      [],
    );
    await page.close();
  });
});

describe('the portal in other languages, through the loader', () => {
  for (const [lang, dir, subscriptionsTab] of [
    ['de', 'ltr', 'Abonnements'],
    ['ja', 'ltr', 'サブスクリプション'],
    ['ar', 'rtl', 'الاشتراكات'],
  ] as const) {
    it(`speaks ${lang}, fetching that language only (${dir})`, async () => {
      const { page, errors } = await open(
        `${site.origin}/csp.html?api=${api.origin}&org=${orgId('acme')}&lang=${lang}`,
      );
      await signIn(page, 'alice@example.com', nodeMailbox);
      const portal = page.locator('customer-portal');
      await portal.locator('portal-subscriptions [part~=list]').waitFor();
      assert.equal(await portal.getAttribute('dir'), dir);
      assert.match(
        await portal.locator('[role=tab]').first().innerText(),
        new RegExp(subscriptionsTab),
      );
      const languages = await page.evaluate(() => [
        ...new Set(
          performance
            .getEntriesByType('resource')
            .map((entry) => /\/translations\/([\w-]+)\//.exec(entry.name)?.[1])
            .filter(Boolean),
        ),
      ]);
      assert.deepEqual(languages, [lang]);
      await page.setViewportSize({ width: 1000, height: 900 });
      await portal.screenshot({ path: `${SHOTS}/customer-portal-${lang}.png` });
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});

describe('Polar’s card embed on a merchant’s page', () => {
  it('adds a card in the frame from the mock’s origin, under the strict policy', async () => {
    const { page, errors } = await open(
      `${site.origin}/csp.html?api=${api.origin}&org=${orgId('acme')}`,
    );
    await signIn(page, 'dave@example.com', nodeMailbox);
    const portal = page.locator('customer-portal');
    await portal.locator('[role=tab]', { hasText: 'Account' }).click();
    const account = portal.locator('portal-customer');
    await account.locator('[part=add-button]').click();
    // Another origin's frame, typed into as a customer types.
    const frame = page.frameLocator('portal-customer iframe');
    await frame.locator('#card-number').fill('4000 0566 5566 5556');
    await frame.locator('#card-expiry').fill('12/30');
    await frame.locator('#card-cvc').fill('123');
    const src = await account.locator('iframe').evaluate((f) => f.getAttribute('src'));
    assert.equal(src, null, 'the token is in no attribute');
    await account.screenshot({ path: `${SHOTS}/card-embed-inline.png` });
    await frame.locator('button[type=submit]').click();
    await account.locator('[part=payment-method]', { hasText: '5556' }).waitFor();
    assert.match(
      await account.locator('[part~=outcome-success]').innerText(),
      /Visa ending in 5556 was added/,
    );
    await account.screenshot({ path: `${SHOTS}/card-embed-added.png` });
    const violations = await page.evaluate(
      () => (window as unknown as { cspViolations: string[] }).cspViolations,
    );
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
    await page.close();
  });
});

for (const framework of ['react', 'vue'] as const) {
  describe(`the ${framework === 'react' ? 'React' : 'Vue'} app`, () => {
    it('signs in, cancels and resumes, assigns a seat, and hears the events', async () => {
      const { page, errors } = await open(`${site.origin}/demo-site/demo/${framework}/?org=teamly`);
      await signIn(page, 'olivia@northwind.example', workerMailbox(page));
      await page
        .locator('#events li', { hasText: 'signed in: olivia@northwind.example' })
        .waitFor();
      await page.locator('portal-subscriptions [part=list]').waitFor();
      await cancelAndResume(page);
      await page.locator('#events li', { hasText: 'resumed: Teamly Team' }).waitFor();
      await page.locator('portal-seats [part=list]').waitFor();
      await assignSeat(page, 'zoe@northwind.example');
      await page
        .locator('#events li', { hasText: 'seat assigned: zoe@northwind.example' })
        .waitFor();
      assert.deepEqual(errors, []);
      await page.close();
    });
  });
}

describe('screenshots of every element', () => {
  for (const theme of ['light', 'dark', 'brand', 'minimal']) {
    it(`in the ${theme} theme`, async () => {
      const { page, errors } = await open(`${site.origin}/demo-site/demo/`);
      await page.locator('#personas button').first().waitFor();
      await page.selectOption('#theme', theme);
      await page.locator('#personas button', { hasText: 'alice@example.com' }).click();
      await page.locator('portal-benefits [part=group]').first().waitFor();
      await page.locator('portal-customer [part=payment-method]').first().waitFor();
      const sections = page.locator('main > section');
      for (let i = 0; i < (await sections.count()); i++) {
        const section = sections.nth(i);
        const tag = (await section.locator('h2').first().innerText()).replace(/[<>]/g, '');
        await section.screenshot({ path: `${SHOTS}/${tag}-${theme}.png` });
      }
      // Alice has no seats; the seats view is shown again as the owner of a team.
      await page.selectOption('#organization', { label: 'Teamly (teams)' });
      await page.locator('#personas button', { hasText: 'olivia@northwind.example' }).click();
      await page.locator('portal-seats [part~=seat]').first().waitFor();
      const seats = page.locator('main > section', { has: page.locator('portal-seats') });
      await seats.screenshot({ path: `${SHOTS}/portal-seats-owner-${theme}.png` });
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});
