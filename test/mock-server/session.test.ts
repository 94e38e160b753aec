import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ManualClock } from '../../mock-server/index.js';
import { mockForThisFile } from './harness.js';

const INTROSPECT = '/v1/customer-portal/customer-session/introspect';
const USER = '/v1/customer-portal/customer-session/user';
const INVALID_TOKEN_DESCRIPTION =
  'The access token provided is expired, revoked, malformed, or invalid for other reasons.';

const clock = new ManualClock();
const mock = mockForThisFile({ clock });

describe('introspection and the authenticated user, through Polar’s SDK', () => {
  test('a customer session lives one hour', async () => {
    const token = await mock.signIn('alice@example.com', 'acme');
    const session = await mock.sdk.customerPortal.customerSession.introspect({
      customerSession: token,
    });
    assert.equal(session.expiresAt.getTime(), clock.now() + 60 * 60_000);
    assert.equal(session.returnUrl, null);
  });

  test('a customer session is a customer, with no member and no role', async () => {
    const token = await mock.signIn('alice@example.com', 'acme');
    const user = await mock.sdk.customerPortal.customerSession.getAuthenticatedUser({
      customerSession: token,
    });
    assert.deepEqual(user, {
      type: 'customer',
      name: 'Alice Anders',
      email: 'alice@example.com',
      customerId: mock.customer('alice@example.com').id,
      memberId: null,
      role: null,
    });
  });

  for (const [email, role] of [
    ['olivia@northwind.example', 'owner'],
    ['ben@northwind.example', 'billing_manager'],
    ['mia@northwind.example', 'member'],
  ] as const) {
    test(`a member session of the team carries the role ${role}`, async () => {
      const token = await mock.signIn(email, 'teamly');
      const user = await mock.sdk.customerPortal.customerSession.getAuthenticatedUser({
        memberSession: token,
      });
      const team = mock.customer(email, 'teamly');
      assert.equal(team.type, 'team');
      assert.equal(user.type, 'member');
      assert.equal(user.email, email);
      assert.equal(user.customerId, team.id);
      assert.equal(user.memberId, team.members.find((m) => m.email === email)!.id);
      assert.equal(user.role, role);
    });
  }

  test('an individual customer of the member model gets an owner member on first sign-in', async () => {
    const ivy = mock.customer('ivy@example.com', 'teamly');
    assert.deepEqual(ivy.members, [], 'the seed has no member for Ivy');
    const token = await mock.signIn('ivy@example.com', 'teamly');
    assert.match(token, /^polar_mst_/);
    const user = await mock.sdk.customerPortal.customerSession.getAuthenticatedUser({
      memberSession: token,
    });
    assert.equal(user.type, 'member');
    assert.equal(user.role, 'owner');
    assert.equal(user.customerId, ivy.id);
    assert.ok(user.memberId);
  });

  test('the shared email signs in to the customer it chose', async () => {
    const studio = mock.seed.customers.find((c) => c.name === 'Stone Studio')!;
    const token = await mock.signIn('sam@example.com', 'teamly', studio.id);
    const user = await mock.sdk.customerPortal.customerSession.getAuthenticatedUser({
      memberSession: token,
    });
    assert.equal(user.customerId, studio.id);
    assert.equal(user.role, 'owner');
  });
});

describe('401 answers', () => {
  test('no bearer token: Polar’s Unauthorized envelope and WWW-Authenticate', async () => {
    for (const headers of [
      {},
      { authorization: 'Basic abc' },
      { authorization: 'Bearer' },
    ] as Record<string, string>[]) {
      const res = await mock.call(USER, { headers });
      assert.equal(res.status, 401);
      assert.equal(res.headers.get('www-authenticate'), 'Bearer realm="polar"');
      assert.deepEqual(await res.json(), { error: 'Unauthorized', detail: 'Unauthorized' });
    }
  });

  test('an unknown, malformed or foreign-prefix token: the OAuth2 invalid_token shape', async () => {
    const token = await mock.signIn('alice@example.com', 'acme');
    for (const bad of [
      `${token.slice(0, -1)}${token.endsWith('a') ? 'b' : 'a'}`,
      'polar_cst_short',
      'polar_oat_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGH',
      'garbage',
    ]) {
      const res = await mock.call(INTROSPECT, { headers: { authorization: `Bearer ${bad}` } });
      assert.equal(res.status, 401, bad);
      assert.deepEqual(await res.json(), {
        error: 'invalid_token',
        error_description: INVALID_TOKEN_DESCRIPTION,
      });
      assert.match(
        res.headers.get('www-authenticate')!,
        /^Bearer realm="polar", error="invalid_token"/,
      );
    }
  });

  test('a session expires after one hour', async () => {
    const token = await mock.signIn('alice@example.com', 'acme');
    const auth = { authorization: `Bearer ${token}` };
    clock.advance(60 * 60_000 - 1);
    assert.equal((await mock.call(INTROSPECT, { headers: auth })).status, 200);
    clock.advance(1);
    const res = await mock.call(INTROSPECT, { headers: auth });
    assert.equal(res.status, 401);
    assert.equal(((await res.json()) as { error: string }).error, 'invalid_token');
  });

  test('a reset ends every session', async () => {
    const token = await mock.signIn('alice@example.com', 'acme');
    await mock.reset();
    const res = await mock.call(USER, { headers: { authorization: `Bearer ${token}` } });
    assert.equal(res.status, 401);
  });

  test('tokens are stored hashed', async () => {
    const token = await mock.signIn('alice@example.com', 'acme');
    assert.ok(mock.mock.state.db.sessions.size > 0);
    assert.ok(
      !mock.mock.state.db.sessions.some((s) => JSON.stringify(s).includes(token.slice(10))),
    );
  });
});
