import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ManualClock } from '../../mock-server/index.js';
import { mockForThisFile, startMock } from './harness.js';

const REQUEST = '/v1/customer-portal/customer-session/request';
const AUTHENTICATE = '/v1/customer-portal/customer-session/authenticate';

const clock = new ManualClock();
// This file plays several clients by their True-Client-IP, as behind Polar's CDN.
const mock = mockForThisFile({ clock, rateLimit: 'polar', trustClientIpHeader: true });

const requestCode = (clientIp?: string) =>
  mock.call(REQUEST, {
    method: 'POST',
    headers: clientIp ? { 'true-client-ip': clientIp } : {},
    json: { email: 'alice@example.com', organization_id: mock.org('acme') },
  });
const guess = (code: string) => mock.call(AUTHENTICATE, { method: 'POST', json: { code } });

async function expectBlocked(res: Response, retryAfter: number) {
  assert.equal(res.status, 429);
  assert.equal(res.headers.get('retry-after'), String(retryAfter));
  assert.equal(await res.text(), '', 'a 429 from the limiter has an empty body');
  assert.equal(res.headers.get('content-type'), null);
  assert.equal(res.headers.get('x-ratelimit-limit'), null);
}

describe('the sign-in rate limit (6 a minute, 12 an hour, then a 15-minute block)', () => {
  test('counts request and authenticate together and blocks the seventh call of a minute', async () => {
    for (let i = 0; i < 3; i++) assert.equal((await requestCode()).status, 202);
    for (let i = 0; i < 3; i++) assert.equal((await guess('000000')).status, 401);
    await expectBlocked(await guess('000000'), 900);
    await expectBlocked(await requestCode(), 900);
  });

  test('stops a brute-force guess even with the right code in hand', async () => {
    const code =
      (await requestCode()).status === 202
        ? (await mock.emails('alice@example.com'))[0]!.code!
        : '';
    for (let i = 0; i < 5; i++) assert.equal((await guess(String(i).padStart(6, '0'))).status, 401);
    await expectBlocked(await guess(code), 900);
  });

  test('keeps blocking for 15 minutes, then lets the client in again', async () => {
    for (let i = 0; i < 6; i++) await requestCode();
    await expectBlocked(await requestCode(), 900);
    clock.advance(10 * 60_000);
    await expectBlocked(await requestCode(), 300);
    clock.advance(5 * 60_000);
    assert.equal((await requestCode()).status, 202);
  });

  test('allows 12 an hour across minutes, and blocks the thirteenth', async () => {
    for (let i = 0; i < 6; i++) assert.equal((await requestCode()).status, 202, `call ${i + 1}`);
    clock.advance(61_000);
    for (let i = 0; i < 6; i++) assert.equal((await requestCode()).status, 202, `call ${i + 7}`);
    clock.advance(20 * 60_000);
    await expectBlocked(await requestCode(), 900);
  });

  test('the hour counts back from now, not from the top of the hour', async () => {
    clock.set(Math.ceil(clock.now() / 3_600_000) * 3_600_000 - 90_000); // 1.5 min before the hour
    for (let i = 0; i < 6; i++) await requestCode();
    clock.advance(61_000);
    for (let i = 0; i < 6; i++) await requestCode();
    clock.advance(60_000); // a new clock hour, but the same last 60 minutes
    await expectBlocked(await requestCode(), 900);
  });

  test('limits each client on its own', async () => {
    for (let i = 0; i < 6; i++) await requestCode('203.0.113.1');
    await expectBlocked(await requestCode('203.0.113.1'), 900);
    assert.equal((await requestCode('203.0.113.2')).status, 202);
  });

  test('a blocked client is blocked on every limited path, as Polar blocks the identity', async () => {
    for (let i = 0; i < 7; i++) await requestCode();
    await expectBlocked(await mock.call('/v1/customer-portal/customer-session/introspect'), 900);
  });

  test('reset clears the counters and the block', async () => {
    for (let i = 0; i < 7; i++) await requestCode();
    await mock.reset();
    assert.equal((await requestCode()).status, 202);
  });
});

describe('rate-limit switches', () => {
  for (const mode of ['relaxed', 'off'] as const) {
    test(`--rate-limit ${mode} lets a test suite sign in far more often`, async () => {
      const loose = await startMock({ rateLimit: mode });
      try {
        for (let i = 0; i < 30; i++) {
          const res = await loose.call(REQUEST, {
            method: 'POST',
            json: { email: 'alice@example.com', organization_id: loose.org('acme') },
          });
          assert.equal(res.status, 202, `call ${i + 1}`);
        }
      } finally {
        await loose.close();
      }
    });
  }
});
