import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ManualClock } from '../../mock-server/index.js';
import { CUSTOMER_LISTS, mockForThisFile } from './harness.js';

/**
 * Auth abuse, as an attacker would try it. What other files already prove is not repeated:
 * single-use and 30-minute codes (sign-in.test.ts), the limiter's windows (rate-limit.test.ts),
 * a member refused every billing write with nothing changed (access-matrix.test.ts).
 */

const clock = new ManualClock();
const mock = mockForThisFile({ clock, rateLimit: 'polar' });
const PORTAL = '/v1/customer-portal';
const guess = (code: string) =>
  mock.call(`${PORTAL}/customer-session/authenticate`, { method: 'POST', json: { code } });

describe('guessing a code', () => {
  test('a campaign of 300 guesses: 6 reach the check, the rest wait 15 minutes, none gets in', async () => {
    const code = await mock.requestCode('alice@example.com', 'acme'); // the limiter's first call
    const statuses = new Map<number, number>();
    for (let i = 0; i < 300; i++) {
      const wrong = String((Number(code) + 1 + i) % 1_000_000).padStart(6, '0');
      const res = await guess(wrong);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    }
    assert.deepEqual(Object.fromEntries(statuses), { 401: 5, 429: 295 });
    assert.equal((await guess(code)).status, 429, 'even the right code waits out the block');
    clock.advance(15 * 60_000);
    const res = await guess(code);
    assert.equal(res.status, 200, 'the customer gets in once the block lifts');
    assert.match(((await res.json()) as { token: string }).token, /^polar_cst_/);
  });

  test('a new True-Client-IP per guess does not step around the limit', async () => {
    const code = await mock.requestCode('alice@example.com', 'acme');
    const statuses = new Map<number, number>();
    for (let i = 0; i < 50; i++) {
      const wrong = String((Number(code) + 1 + i) % 1_000_000).padStart(6, '0');
      const res = await mock.call(`${PORTAL}/customer-session/authenticate`, {
        method: 'POST',
        headers: { 'true-client-ip': `203.0.113.${i}` },
        json: { code: wrong },
      });
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    }
    assert.deepEqual(Object.fromEntries(statuses), { 401: 5, 429: 45 });
  });
});

describe('codes and tokens stay in their organization', () => {
  test('an email unknown in an organization gets no code there', async () => {
    const res = await mock.call(`${PORTAL}/customer-session/request`, {
      method: 'POST',
      json: { email: 'alice@example.com', organization_id: mock.org('teamly') },
    });
    assert.equal(res.status, 202, 'the same answer as for a known email: nothing to learn');
    assert.deepEqual(await mock.emails('alice@example.com'), []);
  });

  test('a Northwind member’s session sees nothing of Acme, in lists or by id', async () => {
    const olivia = await mock.session('olivia@northwind.example');
    const northwind = mock.customer('olivia@northwind.example').id;
    for (const path of CUSTOMER_LISTS) {
      const { status, body } = await olivia.call(`${path}?limit=100`);
      assert.equal(status, 200, path);
      const items = body!.items as { customer_id: string }[];
      if (path !== '/license-keys/') assert.ok(items.length > 0, `${path} has Northwind's rows`);
      assert.ok(
        items.every((item) => item.customer_id === northwind),
        path,
      );
    }
    const { db } = mock.mock.state;
    const acme = mock.org('acme');
    const acmeCustomers = new Set(
      db.customers.filter((c) => c.organization_id === acme).map((c) => c.id),
    );
    const acmeRows = {
      subscription: db.subscriptions.find((s) => acmeCustomers.has(s.customer_id))!.id,
      order: db.orders.find((o) => acmeCustomers.has(o.customer_id))!.id,
      grant: db.grants.find((g) => acmeCustomers.has(g.customer_id))!.id,
      key: db.licenseKeys.find((k) => acmeCustomers.has(k.customer_id))!.id,
      card: db.paymentMethods.find((p) => acmeCustomers.has(p.customer_id))!.id,
    };
    for (const [method, path] of [
      ['GET', `/subscriptions/${acmeRows.subscription}`],
      ['PATCH', `/subscriptions/${acmeRows.subscription}`],
      ['GET', `/orders/${acmeRows.order}`],
      ['GET', `/benefit-grants/${acmeRows.grant}`],
      ['GET', `/license-keys/${acmeRows.key}`],
      ['DELETE', `/customers/me/payment-methods/${acmeRows.card}`],
    ] as const) {
      const res = await olivia.call(path, {
        method,
        ...(method === 'PATCH' ? { json: { cancel_at_period_end: true } } : {}),
      });
      assert.equal(res.status, 404, `${method} ${path}`);
      assert.equal(res.body!.error, 'ResourceNotFound');
    }
    assert.equal(
      db.subscriptions.find((s) => s.id === acmeRows.subscription)!.cancel_at_period_end,
      false,
    );
  });
});
