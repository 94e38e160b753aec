import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mockForThisFile, startMock } from './harness.js';

const mock = mockForThisFile();

describe('dev routes', () => {
  test('GET /__dev/seed names the fixtures: both organization models, the shared email, every role', async () => {
    const res = await mock.call('/__dev/seed');
    assert.equal(res.status, 200);
    const seed = mock.seed;
    assert.deepEqual(
      seed.organizations.map((o) => [o.slug, o.member_model_enabled]),
      [
        ['acme', false],
        ['teamly', true],
      ],
    );
    for (const o of seed.organizations)
      assert.match(o.id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const acmeCustomers = seed.customers.filter((c) => c.organization_id === mock.org('acme'));
    assert.ok(acmeCustomers.length >= 2);
    assert.ok(
      acmeCustomers.every((c) => c.members.length === 0),
      'legacy customers have no members',
    );
    const team = seed.customers.find((c) => c.type === 'team' && c.members.length === 3)!;
    assert.deepEqual(team.members.map((m) => m.role).sort(), [
      'billing_manager',
      'member',
      'owner',
    ]);
    assert.equal(team.email, null);
    const shared = seed.customers.filter((c) =>
      c.members.some((m) => m.email === 'sam@example.com'),
    );
    assert.equal(shared.length, 2);
  });

  test('the seed is deterministic: a second mock has the same ids', async () => {
    const other = await startMock();
    try {
      assert.deepEqual(other.seed, mock.seed);
    } finally {
      await other.close();
    }
  });

  test('GET /__dev/emails lists the newest first, filtered by recipient', async () => {
    const first = await mock.requestCode('alice@example.com', 'acme');
    const second = await mock.requestCode('alice@example.com', 'acme');
    await mock.requestCode('bob@example.com', 'acme');
    const emails = await mock.emails('alice@example.com');
    assert.deepEqual(
      emails.map((e) => e.code),
      [second, first],
    );
    for (const e of emails)
      assert.deepEqual(Object.keys(e).sort(), ['code', 'sent_at', 'subject', 'text', 'to']);
    const all = (await (await mock.call('/__dev/emails')).json()) as unknown[];
    assert.equal(all.length, 3);
  });

  test('POST /__dev/reset restores the seed and empties the mailbox', async () => {
    await mock.signIn('ivy@example.com', 'teamly'); // creates Ivy's owner member
    const changed = (await (await mock.call('/__dev/seed')).json()) as typeof mock.seed;
    assert.equal(changed.customers.find((c) => c.email === 'ivy@example.com')!.members.length, 1);
    const res = await mock.call('/__dev/reset', { method: 'POST' });
    assert.equal(res.status, 204);
    assert.deepEqual(await (await mock.call('/__dev/seed')).json(), mock.seed);
    assert.deepEqual(await mock.emails('ivy@example.com'), []);
  });

  test('POST /__dev/clock moves the mock’s time, so a code expires over plain HTTP', async () => {
    const code = await mock.requestCode('alice@example.com', 'acme');
    const res = await mock.call('/__dev/clock', {
      method: 'POST',
      json: { advance_seconds: 1800 },
    });
    assert.equal(res.status, 200);
    const auth = await mock.call('/v1/customer-portal/customer-session/authenticate', {
      method: 'POST',
      json: { code },
    });
    assert.equal(auth.status, 401);
  });
});

describe('HTTP behaviour', () => {
  test('unknown routes answer 404 and wrong methods 405, in Starlette’s shape', async () => {
    const missing = await mock.call('/v1/customer-portal/nothing-here');
    assert.equal(missing.status, 404);
    assert.deepEqual(await missing.json(), { detail: 'Not Found' });
    const wrong = await mock.call('/v1/customer-portal/customer-session/request');
    assert.equal(wrong.status, 405);
    assert.deepEqual(await wrong.json(), { detail: 'Method Not Allowed' });
  });

  test('echoes Polar-Version and answers 404 for an unsupported one', async () => {
    const token = await mock.signIn('alice@example.com', 'acme');
    const auth = { authorization: `Bearer ${token}` };
    const plain = await mock.call('/v1/customer-portal/customer-session/user', { headers: auth });
    assert.equal(plain.headers.get('polar-version'), '2026-04');
    assert.equal(plain.headers.get('cache-control'), 'private, no-store');
    const newest = await mock.call('/v1/customer-portal/customer-session/user', {
      headers: { ...auth, 'polar-version': '2026-10', 'content-type': 'application/json' },
    });
    assert.equal(newest.status, 200);
    assert.equal(newest.headers.get('polar-version'), '2026-10');
    const bogus = await mock.call('/v1/customer-portal/customer-session/user', {
      headers: { ...auth, 'polar-version': '1999-01' },
    });
    assert.equal(bogus.status, 404);
    assert.deepEqual(await bogus.json(), { detail: 'Not Found' });
  });
});

describe('dev controls', () => {
  test('latency delays every API answer by the configured time', async () => {
    const set = await mock.call('/__dev/latency', {
      method: 'POST',
      json: { min_ms: 150, max_ms: 150 },
    });
    assert.deepEqual(await set.json(), { min_ms: 150, max_ms: 150 });
    const started = performance.now();
    await mock.call('/v1/customer-portal/organizations/acme');
    assert.ok(performance.now() - started >= 140, 'the answer waited for the latency');
    const bad = await mock.call('/__dev/latency', {
      method: 'POST',
      json: { min_ms: 500, max_ms: 100 },
    });
    assert.equal(bad.status, 422);
  });

  test('faults: every request can be made to fail with 500 or a dropped connection', async () => {
    await mock.call('/__dev/faults', { method: 'POST', json: { error_rate: 1, drop_rate: 0 } });
    const failed = await mock.call('/v1/customer-portal/organizations/acme');
    assert.equal(failed.status, 500);
    assert.equal((await mock.call('/__dev/seed')).status, 200, 'dev routes are never faulted');
    await mock.call('/__dev/faults', { method: 'POST', json: { error_rate: 0, drop_rate: 1 } });
    await assert.rejects(mock.call('/v1/customer-portal/organizations/acme'), /fetch failed/);
    await mock.reset();
    assert.equal(
      (await mock.call('/v1/customer-portal/organizations/acme')).status,
      200,
      'reset clears the faults',
    );
  });
});
