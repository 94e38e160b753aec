import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mockForThisFile } from './harness.js';
import { rawHttp } from './raw-http.js';

/**
 * The stand-in for Polar's card embed and the mock's Stripe behind it, over real HTTP: the page
 * and its two files at Polar's path with headers that keep the token in its URL from leaking,
 * nothing else under `/embed/`, and Stripe's stand-in routes answering hostile bodies with 4xx.
 * Expected card rules are Stripe's (Luhn, a month 1–12, an expiry not in the past, a 3–4 digit
 * CVC), worked out here, not read from the mock.
 */

const mock = mockForThisFile();

/** Stripe's Luhn check, written out again for the test. */
function luhnValid(digits: string): boolean {
  const sum = [...digits]
    .reverse()
    .map(Number)
    .reduce(
      (total, digit, i) => total + (i % 2 ? [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][digit]! : digit),
      0,
    );
  return sum % 10 === 0;
}

describe('the stand-in card embed page', () => {
  test('serves the page and its files at Polar’s path, with no referrer and no caching', async () => {
    for (const [path, type] of [
      [
        '/embed/payment-method?session_token=polar_cst_x&embed_origin=http://localhost:1',
        'text/html',
      ],
      ['/embed/payment-method.js', 'text/javascript'],
      ['/embed/payment-method.css', 'text/css'],
    ]) {
      const response = await mock.call(path!);
      assert.equal(response.status, 200, path);
      assert.match(response.headers.get('content-type')!, new RegExp(`^${type}`));
      assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
      assert.equal(response.headers.get('cache-control'), 'no-store');
      assert.match(response.headers.get('content-security-policy')!, /default-src 'none'/);
      assert.match(response.headers.get('content-security-policy')!, /script-src 'self'/);
    }
  });

  test('answers nothing else under /embed/, traversal and odd methods included', async () => {
    const port = Number(new URL(mock.base).port);
    for (const path of [
      '/embed/payment-method/../../package.json',
      '/embed/%2e%2e/package.json',
      '/embed/payment-method.html',
      '/embed/payment-method.js%00',
      '/embed/',
      `/embed/${'a'.repeat(5000)}`,
    ]) {
      const answer = await rawHttp(port, [`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`]);
      assert.ok(answer.status !== null && answer.status >= 400 && answer.status < 500, path);
      assert.doesNotMatch(answer.text, /"name": "portal-elements"/, path);
    }
    const post = await mock.call('/embed/payment-method', { method: 'POST', body: 'x' });
    assert.ok(post.status >= 400 && post.status < 500);
  });
});

describe('the mock’s Stripe for the stand-in', () => {
  const TOKENS = '/__dev/stripe/confirmation-tokens';
  const typed = (number: string, extra: Record<string, string> = {}) => ({
    number,
    exp_month: '12',
    exp_year: '2030',
    cvc: '123',
    ...extra,
  });

  test('makes a token for a card Stripe’s rules accept, and names the field of one they refuse', async () => {
    for (const number of [
      '4242 4242 4242 4242',
      '4000 0566 5566 5556',
      '4242424242424241',
      '1234',
    ]) {
      const digits = number.replace(/\s/g, '');
      const expected = digits.length >= 13 && luhnValid(digits);
      const response = await mock.call(TOKENS, { method: 'POST', json: typed(number) });
      const body = (await response.json()) as { id?: string; error?: { param: string } };
      if (expected) assert.match(body.id!, new RegExp(`^ctok_visa_${digits.slice(-4)}_12_2030$`));
      else assert.equal(body.error?.param, 'number', number);
    }
    const now = new Date(Number(mock.mock.state.clock.now()));
    const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
    const expired = typed('4242424242424242', {
      exp_month: String(lastMonth.getUTCMonth() + 1),
      exp_year: String(lastMonth.getUTCFullYear()),
    });
    const refused = (await (await mock.call(TOKENS, { method: 'POST', json: expired })).json()) as {
      error: { param: string };
    };
    assert.equal(refused.error.param, 'exp_year');
    for (const [extra, param] of [
      [{ exp_month: '13' }, 'exp_month'],
      [{ exp_month: '0' }, 'exp_month'],
      [{ cvc: '12' }, 'cvc'],
      [{ cvc: '12345' }, 'cvc'],
    ] as const) {
      const body = (await (
        await mock.call(TOKENS, { method: 'POST', json: typed('4242424242424242', extra) })
      ).json()) as { error: { param: string } };
      assert.equal(body.error.param, param, JSON.stringify(extra));
    }
  });

  test('answers hostile bodies with 4xx, never 5xx', async () => {
    const bodies: unknown[] = [
      null,
      [],
      'x',
      { number: 4242424242424242, exp_month: 12, exp_year: 2030, cvc: 123 },
      typed('4'.repeat(100000)),
    ];
    for (const route of [TOKENS, '/__dev/stripe/setup-intents/authenticate']) {
      for (const json of bodies) {
        const response = await mock.call(route, { method: 'POST', json });
        assert.ok(response.status >= 400 && response.status < 500, `${route} ${response.status}`);
      }
      const deep = await mock.call(route, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: `${'['.repeat(100000)}${']'.repeat(100000)}`,
      });
      assert.ok(deep.status >= 400 && deep.status < 500, `${route} deep ${deep.status}`);
    }
    // A `__proto__` key in the JSON is data, not the prototype: the card is made as usual.
    const proto = await mock.call(TOKENS, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"number":"4242424242424242","exp_month":"12","exp_year":"2030","cvc":"123","__proto__":{"number":"4000000000000002"}}',
    });
    assert.equal(((await proto.json()) as { id: string }).id, 'ctok_visa_4242_12_2030');
    const unknown = await mock.call('/__dev/stripe/setup-intents/authenticate', {
      method: 'POST',
      json: { client_secret: 'seti_nobody_secret_mock' },
    });
    assert.equal(unknown.status, 404);
  });
});
