import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMockServer } from '../../mock-server/node.js';
import { POLAR_MAX_BODY_BYTES, startMock, type Harness } from './harness.js';
import { rawBody, rawHttp } from './raw-http.js';

/**
 * The mock as an attacker meets it: malformed HTTP on raw sockets, slow clients, unknown
 * methods, broken paths, deep, huge and badly encoded bodies, extreme numbers on every dev
 * route, parallel bursts, restarts and state files it cannot write. The rule under test: nothing
 * a client can send is answered 5xx (only `/__dev/faults` may do that), every refusal is in
 * Polar's shapes, and nothing grows without bound. Every answer of the file is counted; the last
 * test asserts that none was a 5xx. Everything is bounded in count and time, on 127.0.0.1 only.
 */

const statuses = new Map<number, number>();
const record = (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1);

let mock: Harness;
before(async () => {
  mock = await startMock({ httpTimeouts: { headersMs: 300, requestMs: 600 } });
});
after(() => mock.close());

const PORTAL = '/v1/customer-portal';
const REQUEST_CODE = `${PORTAL}/customer-session/request`;

/** An HTTP call whose answer is counted; the body is read so the connection is reused. */
async function hit(path: string, init: RequestInit & { json?: unknown } = {}) {
  const res = await mock.call(path, { redirect: 'manual', ...init });
  const text = await res.text();
  record(res.status);
  let body: Record<string, unknown> | null = null;
  try {
    body = text ? (JSON.parse(text) as Record<string, unknown>) : null;
  } catch {
    // not JSON: the assertions below say so where it matters
  }
  return { status: res.status, body, text, headers: res.headers };
}

/** Polar's error shapes: `{detail}` (Starlette, 422 lists), `{error, detail}`, OAuth's 401. */
function assertErrorShape(status: number, body: Record<string, unknown> | null, what: string) {
  assert.ok(status >= 400 && status < 500, `${what}: 4xx, got ${status}`);
  if (status === 429) return;
  assert.ok(
    body && ('detail' in body || body.error === 'invalid_token'),
    `${what}: ${status} shape`,
  );
  if (status === 422 && Array.isArray(body.detail)) {
    assert.match(String(body.error), /^(Polar)?RequestValidationError$/, `${what}: 422 error`);
    assert.ok(body.detail.length > 0, `${what}: 422 detail list`);
  } else if (status === 422) assert.equal(typeof body.detail, 'string', `${what}: 422 text`);
}

/** A raw exchange with the file's mock, its answer counted. */
async function raw(parts: (string | Buffer)[], options?: Parameters<typeof rawHttp>[2]) {
  const { port } = mock.mock.server.address() as AddressInfo;
  const answer = await rawHttp(port, parts, options);
  if (answer.status) record(answer.status);
  return answer;
}

const jsonBody = (text: string) => JSON.parse(rawBody(text)) as unknown;

describe('malformed HTTP on a raw socket', () => {
  const GET = (head: string) => `GET /__dev/clock HTTP/1.1\r\n${head}\r\n\r\n`;
  const cases: [string, string | Buffer, number][] = [
    ['a garbage request line', 'HELLO THERE\r\n\r\n', 400],
    [
      'a lowercase method',
      'get /v1/customer-portal/subscriptions/ HTTP/1.1\r\nHost: x\r\n\r\n',
      400,
    ],
    ['an unknown method token', 'FROB /v1/ HTTP/1.1\r\nHost: x\r\n\r\n', 400],
    ['Host: a b', GET('Host: a b'), 400],
    ['Host: [', GET('Host: ['), 400],
    ['a Host with a port past 65535', GET('Host: x:99999'), 400],
    ['HTTP/1.1 without a Host', 'GET /__dev/clock HTTP/1.1\r\n\r\n', 400],
    ['a header of 20 KB', GET(`Host: x\r\nX-Big: ${'a'.repeat(20_000)}`), 431],
    ['a NUL in a header', GET('Host: x\r\nX-A: a\0b'), 400],
    ['a lone CR', 'GET /__dev/clock HTTP/1.1\r\nHost: x\rX-A: b\r\n\r\n', 400],
    ['a NUL in the path', 'GET /v1/\0 HTTP/1.1\r\nHost: x\r\n\r\n', 400],
    [
      'invalid chunked encoding',
      'POST /__dev/clock HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\nabc\r\n0\r\n\r\n',
      400,
    ],
    [
      'a Content-Length of 24 digits',
      `POST /__dev/clock HTTP/1.1\r\nHost: x\r\nContent-Length: ${'9'.repeat(24)}\r\n\r\n`,
      400,
    ],
    [
      'Content-Length and chunked together',
      'POST /__dev/clock HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
      400,
    ],
    [
      'two different Content-Lengths',
      'POST /__dev/clock HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n{}',
      400,
    ],
    [
      'a negative Content-Length',
      'POST /__dev/clock HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n',
      400,
    ],
    [
      'bytes past Latin-1 in the request line',
      Buffer.from('GET /\xff\xfe HTTP/1.1\r\nHost: x\r\n\r\n', 'latin1'),
      400,
    ],
  ];
  for (const [name, request, expected] of cases) {
    test(`${name}: ${expected}, then the connection is closed`, async () => {
      const answer = await raw([request]);
      assert.equal(answer.status, expected, `${name}: ${answer.text.slice(0, 200)}`);
      assert.equal(answer.end, 'closed', `${name}: closed, not ${answer.end}`);
      assert.ok(jsonBody(answer.text), 'a JSON body');
    });
  }

  test('a client that half-closes after its request still gets the answer to what was done', async () => {
    const body = JSON.stringify({ email: 'alice@example.com', organization_id: mock.org('acme') });
    const { port } = mock.mock.server.address() as AddressInfo;
    const text = await new Promise<string>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end(
          `POST ${REQUEST_CODE} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n` +
            `Content-Length: ${body.length}\r\n\r\n${body}`,
        ); // the request, then FIN: nothing more to send
      });
      let answer = '';
      const timer = setTimeout(() => socket.destroy(), 3000);
      socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
      socket.on('close', () => (clearTimeout(timer), resolve(answer)));
    });
    record(Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1]));
    assert.match(text, /^HTTP\/1\.1 202 /, 'the code was mailed, and the client is told so');
    assert.equal((await mock.emails('alice@example.com')).length, 1);
  });

  test('a framing Node’s parser rejects late (Transfer-Encoding: identity) changes nothing and is answered', async () => {
    const before = (await hit('/__dev/clock')).body;
    for (const coding of ['identity', 'gzip', 'chunked, identity', 'foo']) {
      const answer = await raw([
        `POST /__dev/clock HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: ${coding}\r\n` +
          'Content-Type: application/json\r\nConnection: close\r\n\r\n{"advance_seconds":3600}',
      ]);
      assert.equal(answer.status, 400, `${coding}: ${answer.text.slice(0, 120)}`);
      const polar = await raw([
        `POST ${REQUEST_CODE} HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: ${coding}\r\n` +
          'Connection: close\r\n\r\n{}',
      ]);
      assert.equal(
        polar.status,
        400,
        `${coding} on Polar's route: an answer, not a dropped socket`,
      );
    }
    const moved =
      Date.parse(String((await hit('/__dev/clock')).body!.now)) - Date.parse(String(before!.now));
    assert.ok(moved < 60_000, `the clock did not move an hour (${moved} ms)`);
  });

  test('slowloris: headers that never end are cut off with a 408 within the headers timeout', async () => {
    const trickle = Array.from({ length: 60 }, (_, i) => `X-${i}: y\r\n`);
    const answer = await raw(['GET /__dev/clock HTTP/1.1\r\nHost: x\r\n', ...trickle], {
      gapMs: 50,
    });
    assert.equal(answer.status, 408);
    assert.ok(answer.ms < 2000, `cut off after ${answer.ms} ms`);
  });

  test('a connection that sends nothing, and a body that never arrives, are cut off too', async () => {
    const idle = await raw([]);
    assert.equal(idle.end, 'closed');
    assert.ok(idle.ms < 2000, `idle socket closed after ${idle.ms} ms`);
    const slowBody = await raw(
      [
        `POST ${REQUEST_CODE} HTTP/1.1\r\nHost: x\r\ncontent-type: application/json\r\nContent-Length: 100\r\n\r\n`,
        '{',
        '"',
      ],
      { gapMs: 200 },
    );
    assert.equal(slowBody.status, 408);
    assert.ok(slowBody.ms < 2500, `slow body cut off after ${slowBody.ms} ms`);
  });

  test('a body declared over 10 MiB is refused from its headers: 413 before a byte of it is sent', async () => {
    for (const length of [POLAR_MAX_BODY_BYTES + 1, 1024 ** 4]) {
      const answer = await raw(
        [
          `PATCH ${PORTAL}/customers/me HTTP/1.1\r\nHost: x\r\ncontent-type: application/json\r\nContent-Length: ${length}\r\n\r\n`,
        ],
        { untilClosed: true },
      );
      assert.equal(answer.status, 413);
      assert.deepEqual(jsonBody(answer.text), {
        error: 'RequestBodyTooLarge',
        detail: `Request body exceeded the maximum allowed size of ${POLAR_MAX_BODY_BYTES} bytes.`,
      });
      // The body it announced is waited for a moment, never read whole, then the line is cut.
      assert.equal(answer.end, 'closed');
      assert.ok(answer.ms < 2500, `closed after ${answer.ms} ms`);
    }
  });

  test('Expect: 100-continue with a body over the limit gets the 413, never the 100', async () => {
    const answer = await raw([
      `POST ${REQUEST_CODE} HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: ${POLAR_MAX_BODY_BYTES * 5}\r\n\r\n`,
    ]);
    assert.equal(answer.status, 413);
    assert.doesNotMatch(answer.text, /100 Continue/);
  });

  test('a streamed body is counted: the read stops at the limit, long before 50 MB are sent', async () => {
    const { port } = mock.mock.server.address() as AddressInfo;
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const frame = Buffer.concat([
      Buffer.from(`${chunk.length.toString(16)}\r\n`),
      chunk,
      Buffer.from('\r\n'),
    ]);
    const { status, sent } = await new Promise<{ status: number; sent: number }>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      let sent = 0;
      let text = '';
      const stop = (status: number) => {
        socket.destroy();
        resolve({ status, sent });
      };
      const timer = setTimeout(() => stop(0), 10_000);
      socket.on('data', (data) => {
        text += data.toString('latin1');
        const status = /^HTTP\/1\.1 (\d{3})/.exec(text)?.[1];
        if (status) {
          clearTimeout(timer);
          stop(Number(status));
        }
      });
      socket.on('error', () => stop(Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0)));
      socket.write('POST /__dev/clock HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n');
      const pump = () => {
        while (sent < 50e6 && !socket.destroyed) {
          sent += chunk.length;
          if (!socket.write(frame)) return void socket.once('drain', pump);
        }
      };
      pump();
    });
    record(status);
    assert.equal(status, 413);
    assert.ok(sent < 30e6, `the server answered after ${sent} bytes, not 50 MB`);
  });
});

describe('methods and paths', () => {
  test('TRACE, CONNECT, PROPFIND and others: Starlette’s 405 on a route, 404 elsewhere, never 500', async () => {
    for (const method of ['TRACE', 'PROPFIND', 'MKCOL', 'SEARCH', 'PURGE', 'LINK', 'REPORT']) {
      const known = await raw([`${method} ${PORTAL}/subscriptions/ HTTP/1.1\r\nHost: x\r\n\r\n`]);
      assert.equal(known.status, 405, `${method} on a route: ${known.text.slice(0, 120)}`);
      assert.deepEqual(jsonBody(known.text), { detail: 'Method Not Allowed' });
      const unknown = await raw([`${method} /v1/nowhere HTTP/1.1\r\nHost: x\r\n\r\n`]);
      assert.equal(unknown.status, 404, `${method} elsewhere`);
    }
    const tunnel = await raw(['CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n']);
    assert.equal(tunnel.status, 404, 'the mock is no proxy');
    const connectRoute = await raw([
      `CONNECT ${PORTAL}/subscriptions/ HTTP/1.1\r\nHost: x\r\n\r\n`,
    ]);
    assert.equal(connectRoute.status, 405);
  });

  test('paths and query strings that do not decode reach a handler and get a 4xx', async () => {
    const token = await mock.signIn('alice@example.com', 'acme');
    const auth = { authorization: `Bearer ${token}` };
    const paths = [
      `${PORTAL}/subscriptions/%E0%A4%A`,
      `${PORTAL}/subscriptions/%`,
      `${PORTAL}/subscriptions/%zz`,
      `${PORTAL}/subscriptions/%00`,
      `${PORTAL}/subscriptions/%ED%A0%80`,
      `${PORTAL}/subscriptions/..%2F..%2F`,
      `${PORTAL}/subscriptions/${'a'.repeat(8000)}`,
      `${PORTAL}/orders/?page=%FF&limit=%E0%A4&sorting=%`,
      `${PORTAL}/subscriptions/?${Array.from({ length: 200 }, (_, i) => `sorting=x${i}`).join('&')}`,
      `${PORTAL}/downloadables/%E0%A4%A`,
      `${PORTAL}/oauth-accounts/callback?state=%E0%A4%A&code=%`,
      `${PORTAL}/oauth-accounts/authorize?platform=discord&return_to=%E0%A4%A`,
      `${PORTAL}/oauth-accounts/authorize?platform=discord&return_to=relative/path`,
      `${PORTAL}/oauth-accounts/authorize?platform=discord&return_to=http://[`,
      '/__dev/emails?to=%E0%A4%A',
      '/__dev/webhooks?type=%',
      '/__files/downloads/%E0%A4%A?token=%',
      `/__dev/oauth/%E0%A4%A/authorize?state=%`,
    ];
    for (const path of paths) {
      const { status, body } = await hit(path, { headers: auth });
      assert.ok(status < 500, `${path.slice(0, 80)}: ${status}`);
      if (status >= 400) assertErrorShape(status, body, path.slice(0, 80));
    }
  });

  test('an OAuth round trip with hostile return_to values answers a redirect or a 4xx', async () => {
    const token = await mock.signIn('alice@example.com', 'acme');
    for (const returnTo of [
      'relative',
      '//evil.example',
      'javascript:alert(1)',
      'http://[',
      '%E0%A4%A',
      'x'.repeat(5000),
    ]) {
      const authorize = await hit(
        `${PORTAL}/oauth-accounts/authorize?platform=discord&return_to=${encodeURIComponent(returnTo)}`,
        { headers: { authorization: `Bearer ${token}` } },
      );
      assert.ok(authorize.status < 500, `authorize with ${returnTo.slice(0, 30)}`);
      if (authorize.status !== 200) continue;
      const provider = await hit(
        new URL(String(authorize.body!.url)).pathname + new URL(String(authorize.body!.url)).search,
      );
      const callback = provider.headers.get('location');
      if (!callback) continue;
      const back = await hit(new URL(callback).pathname + new URL(callback).search);
      assert.ok(back.status < 500, `callback with ${returnTo.slice(0, 30)}: ${back.status}`);
    }
  });
});

describe('bodies', () => {
  const org = () => mock.org('acme');
  const deep = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

  test('JSON nested 5,000 deep in any field: 422 json_invalid, not an overflow', async () => {
    const token = await mock.signIn('alice@example.com', 'acme');
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const targets: [string, string, string][] = [
      ['POST', REQUEST_CODE, 'email'],
      ['POST', `${PORTAL}/customer-session/authenticate`, 'code'],
      ['PATCH', `${PORTAL}/customers/me`, 'billing_name'],
      ['PATCH', `${PORTAL}/customers/me`, 'billing_address'],
      ['POST', `${PORTAL}/license-keys/activate`, 'meta'],
      ['POST', '/__dev/clock', 'advance_seconds'],
      ['POST', '/__dev/latency', 'min_ms'],
    ];
    for (const [method, path, field] of targets) {
      for (const depth of [5_000, 201]) {
        const { status, body } = await hit(path, {
          method,
          headers,
          body: `{"${field}":${deep(depth)},"organization_id":"${org()}"}`,
        });
        assert.equal(status, 422, `${field} nested ${depth} deep`);
        assertErrorShape(status, body, field);
        assert.equal((body!.detail as { type: string }[])[0]!.type, 'json_invalid');
      }
      // Within the depth pydantic's parser allows, the field's own error echoes the input.
      const { status, body } = await hit(path, {
        method,
        headers,
        body: `{"${field}":${deep(150)}}`,
      });
      assert.equal(status, 422, `${field} nested 150 deep`);
      assertErrorShape(status, body, field);
    }
  });

  test('sizes: exactly the limit is read, one byte over is a 413, and a long name within it is Polar’s to keep', async () => {
    const token = await mock.signIn('alice@example.com', 'acme');
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const frame = '{"billing_name":""}';
    const name = 'n'.repeat(POLAR_MAX_BODY_BYTES - frame.length);
    const atLimit = await hit(`${PORTAL}/customers/me`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ billing_name: name }),
    });
    // Polar caps no billing name (`CustomerPortalCustomerUpdate`): within 10 MiB it is stored.
    assert.equal(atLimit.status, 200, atLimit.text.slice(0, 200));
    const over = await hit(`${PORTAL}/customers/me`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ billing_name: `${name}x` }),
    });
    assert.equal(over.status, 413);
    assert.equal(over.body!.error, 'RequestBodyTooLarge');
    const fifty = await hit(`${PORTAL}/license-keys/activate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ key: 'k', organization_id: org(), label: 'l'.repeat(50e6) }),
    });
    assert.equal(fifty.status, 413, 'an unauthenticated 50 MB label never reaches the store');
    await mock.reset();
  });

  test('string caps where Polar’s schemas have them: string_too_long with ctx.max_length', async () => {
    const owner = await mock.session('olivia@northwind.example');
    const members = await owner.call('/members');
    const member = (members.body!.items as { id: string }[])[0]!;
    const name = await hit(`${PORTAL}/members/${member.id}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${owner.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'n'.repeat(257) }),
    });
    assert.equal(name.status, 422);
    assert.deepEqual((name.body!.detail as Record<string, unknown>[])[0], {
      type: 'string_too_long',
      loc: ['body', 'name'],
      msg: 'String should have at most 256 characters',
      input: 'n'.repeat(257),
      ctx: { max_length: 256 },
    });
    const activate = (meta: unknown) =>
      hit(`${PORTAL}/license-keys/activate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ key: 'k', organization_id: mock.org('acme'), label: 'l', meta }),
      });
    const longValue = await activate({ k: 'v'.repeat(501) });
    assert.equal(longValue.status, 422);
    assert.equal((longValue.body!.detail as { type: string }[])[0]!.type, 'string_too_long');
    const longKey = await activate({ ['k'.repeat(41)]: 'v' });
    assert.deepEqual((longKey.body!.detail as { loc: unknown[] }[])[0]!.loc, [
      'body',
      'meta',
      'k'.repeat(41),
      '[key]',
    ]);
    const manyKeys = await activate(
      Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, i])),
    );
    assert.equal((manyKeys.body!.detail as { type: string }[])[0]!.type, 'too_long');
    const longEmail = await hit(REQUEST_CODE, {
      method: 'POST',
      json: { email: `${'a'.repeat(65)}@example.com`, organization_id: mock.org('acme') },
    });
    assert.match(
      String((longEmail.body!.detail as { msg: string }[])[0]!.msg),
      /too long before the @-sign \(1 character too many\)/,
    );
  });

  test('encodings: invalid UTF-8 is a 400, a BOM and UTF-16 are read, NUL and lone surrogates refused in emails', async () => {
    const valid = JSON.stringify({
      email: 'nobody@example.com',
      organization_id: mock.org('acme'),
    });
    const send = (body: BodyInit, contentType = 'application/json') =>
      hit(REQUEST_CODE, { method: 'POST', headers: { 'content-type': contentType }, body });
    for (const bytes of [
      [0x7b, 0x22, 0x65, 0x22, 0x3a, 0x22, 0xc0, 0x80, 0x22, 0x7d], // overlong NUL
      [0x7b, 0x22, 0x65, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d], // never a UTF-8 byte
      [0x7b, 0x22, 0x65, 0x22, 0x3a, 0x22, 0xe0, 0xa4, 0x22, 0x7d], // truncated sequence
    ]) {
      const { status, body } = await send(new Uint8Array(bytes));
      assert.equal(status, 400, `bytes ${bytes.join(' ')}`);
      assert.deepEqual(body, { detail: 'There was an error parsing the body' });
    }
    assert.equal(
      (await send(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(valid)]))).status,
      202,
    );
    assert.equal((await send(Buffer.from(valid, 'utf16le'))).status, 202);
    assert.equal((await send(Buffer.from(`\ufeff${valid}`, 'utf16le'))).status, 202);
    for (const email of ['a\\u0000@example.com', '\\ud800@example.com', 'a\\udfff@example.com']) {
      const { status, body } = await send(
        `{"email":"${email}","organization_id":"${mock.org('acme')}"}`,
      );
      assert.equal(status, 422, email);
      assertErrorShape(status, body, email);
    }
    for (const contentType of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'application/json, text/plain',
      'multipart/form-data; boundary=x',
      'json',
    ]) {
      const { status, body } = await send(valid, contentType);
      assert.equal(status, 422, contentType);
      assert.equal((body!.detail as { type: string }[])[0]!.type, 'model_attributes_type');
    }
    assert.equal((await send(valid, 'application/merge-patch+json; charset=utf-8')).status, 202);
  });
});

describe('dev routes with extreme numbers', () => {
  test('clock, latency and faults accept only sane numbers, with Polar’s 422', async () => {
    const bodies: [string, string][] = [
      ['/__dev/clock', '{"advance_seconds":9e12}'],
      ['/__dev/clock', '{"advance_seconds":1e308}'],
      ['/__dev/clock', '{"advance_seconds":1e999}'],
      ['/__dev/clock', '{"advance_seconds":-1}'],
      ['/__dev/clock', '{"advance_seconds":"60"}'],
      ['/__dev/clock', '{"advance_seconds":null}'],
      ['/__dev/clock', '{}'],
      ['/__dev/latency', '{"min_ms":1e308,"max_ms":1e308}'],
      ['/__dev/latency', '{"min_ms":-5,"max_ms":10}'],
      ['/__dev/latency', '{"min_ms":10,"max_ms":5}'],
      ['/__dev/latency', '{"min_ms":1.5,"max_ms":2}'],
      ['/__dev/latency', '{"min_ms":0,"max_ms":60001}'],
      ['/__dev/faults', '{"error_rate":2,"drop_rate":0}'],
      ['/__dev/faults', '{"error_rate":-0.1,"drop_rate":0}'],
      ['/__dev/faults', '{"error_rate":0.6,"drop_rate":0.6}'],
      ['/__dev/faults', '{"error_rate":1e999,"drop_rate":0}'],
    ];
    for (const [path, body] of bodies) {
      const answer = await hit(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      assertErrorShape(answer.status, answer.body, `${path} ${body}`);
      assert.equal(answer.status, 422, `${path} ${body}`);
    }
    // Ten years in steps: the last step that would pass the bound is refused, not applied.
    const year = 365 * 24 * 3600;
    for (let i = 0; i < 10; i++)
      assert.equal(
        (await hit('/__dev/clock', { method: 'POST', json: { advance_seconds: year } })).status,
        200,
      );
    assert.equal(
      (await hit('/__dev/clock', { method: 'POST', json: { advance_seconds: 4 * year } })).status,
      422,
    );
    // Nothing above poisoned the mock: time reads, a sign-in works, the seed answers.
    assert.equal((await hit('/__dev/clock')).status, 200);
    assert.ok(await mock.signIn('alice@example.com', 'acme'));
    await mock.reset();
    assert.equal((await hit('/__dev/seed')).status, 200);
  });

  test('a state file carrying an impossible clock loads with the clock put back', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'portal-hostile-')), 'state.json');
    createMockServer({ statePath: path }); // writes the file at once
    const saved = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    writeFileSync(path, JSON.stringify({ ...saved, clock_offset_ms: 9e15 }));
    const second = await startMock({ statePath: path });
    try {
      assert.equal(second.mock.state.clock.offsetMs, 0);
      const now = await second.call('/__dev/clock');
      record(now.status);
      assert.equal(now.status, 200);
      assert.ok(await second.signIn('alice@example.com', 'acme'));
    } finally {
      await second.close();
    }
  });
});

describe('parallel bursts', () => {
  test('200 hostile requests at once, then the mock still answers as before', async () => {
    const token = await mock.signIn('alice@example.com', 'acme');
    const hostile: (() => Promise<unknown>)[] = [
      () =>
        hit(REQUEST_CODE, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: `{"email":${'['.repeat(5000)}`,
        }),
      () =>
        hit(`${PORTAL}/customers/me`, {
          method: 'PATCH',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ billing_name: 'b'.repeat(200_000) }),
        }),
      () =>
        hit(`${PORTAL}/subscriptions/%E0%A4%A`, { headers: { authorization: `Bearer ${token}` } }),
      () => hit('/__dev/clock', { method: 'POST', json: { advance_seconds: 9e12 } }),
      () =>
        hit(`${PORTAL}/license-keys/activate`, {
          method: 'POST',
          headers: { 'content-type': 'text/plain' },
          body: 'x'.repeat(100_000),
        }),
      () => raw(['GET /v1/ HTTP/1.1\r\nHost: a b\r\n\r\n'], { waitMs: 1000 }),
      () => raw(['TRACE /v1/customer-portal/orders/ HTTP/1.1\r\nHost: x\r\n\r\n'], { waitMs: 500 }),
      () => raw(['\0\0\0\r\n\r\n'], { waitMs: 1000 }),
    ];
    await Promise.all(Array.from({ length: 200 }, (_, i) => hostile[i % hostile.length]!()));
    const after = await hit(`${PORTAL}/customers/me`, {
      headers: { authorization: `Bearer ${token}` },
    });
    assert.equal(after.status, 200);
    assert.equal(mock.mock.state.clock.offsetMs, 0, 'no extreme clock got through');
    await mock.reset();
  });
});

describe('tables that sign-in grows', () => {
  test('expired codes go without a state file too, so requesting codes cannot grow memory', async () => {
    const { db } = mock.mock.state;
    for (let i = 0; i < 20; i++)
      await hit(REQUEST_CODE, {
        method: 'POST',
        json: { email: 'alice@example.com', organization_id: mock.org('acme') },
      });
    assert.ok(db.sessionCodes.size >= 20);
    await hit('/__dev/clock', { method: 'POST', json: { advance_seconds: 31 * 60 } });
    await hit(REQUEST_CODE, {
      method: 'POST',
      json: { email: 'alice@example.com', organization_id: mock.org('acme') },
    });
    assert.equal(db.sessionCodes.size, 1, 'only the live code is kept');
  });
});

describe('the state file', () => {
  const tempState = () => join(mkdtempSync(join(tmpdir(), 'portal-hostile-')), 'state.json');

  test('changes made by GET requests (an OAuth connection, a download) survive a restart', async () => {
    const statePath = tempState();
    const first = await startMock({ statePath });
    const token = await first.signIn('bob@example.com', 'acme');
    const auth = { authorization: `Bearer ${token}` };
    const authorize = await first.call(`${PORTAL}/oauth-accounts/authorize?platform=discord`, {
      headers: auth,
    });
    record(authorize.status);
    const { url } = (await authorize.json()) as { url: string };
    const provider = await first.call(new URL(url).pathname + new URL(url).search, {
      redirect: 'manual',
    });
    record(provider.status);
    const callback = new URL(provider.headers.get('location')!);
    const back = await first.call(callback.pathname + callback.search, { redirect: 'manual' });
    record(back.status);
    assert.ok([302, 303, 307].includes(back.status), `callback: ${back.status}`);

    const alice = await first.signIn('alice@example.com', 'acme');
    const list = await first.call(`${PORTAL}/downloadables/`, {
      headers: { authorization: `Bearer ${alice}` },
    });
    record(list.status);
    const [file] = (
      (await list.json()) as { items: { file: { id: string; download: { url: string } } }[] }
    ).items;
    assert.ok(file, 'alice has a downloadable');
    const downloadsBefore = first.mock.state.db.files.find((f) => f.id === file.file.id)!.downloads;
    const download = await first.call(new URL(file.file.download.url).pathname, {
      redirect: 'manual',
    });
    record(download.status);
    await download.body?.cancel();
    // Killed, not closed: nothing may rely on a shutdown hook.
    first.mock.server.closeAllConnections();
    await first.close();

    const second = await startMock({ statePath });
    try {
      const me = await second.call(`${PORTAL}/customers/me`, { headers: auth });
      record(me.status);
      const accounts = ((await me.json()) as { oauth_accounts: Record<string, unknown> })
        .oauth_accounts;
      assert.ok(
        Object.keys(accounts).some((key) => key.startsWith('discord')),
        `the Discord connection survived: ${JSON.stringify(accounts)}`,
      );
      const downloads = second.mock.state.db.files.find((f) => f.id === file.file.id)!.downloads;
      assert.equal(downloads, downloadsBefore + 1, 'the download was counted and kept');
    } finally {
      await second.close();
    }
  });

  test('a path the mock cannot write is refused at start, by createMockServer and by the CLI', () => {
    const dir = mkdtempSync(join(tmpdir(), 'portal-hostile-'));
    for (const statePath of [
      '/etc/hostname/state.json',
      '/proc/portal-mock-state.json',
      join(dir, 'missing', 'state.json'),
      dir,
    ]) {
      assert.throws(
        () => createMockServer({ statePath }),
        /state file|EISDIR|ENOTDIR|ENOENT/,
        statePath,
      );
    }
    const cli = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'mock-server/cli.ts',
        '--port',
        '0',
        '--state',
        '/etc/hostname/state.json',
      ],
      {
        encoding: 'utf8',
        timeout: 15_000,
      },
    );
    assert.equal(cli.status, 2, cli.stderr);
    assert.match(cli.stderr, /state file/);
  });

  test('a write that fails later is answered 503 StateNotSaved and leaves memory as the file is', async () => {
    const statePath = tempState();
    const faulty = await startMock({ statePath });
    try {
      const emailsBefore = faulty.mock.state.mailbox.list().length;
      rmSync(join(statePath, '..'), { recursive: true }); // the disk goes away under the mock
      // Not counted with the rest: a broken disk is the host's fault, not anything a client sent.
      const res = await faulty.call(REQUEST_CODE, {
        method: 'POST',
        json: { email: 'alice@example.com', organization_id: faulty.org('acme') },
      });
      assert.equal(res.status, 503);
      assert.equal(((await res.json()) as { error: string }).error, 'StateNotSaved');
      assert.equal(faulty.mock.state.mailbox.list().length, emailsBefore, 'the email was not sent');
      assert.equal(faulty.mock.state.db.sessionCodes.size, 0, 'no code was kept');
    } finally {
      await faulty.close();
    }
  });

  test('the logs keep their newest entries within bounds, and a write stays fast', async () => {
    const statePath = tempState();
    const server = await startMock({ statePath });
    try {
      const { state } = server.mock;
      const big = 'w'.repeat(100_000);
      for (let i = 0; i < 700; i++)
        state.webhooks.emit('customer.updated', { i, big: i % 10 ? '' : big });
      for (let i = 0; i < 700; i++)
        state.mailbox.send({
          to: `p${i}@example.com`,
          subject: 's',
          text: 't'.repeat(i % 10 ? 10 : 50_000),
          code: null,
        });
      assert.ok(state.webhooks.list().length <= 500);
      assert.equal(
        (state.webhooks.list()[0]!.payload.data as { i: number }).i,
        699,
        'the newest stays',
      );
      assert.ok(state.mailbox.list().length <= 500);
      assert.ok(JSON.stringify(state.webhooks.list()).length < 9_000_000);
      const started = performance.now();
      const writes = 20;
      for (let i = 0; i < writes; i++) {
        const res = await server.call('/__dev/clock', {
          method: 'POST',
          json: { advance_seconds: 1 },
        });
        record(res.status);
      }
      const perWrite = (performance.now() - started) / writes;
      console.log(
        `  with full logs, a write with --state takes ${perWrite.toFixed(1)} ms (state file ${(readFileSync(statePath).length / 1e6).toFixed(1)} MB)`,
      );
      assert.ok(perWrite < 250, `${perWrite} ms a write`);
    } finally {
      await server.close();
    }
  });
});

test('no answer of this file was a 5xx', () => {
  const counts = [...statuses].sort(([a], [b]) => a - b);
  console.log(`  hostile answers by status: ${counts.map(([s, n]) => `${s}: ${n}`).join(', ')}`);
  const fiveXX = counts.filter(([s]) => s >= 500).reduce((sum, [, n]) => sum + n, 0);
  assert.equal(fiveXX, 0);
  assert.ok(counts.reduce((sum, [, n]) => sum + n, 0) > 300, 'enough answers were counted');
});
