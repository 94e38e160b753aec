import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateToken } from '../../mock-server/crypto.js';
import { getResponse } from 'msw';
import { createMockApi, ManualClock } from '../../mock-server/index.js';
import { toNodeListener } from '../../mock-server/node-listener.js';
import { stampSocketAddress } from '../../mock-server/socket-address.js';
import { createSession } from '../../mock-server/services/sessions.js';
import { mockForThisFile } from './harness.js';

/**
 * Guessing a sign-in code as an attacker would: with every identity a caller can put in a
 * request (bearer tokens real and invented, basic auth, address headers, cookies, other loopback
 * source addresses, its own valid sessions), in parallel bursts over a simulated hour. Polar's
 * numbers (`server/polar/rate_limit.py`, zone `customer-session-login`): 6 a minute and 12 an
 * hour per client. Each campaign prints how many guesses it got to the code check.
 */

const clock = new ManualClock();
const mock = mockForThisFile({ clock, rateLimit: 'polar' });
const PORTAL = '/v1/customer-portal';
const AUTHENTICATE = `${PORTAL}/customer-session/authenticate`;

type Headers = Record<string, string>;

/** One request's answer, reduced to what the campaign counts. */
interface Answer {
  status: number;
  error: string | null;
}

async function answer(res: Response): Promise<Answer> {
  const text = await res.text();
  const body = text ? (JSON.parse(text) as { error?: string }) : null;
  return { status: res.status, error: body?.error ?? null };
}

/**
 * Whether the request reached the check behind the route: anything but the limiter's 429, the
 * pipeline's `invalid_token` and the router's 404/405/307 for a path that is not the route.
 */
const reachedCheck = ({ status, error }: Answer) =>
  status !== 429 && error !== 'invalid_token' && ![404, 405, 307].includes(status);

const wrongCode = (n: number) => String(100_000 + n).padStart(6, '0');

/**
 * `bursts` bursts of `size` guesses sent at once, `minutesApart` simulated minutes apart, each
 * guess with the headers `identity(n)` makes; answers how many reached the check in each burst.
 */
async function campaign(
  identity: (n: number) => Headers,
  send: (n: number, headers: Headers) => Promise<Answer> = (n, headers) =>
    mock.call(AUTHENTICATE, { method: 'POST', headers, json: { code: wrongCode(n) } }).then(answer),
  { bursts = 4, size = 40, minutesApart = 16 } = {},
): Promise<number[]> {
  const checked: number[] = [];
  for (let burst = 0; burst < bursts; burst++) {
    const answers = await Promise.all(
      Array.from({ length: size }, (_, i) => {
        const n = burst * size + i;
        return send(n, identity(n));
      }),
    );
    assert.ok(
      answers.every((a) => a.status < 500),
      'no 5xx',
    );
    checked.push(answers.filter(reachedCheck).length);
    clock.advance(minutesApart * 60_000);
  }
  return checked;
}

function assertBounded(name: string, checked: number[]) {
  const total = checked.reduce((a, b) => a + b, 0);
  console.log(`  ${name}: ${checked.join(' + ')} = ${total} checks over an hour`);
  assert.ok(
    checked.every((n) => n <= 6),
    `${name}: at most 6 checks a minute, got ${checked}`,
  );
  assert.ok(total <= 12, `${name}: at most 12 an hour, got ${total}`);
}

const b64 = (text: string) => Buffer.from(text).toString('base64');

/** The identities a caller can claim from the same machine, one per request. */
const VARIANTS: Record<string, (n: number) => Headers> = {
  'no identity': () => ({}),
  'a new invented bearer per guess': (n) => ({ authorization: `Bearer junk${n}` }),
  'a well-formed customer token per guess': () => ({
    authorization: `Bearer ${generateToken('polar_cst_')}`,
  }),
  'a well-formed member token per guess': () => ({
    authorization: `bearer ${generateToken('polar_mst_')}`,
  }),
  'basic auth per guess': (n) => ({ authorization: `Basic ${b64(`user${n}:pw`)}` }),
  'True-Client-IP per guess (no --trust-proxy)': (n) => ({
    'true-client-ip': `203.0.${n >> 8}.${n & 255}`,
  }),
  'X-Forwarded-For and friends per guess': (n) => ({
    'x-forwarded-for': `198.51.100.${n & 255}, 10.0.0.${n & 255}`,
    forwarded: `for=192.0.2.${n & 255}`,
    'x-real-ip': `192.0.2.${n & 255}`,
    'x-mock-remote-address': `192.0.2.${n & 255}`,
    'x-mock-transport': `stamp${n}`,
  }),
  'cookies per guess': (n) => ({
    cookie: `polar_session=s${n}; polar_customer_session=c${n}; session=${n}`,
  }),
  'everything at once, differently each time': (n) => ({
    authorization: n % 2 ? `Bearer junk${n}` : `Basic ${b64(`u${n}:p`)}`,
    'true-client-ip': `203.0.113.${n & 255}`,
    'x-forwarded-for': `198.51.100.${n & 255}`,
    cookie: `polar_session=${n}`,
  }),
};

describe('code guessing is bounded for every identity a caller can fake', () => {
  for (const [name, identity] of Object.entries(VARIANTS)) {
    test(name, async () => {
      assertBounded(name, await campaign(identity));
    });
  }

  test('invented bearers are refused before the handler, counted against the address', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, n) =>
        mock
          .call(AUTHENTICATE, {
            method: 'POST',
            headers: { authorization: `Bearer junk${n}` },
            json: { code: wrongCode(n) },
          })
          .then(answer),
      ),
    );
    assert.ok(answers.every((a) => a.error === 'invalid_token' || a.status === 429));
    assert.ok(
      answers.some((a) => a.status === 429),
      'the address ran out in its own zone',
    );
    const plain = await mock.call(AUTHENTICATE, { method: 'POST', json: { code: '000000' } });
    assert.equal(plain.status, 429, 'and the same address without a token waits too');
  });

  test('the attacker’s own valid sessions, rotated, add nothing', async () => {
    const { state } = mock.mock;
    const tokens = await Promise.all(
      state.db.customers
        .filter((c) => c.email)
        .map(async (customer) => createSession(state, customer, null)),
    );
    assert.ok(tokens.length >= 4, 'several accounts to rotate');
    const checked = await campaign((n) => ({
      authorization: `Bearer ${tokens[n % tokens.length]}`,
    }));
    assertBounded('own valid sessions, rotated', checked);
  });

  test('other loopback source addresses (raw sockets bound to 127.0.0.N) are one client', async () => {
    const port = new URL(mock.base).port;
    const send = (n: number) =>
      new Promise<Answer>((resolve, reject) => {
        const body = JSON.stringify({ code: wrongCode(n) });
        const req = httpRequest(
          {
            host: '127.0.0.1',
            port,
            path: AUTHENTICATE,
            method: 'POST',
            localAddress: `127.0.${(n >> 8) & 255}.${n & 255 || 1}`,
            headers: { 'content-type': 'application/json', 'content-length': body.length },
          },
          (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => (text += chunk));
            res.on('end', () => {
              const parsed = text ? (JSON.parse(text) as { error?: string }) : null;
              resolve({ status: res.statusCode!, error: parsed?.error ?? null });
            });
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    assertBounded('a new 127.0.0.N per guess', await campaign(() => ({}), send));
  });

  test('a limit holds over any minute, not per clock minute', async () => {
    clock.set(Math.ceil(clock.now() / 60_000) * 60_000 - 100); // 0.1 s before a new minute
    const guess = () =>
      mock.call(AUTHENTICATE, { method: 'POST', json: { code: '000000' } }).then(answer);
    for (let i = 0; i < 6; i++) assert.ok(reachedCheck(await guess()));
    clock.advance(200);
    assert.equal((await guess()).status, 429, 'the seventh in 0.2 s waits, minute or not');
  });

  test('path spellings of the sign-in route do not reach it unlimited', async () => {
    const spellings = [
      `${AUTHENTICATE}?n=`,
      `${AUTHENTICATE}/`,
      `${PORTAL}//customer-session/authenticate`,
      `${PORTAL}/customer-session/./authenticate`,
      `${PORTAL}/customer-session/x/../authenticate`,
      `${PORTAL}/customer-session/%61uthenticate`,
      `${AUTHENTICATE.toUpperCase()}`,
      `${AUTHENTICATE};x`,
    ];
    const checked = await campaign(
      () => ({}),
      (n) =>
        mock
          .call(spellings[n % spellings.length]! + (n % spellings.length === 0 ? n : ''), {
            method: 'POST',
            json: { code: wrongCode(n) },
            redirect: 'manual',
          })
          .then(answer),
    );
    assertBounded('path spellings', checked);
  });
});

describe('other limited zones', () => {
  test('invented bearers send no more codes to a mailbox than 6 a minute', async () => {
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, n) =>
        mock.call(`${PORTAL}/customer-session/request`, {
          method: 'POST',
          headers: { authorization: `Bearer junk${n}`, 'true-client-ip': `203.0.113.${n & 255}` },
          json: { email: 'alice@example.com', organization_id: mock.org('acme') },
        }),
      ),
    );
    assert.ok(answers.every((res) => res.status === 401 || res.status === 429));
    assert.deepEqual(await mock.emails('alice@example.com'), [], 'not one code was mailed');
    const plain = await Promise.all(
      Array.from({ length: 50 }, () =>
        mock.call(`${PORTAL}/customer-session/request`, {
          method: 'POST',
          json: { email: 'alice@example.com', organization_id: mock.org('acme') },
        }),
      ),
    );
    assert.ok(plain.every((res) => res.status === 202 || res.status === 429));
    const mailed = (await mock.emails('alice@example.com')).length;
    console.log(`  codes mailed by 250 requests: ${mailed}`);
    assert.ok(mailed <= 6, `at most 6 codes, got ${mailed}`);
  });

  test('email-update token checks: 6 a minute, 12 an hour, whatever the caller sends', async () => {
    const checked = await campaign(
      VARIANTS['everything at once, differently each time']!,
      (n, headers) =>
        mock
          .call(`${PORTAL}/customers/me/email-update/verify`, {
            method: 'POST',
            headers: n % 3 ? headers : {},
            json: { token: `guess-${n}` },
          })
          .then(answer),
    );
    // Anything but the limiter's 429 or the pipeline's invalid_token reached the token check.
    assertBounded('email-update verify', checked);
  });

  test('license-key checks: 3 a second whatever the bearer', async () => {
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, n) =>
        mock
          .call(`${PORTAL}/license-keys/validate`, {
            method: 'POST',
            headers: { authorization: `Bearer junk${n}` },
            json: { key: `ACME-${n}`, organization_id: mock.org('acme') },
          })
          .then(answer),
      ),
    );
    const reached = answers.filter((a) => a.status !== 429 && a.error !== 'invalid_token');
    assert.equal(reached.length, 0, 'an invented bearer never reaches the key check');
    clock.advance(61_000);
    const plain = await Promise.all(
      Array.from({ length: 60 }, (_, n) =>
        mock
          .call(`${PORTAL}/license-keys/validate`, {
            method: 'POST',
            headers: { 'true-client-ip': `203.0.113.${n}` },
            json: { key: `ACME-${n}`, organization_id: mock.org('acme') },
          })
          .then(answer),
      ),
    );
    const checks = plain.filter((a) => a.status !== 429).length;
    console.log(`  license-key checks of 60 at once: ${checks}`);
    assert.ok(checks <= 3, `at most 3 a second, got ${checks}`);
  });
});

describe('a bearer that is not a live session', () => {
  const dummyParams = (path: string) =>
    path.replace(/:[a-z_]+/g, '3f1c2a4e-8b7d-4c6e-9a5f-1b2c3d4e5f60');

  test('is answered 401 invalid_token on every route, before any handler runs', async () => {
    const { state } = mock.mock;
    const expired = await createSession(state, state.db.customers.all()[0]!, null);
    const tokens = [
      'junk',
      generateToken('polar_cst_'),
      generateToken('polar_mst_'),
      'polar_oat_abc',
      expired,
    ];
    clock.advance(61 * 60_000); // the real session has expired by now
    state.db.prune(clock.now()); // as every request does: the expired session goes
    const snapshot = JSON.stringify(state.db.snapshot());
    let checked = 0;
    for (const route of mock.mock.routes.api) {
      for (const token of tokens) {
        state.limiter.reset(); // each call on its own: what is checked here is the 401
        const res = await mock.call(dummyParams(route.path), {
          method: route.method,
          headers: { authorization: `Bearer ${token}` },
          ...(route.method === 'GET' ? {} : { json: {} }),
        });
        const body = await answer(res);
        assert.equal(res.status, 401, `${route.method} ${route.path} with ${token.slice(0, 12)}`);
        assert.equal(body.error, 'invalid_token', `${route.method} ${route.path}`);
        assert.match(res.headers.get('www-authenticate')!, /error="invalid_token"/);
        checked++;
      }
    }
    console.log(`  routes × invented tokens answered invalid_token: ${checked}`);
    assert.equal(checked, mock.mock.routes.api.length * tokens.length);
    assert.equal(JSON.stringify(state.db.snapshot()), snapshot, 'nothing changed');
  });
});

describe('the development controls answer only this machine', () => {
  /** A request as the Node adapter hands it on: the socket's address, stamped. */
  async function fromAddress(address: string, path: string, init: RequestInit = {}) {
    const api = createMockApi();
    const headers = new Headers(init.headers);
    stampSocketAddress(headers, address);
    const request = new Request(`http://mock.test${path}`, { ...init, headers });
    const res = await getResponse(api.handlers, request, { baseUrl: 'http://mock.test' });
    return res!;
  }

  test('another machine gets 404 from the mailbox, reset and clock; loopback gets them', async () => {
    const controls: [string, RequestInit?][] = [
      ['/__dev/emails'],
      ['/__dev/seed'],
      ['/__dev/webhooks'],
      ['/__dev/reset', { method: 'POST' }],
      ['/__dev/clock', { method: 'POST', body: '{"advance_seconds":60}' }],
    ];
    for (const address of ['203.0.113.5', '2001:db8::1', '10.0.0.2', '::ffff:192.0.2.1']) {
      for (const [path, init] of controls) {
        const res = await fromAddress(address, path, init);
        assert.equal(res.status, 404, `${address} ${path}`);
      }
    }
    for (const address of ['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1']) {
      assert.equal((await fromAddress(address, '/__dev/emails')).status, 200, address);
    }
  });

  test('a web page of another origin cannot read the mailbox or reset through the browser', async () => {
    for (const origin of ['https://evil.example', 'null', 'http://127.0.0.1.evil.example', 'x']) {
      for (const [path, method] of [
        ['/__dev/emails', 'GET'],
        ['/__dev/reset', 'POST'],
      ] as const) {
        const res = await fromAddress('127.0.0.1', path, { method, headers: { origin } });
        assert.equal(res.status, 404, `${origin} ${method} ${path}`);
      }
    }
    for (const origin of ['http://127.0.0.1:5173', 'http://localhost:8000', 'http://[::1]:3000']) {
      const res = await fromAddress('127.0.0.1', '/__dev/emails', { headers: { origin } });
      assert.equal(res.status, 200, origin);
    }
  });

  test('under toNodeListener, as `npm start` mounts the mock, another machine gets 404 too', async () => {
    const listener = toNodeListener(createMockApi().handlers);
    const server = createServer((req, res) => void listener(req, res));
    // The socket as a caller on another machine would have it: no way to send from one here.
    server.on('connection', (socket) =>
      Object.defineProperty(socket, 'remoteAddress', { value: '203.0.113.5' }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const spoofed: Record<string, string>[] = [
        {},
        { 'x-mock-remote-address': '127.0.0.1', 'x-mock-transport': 'x' },
      ];
      for (const headers of spoofed) {
        const res = await fetch(`${base}/__dev/emails`, { headers });
        assert.equal(res.status, 404, JSON.stringify(headers));
      }
      const reset = await fetch(`${base}/__dev/reset`, { method: 'POST' });
      assert.equal(reset.status, 404);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  test('where a customer’s browser is sent still answers from anywhere', async () => {
    const provider = await fromAddress('203.0.113.5', '/__dev/oauth/github/authorize?state=x');
    assert.equal(provider.status, 303);
    const file = await fromAddress('203.0.113.5', '/__files/invoices/x?token=y');
    assert.equal(file.status, 404);
    assert.equal(((await file.json()) as { error: string }).error, 'ResourceNotFound');
  });
});
