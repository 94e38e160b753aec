import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mockForThisFile } from './harness.js';

/**
 * The example merchant backend (`demo/merchant-backend/server.ts`), run as the README says,
 * against the Node mock: `POST /portal-session` answers a token that opens the portal, for the
 * fixed demo user or the one a header names; a refusal says nothing of Polar's body; and the
 * token reaches neither the answer's cache nor the backend's output.
 */

const mock = mockForThisFile();
let backend: ChildProcess;
let base = '';
let output = '';

const portalSession = (headers: Record<string, string> = {}) =>
  fetch(`${base}/portal-session`, { method: 'POST', headers });

describe('the example merchant backend', () => {
  before(async () => {
    const acme = mock.seed.organizations.find((o) => o.slug === 'acme')!;
    const { token } = acme.access_tokens.find((t) => t.scope.includes('customer_sessions:write'))!;
    backend = spawn(process.execPath, ['--import', 'tsx', 'demo/merchant-backend/server.ts'], {
      env: { ...process.env, POLAR_SERVER_URL: mock.base, POLAR_ACCESS_TOKEN: token, PORT: '0' },
    });
    backend.stdout!.on('data', (chunk: Buffer) => (output += chunk));
    backend.stderr!.on('data', (chunk: Buffer) => (output += chunk));
    while (!/http:\/\/127\.0\.0\.1:\d+/.test(output)) await once(backend.stdout!, 'data');
    base = output.match(/http:\/\/127\.0\.0\.1:\d+/)![0];
  });
  after(() => {
    backend.kill();
  });

  test('makes a session for the fixed demo user that opens the portal', async () => {
    const res = await portalSession();
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const body = (await res.json()) as { token: string; expires_at: string };
    assert.deepEqual(Object.keys(body).sort(), ['expires_at', 'token']);
    assert.match(body.token, /^polar_cst_/);
    const me = await mock.sdk.customerPortal.customers.get({ customerSession: body.token });
    assert.equal(me.email, 'alice@example.com');
    assert.ok(!output.includes(body.token), 'the backend logs no token');
  });

  test('for the user a header names; a refusal is a 502 without Polar’s details', async () => {
    const bob = (await (await portalSession({ 'x-demo-user': 'usr_bob' })).json()) as {
      token: string;
    };
    const user = await mock.sdk.customerPortal.customerSession.getAuthenticatedUser({
      customerSession: bob.token,
    });
    assert.equal(user.email, 'bob@example.com');

    const refused = await portalSession({ 'x-demo-user': 'usr_nobody' });
    assert.equal(refused.status, 502);
    assert.deepEqual(await refused.json(), { error: 'Could not start a portal session.' });
    assert.match(output, /Polar refused the session \(422\)/);
    assert.equal((await fetch(`${base}/portal-session`)).status, 405);
  });
});
