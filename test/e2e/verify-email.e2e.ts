import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { SentEmail } from '../../mock-server/index.js';
import { createMockServer } from '../../mock-server/node.js';
import { findChrome } from '../../scripts/find-chrome.mjs';
import { listen } from './serve.js';

/**
 * The page the email-change link opens (`mock-server/pages/verify-email.ts`), in Chromium, as
 * the customer who clicked the link sees it: under its own strict CSP (a violation would leave
 * it on "Checking your link…"), confirm on a click, then the new address or why not.
 */

let browser: Browser;
let origin: string;
let close: () => void;

before(async () => {
  const mock = createMockServer({ rateLimit: 'off', codeAlphabet: 'digits' });
  origin = await listen(mock.server);
  close = () => mock.server.close();
  browser = await chromium.launch({ executablePath: findChrome(), args: ['--no-sandbox'] });
});

after(async () => {
  await browser?.close();
  close?.();
});

const json = async <T>(path: string, init: RequestInit = {}): Promise<T> => {
  const res = await fetch(origin + path, {
    ...init,
    headers: { 'content-type': 'application/json', ...init.headers },
  });
  const text = await res.text();
  return (text ? JSON.parse(text) : null) as T;
};

/** Signs Alice in through the mailbox and asks for a change to `to`; the link from the email. */
async function linkTo(to: string): Promise<string> {
  const seed = await json<{ organizations: { id: string; slug: string }[] }>('/__dev/seed');
  const organization_id = seed.organizations.find((o) => o.slug === 'acme')!.id;
  const body = JSON.stringify({ email: 'alice@example.com', organization_id });
  await json('/v1/customer-portal/customer-session/request', { method: 'POST', body });
  const [code] = await json<SentEmail[]>('/__dev/emails?to=alice%40example.com');
  const { token } = await json<{ token: string }>(
    '/v1/customer-portal/customer-session/authenticate',
    { method: 'POST', body: JSON.stringify({ code: code!.code }) },
  );
  await json('/v1/customer-portal/customers/me/email-update/request', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: JSON.stringify({ email: to }),
  });
  const [mail] = await json<SentEmail[]>(`/__dev/emails?to=${encodeURIComponent(to)}`);
  return /https?:\/\/\S+/.exec(mail!.text)![0];
}

async function open(url: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  page.setDefaultTimeout(5000); // a page whose script never ran fails in seconds
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(url);
  return { page, problems };
}

const visibleHeading = (page: Page) => page.locator('section:not([hidden]) h2').textContent();

describe('the verification page', () => {
  it('checks the link, changes the email on the click, and says to what', async () => {
    await json('/__dev/reset', { method: 'POST' });
    const { page, problems } = await open(await linkTo('alice.new@example.com'));
    await page.getByRole('button', { name: 'Confirm email change' }).waitFor();
    assert.equal(await visibleHeading(page), 'Verify new email');
    await page.getByRole('button', { name: 'Confirm email change' }).click();
    await page.getByRole('heading', { name: 'Email updated' }).waitFor();
    assert.match(
      (await page.locator('#done-message').textContent())!,
      /changed to alice\.new@example\.com/,
    );
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    assert.equal(focused, 'Email updated', 'focus moves to the outcome');
    assert.deepEqual(problems, [], 'no CSP violation, no error');
    await page.close();
  });

  it('says the link is invalid once a newer request cancelled it, or it was used', async () => {
    await json('/__dev/reset', { method: 'POST' });
    const old = await linkTo('alice.first@example.com');
    await linkTo('alice.second@example.com');
    const { page } = await open(old);
    await page.getByRole('heading', { name: 'Invalid link' }).waitFor();
    assert.match(
      (await page.locator('#invalid').textContent())!,
      /newer request to change your email also cancels/,
    );
    await page.goto(`${origin}/acme/portal/verify-email`);
    await page.getByRole('heading', { name: 'Invalid link' }).waitFor();
    await page.close();
  });
});
