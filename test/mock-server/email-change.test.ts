import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mockForThisFile } from './harness.js';
import { rawHttp } from './raw-http.js';

/**
 * The email change as Polar runs it (`customer_email_update/service.py`), over real HTTP: the
 * link in the email opens the verification page on the mock's own origin, in the shape of
 * Polar's front-end link; one pending change per customer, so a new request kills the old link;
 * a link works once and for 30 minutes; whatever a token holds, the answer is Polar's 4xx.
 */

const ME = '/v1/customer-portal/customers/me';
const VERIFY = `${ME}/email-update/verify`;
const mock = mockForThisFile();

async function requestChange(email: string, newEmail: string) {
  const person = await mock.session(email, { prefix: ME });
  const answer = await person.call('/email-update/request', {
    method: 'POST',
    json: { email: newEmail },
  });
  assert.equal(answer.status, 202, answer.text);
  const [mail] = await mock.emails(newEmail);
  assert.ok(mail?.code, `an email to ${newEmail}`);
  return { person, mail, token: mail.code };
}

const verify = (token: unknown) => mock.call(VERIFY, { method: 'POST', json: { token } });

async function assertInvalid(answer: Response, why: string) {
  assert.equal(answer.status, 401, why);
  assert.deepEqual(
    await answer.json(),
    {
      error: 'InvalidCustomerEmailUpdate',
      detail: 'This email update request is invalid or has expired.',
    },
    why,
  );
}

const linkIn = (text: string) => {
  const found = /https?:\/\/\S+/.exec(text)?.[0];
  assert.ok(found, `a link in: ${text}`);
  return new URL(found);
};

describe('the email-change link', () => {
  test('is absolute, on the mock’s origin, in the shape of Polar’s front-end link', async () => {
    const { mail, token } = await requestChange('alice@example.com', 'alice.new@example.com');
    assert.equal(mail.subject, 'Verify your new email address');
    const link = linkIn(mail.text);
    assert.equal(link.origin, mock.base);
    assert.equal(link.pathname, '/acme/portal/verify-email');
    assert.equal(link.searchParams.get('token'), token);
    assert.match(token, /^polar_cev_/);
    assert.match(mail.text, /only valid for the next 30 minutes/);
  });

  test('opens a 200 HTML page with a strict Content-Security-Policy pinning its inline code', async () => {
    const { mail, token } = await requestChange('alice@example.com', 'alice.new@example.com');
    const page = await fetch(linkIn(mail.text));
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type')!, /^text\/html; charset=utf-8/);
    assert.equal(page.headers.get('referrer-policy'), 'no-referrer');
    assert.equal(page.headers.get('cache-control'), 'no-store');
    const csp = page.headers.get('content-security-policy')!;
    const directives = new Map(
      csp.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name!, values];
      }),
    );
    assert.deepEqual(directives.get('default-src'), ["'none'"]);
    assert.deepEqual(directives.get('connect-src'), ["'self'"]);
    assert.deepEqual(directives.get('frame-ancestors'), ["'none'"]);
    assert.deepEqual(directives.get('base-uri'), ["'none'"]);
    assert.ok(!csp.includes('unsafe'), csp);
    const html = await page.text();
    assert.match(html, /<title>Verify Email \| Acme Tools<\/title>/);
    assert.ok(!html.includes(token), 'the page never writes the token');
    // Each inline block is the one its hash allows, and there is no other.
    const blocks = (tag: string) =>
      [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]!);
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    assert.deepEqual(blocks('script').map(hash), directives.get('script-src'));
    assert.deepEqual(blocks('style').map(hash), directives.get('style-src'));
    assert.ok(!/\son[a-z]+=/i.test(html), 'no inline event handlers');
  });

  test('an unknown organization’s page is a 404; other methods are not served', async () => {
    const missing = await mock.call('/nope/portal/verify-email?token=x');
    assert.equal(missing.status, 404);
    assert.match(missing.headers.get('content-type')!, /^text\/html/);
    const posted = await mock.call('/acme/portal/verify-email', { method: 'POST', body: '' });
    assert.equal(posted.status, 404);
  });
});

describe('the email-change token', () => {
  test('a new request cancels the one before: the old link fails with Polar’s 401', async () => {
    const first = await requestChange('alice@example.com', 'alice.first@example.com');
    const second = await requestChange('alice@example.com', 'alice.second@example.com');
    await assertInvalid(
      await mock.call(`${ME}/email-update/check?token=${first.token}`),
      'the old link, checked',
    );
    await assertInvalid(await verify(first.token), 'the old link, followed');
    const verified = await verify(second.token);
    assert.equal(verified.status, 200);
    const { token } = (await verified.json()) as { token: string };
    const me = await mock.sdk.customerPortal.customers.get({ customerSession: token });
    assert.equal(me.email, 'alice.second@example.com');
  });

  test('only the same customer’s request is cancelled', async () => {
    const alice = await requestChange('alice@example.com', 'alice.new@example.com');
    await requestChange('bob@example.com', 'bob.new@example.com');
    assert.equal((await verify(alice.token)).status, 200);
  });

  test('a used link fails, and the old address hears of the change', async () => {
    const { token } = await requestChange('alice@example.com', 'alice.new@example.com');
    assert.equal((await verify(token)).status, 200);
    await assertInvalid(await verify(token), 'used once already');
    const [notice] = await mock.emails('alice@example.com');
    assert.equal(notice?.subject, 'Your email address has been changed');
    assert.match(notice.text, /alice\.new@example\.com/);
  });

  test('an expired link fails after 30 minutes, and not before', async () => {
    const early = await requestChange('alice@example.com', 'alice.new@example.com');
    await mock.call('/__dev/clock', { method: 'POST', json: { advance_seconds: 29 * 60 } });
    assert.equal((await mock.call(`${ME}/email-update/check?token=${early.token}`)).status, 204);
    await mock.call('/__dev/clock', { method: 'POST', json: { advance_seconds: 61 } });
    await assertInvalid(await verify(early.token), 'expired');
  });

  test('an address taken meanwhile refuses with Polar’s 422 and spends the link', async () => {
    const { token } = await requestChange('alice@example.com', 'carol.taken@example.com');
    const bob = await mock.session('bob@example.com', { prefix: ME });
    await bob.call('/email-update/request', {
      method: 'POST',
      json: { email: 'carol.taken@example.com' },
    });
    const [bobs] = await mock.emails('carol.taken@example.com');
    assert.equal((await verify(bobs!.code)).status, 200);
    const taken = await verify(token);
    assert.equal(taken.status, 422);
    const body = (await taken.json()) as { detail: { msg: string; input: string }[] };
    assert.equal(body.detail[0]!.msg, 'This email address is already in use.');
    assert.equal(body.detail[0]!.input, 'carol.taken@example.com', 'Polar echoes the address');
    await assertInvalid(await verify(token), 'spent by the refusal');
  });
});

describe('hostile email-change tokens', () => {
  const HOSTILE: Record<string, string> = {
    huge: `polar_cev_${'A'.repeat(1_000_000)}`,
    unicode: 'polar_cev_ünïcødé🙂\u202e',
    'lone surrogate': 'polar_cev_\ud800',
    'SQL injection': "polar_cev_' OR '1'='1'; DROP TABLE customers;--",
    'HTML injection': '<script>alert(1)</script>',
    'path traversal': '../../__dev/reset',
    empty: '',
  };

  for (const [name, token] of Object.entries(HOSTILE)) {
    test(`${name}: verify answers Polar’s 401`, async () => {
      await assertInvalid(await verify(token), name);
    });
  }

  test('not a string, or with a NUL (Polar’s `Schema` refuses it): Polar’s 422 for the body', async () => {
    for (const token of [null, 42, ['polar_cev_x'], { token: 'x' }, 'polar_cev_\u0000']) {
      const answer = await verify(token);
      assert.equal(answer.status, 422, JSON.stringify(token));
    }
    const missing = await mock.call(VERIFY, { method: 'POST', json: {} });
    assert.equal(missing.status, 422);
  });

  test('on the check endpoint and the page: a 4xx or the page, never a 5xx, never echoed', async () => {
    const { port } = new URL(mock.base);
    for (const [name, token] of Object.entries(HOSTILE)) {
      const query = new URLSearchParams({ token }).toString();
      const check = await rawHttp(Number(port), [
        `GET ${ME}/email-update/check?${query} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`,
      ]);
      assert.ok(check.status! >= 400 && check.status! < 500, `${name}: check ${check.status}`);
      const page = await rawHttp(Number(port), [
        `GET /acme/portal/verify-email?${query} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`,
      ]);
      assert.ok(page.status! < 500, `${name}: page ${page.status}`);
      if (token.length > 3) assert.ok(!page.text.includes(token), `${name}: not echoed`);
    }
  });
});
