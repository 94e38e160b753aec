import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CliError, parseCli } from '../../mock-server/cli-options.js';
import { createMockServer } from '../../mock-server/node.js';
import { sign, type SignedPurpose } from '../../mock-server/signing.js';
import { mockForThisFile, startMock } from './harness.js';

/**
 * What an attacker who has read the source can make without the process's secret: invoice and
 * receipt URLs for other customers' orders, long-lived download links, OAuth states that attach
 * an account to someone else's profile. None of it works (redirects to their own page:
 * `oauth-return-to.test.ts`).
 */

const mock = mockForThisFile();
const PORTAL = '/v1/customer-portal';
/** The constant every HMAC used before each process had its own secret. */
const OLD_CONSTANT = 'portal-elements-mock-secret';

const b64url = (text: string | Buffer) => Buffer.from(text).toString('base64url');
const hmacHex = (key: string, message: string) =>
  createHmac('sha256', key).update(message).digest('hex');

/** Every way of minting a token an attacker could try without the secret. */
function forgeries(purpose: SignedPurpose, claims: Record<string, unknown>, now: number): string[] {
  const payload = b64url(JSON.stringify({ ...claims, typ: purpose, exp: now + 600_000 }));
  return [
    `${payload}.${createHmac('sha256', OLD_CONSTANT).update(payload).digest('base64url')}`,
    `${payload}.${hmacHex(OLD_CONSTANT, `${purpose}:${payload}`)}`,
    `${payload}.`,
    `${payload}`,
    `${payload}.${'A'.repeat(43)}`,
    `${b64url('{"alg":"none"}')}.${payload}.`,
    `${payload}.${createHmac('sha256', '').update(payload).digest('base64url')}`,
  ];
}

describe('signed links cannot be made without the secret', () => {
  test('each mock process has its own secret; the old constant is none of them', async () => {
    const a = createMockServer();
    const b = createMockServer();
    assert.notEqual(a.state.secret, b.state.secret);
    assert.notEqual(a.state.secret, OLD_CONSTANT);
    assert.ok(a.state.secret.length >= 32);
  });

  test('an invoice or receipt URL for another customer’s order: 404, whatever is signed', async () => {
    const { db } = mock.mock.state;
    const now = mock.mock.state.clock.now();
    for (const order of db.orders.all().slice(0, 6)) {
      for (const kind of ['invoice', 'receipt'] as const) {
        const old = `expires=${now + 600_000}&signature=${hmacHex(OLD_CONSTANT, `${kind}:${order.id}:${now + 600_000}`)}`;
        const tokens = forgeries(kind, { order_id: order.id }, now).map((t) => `token=${t}`);
        for (const query of [old, ...tokens, '', 'token=']) {
          const res = await mock.call(`/__files/${kind}s/${order.id}?${query}`);
          assert.equal(res.status, 404, `${kind} ${order.id} ${query.slice(0, 40)}`);
          assert.doesNotMatch(await res.text(), /<html/);
        }
      }
    }
  });

  test('a genuine link for one order or purpose opens nothing else', async () => {
    const { db, secret, clock } = mock.mock.state;
    const now = clock.now();
    const paid = db.orders.filter((o) => o.receipt_number);
    const [first, second] = paid;
    const receipt = (await sign(secret, 'receipt', { order_id: first!.id }, now)).token;
    const asInvoice = await mock.call(`/__files/invoices/${first!.id}?token=${receipt}`);
    assert.equal(asInvoice.status, 404, 'a receipt token is no invoice token');
    const other = await mock.call(`/__files/receipts/${second!.id}?token=${receipt}`);
    assert.equal(other.status, 404, 'bound to its order');
    const own = await mock.call(`/__files/receipts/${first!.id}?token=${receipt}`);
    assert.equal(own.status, 200, 'the genuine link works');
  });

  test('an invoice that was never generated has no document, even with a valid signature', async () => {
    const { db, secret, clock } = mock.mock.state;
    const order = db.orders.find((o) => !o.is_invoice_generated)!;
    const { token } = await sign(secret, 'invoice', { order_id: order.id }, clock.now());
    const res = await mock.call(`/__files/invoices/${order.id}?token=${token}`);
    assert.equal(res.status, 404);
  });

  test('a download link claiming ten years, or another purpose, is refused', async () => {
    const alice = await mock.session('alice@example.com');
    const [item] = (await alice.call('/downloadables/')).body!.items as {
      file: { id: string; download: { url: string } };
    }[];
    const fileId = item!.file.id;
    const { secret, clock } = mock.mock.state;
    const now = clock.now();
    const tenYears = now + 10 * 365 * 24 * 3_600_000;
    // Signed with the real key but claiming a life no link of ours has: as if a bug had signed it.
    const payload = b64url(JSON.stringify({ file_id: fileId, typ: 'download', exp: tenYears }));
    const { hmacSha256 } = await import('../../mock-server/crypto.js');
    const signature = Buffer.from(await hmacSha256(secret, payload)).toString('base64url');
    const long = await fetch(`${mock.base}${PORTAL}/downloadables/${payload}.${signature}`, {
      redirect: 'manual',
    });
    assert.equal(long.status, 404);
    const state = (await sign(secret, 'customer_oauth', { file_id: fileId }, now)).token;
    const wrongPurpose = await fetch(`${mock.base}${PORTAL}/downloadables/${state}`, {
      redirect: 'manual',
    });
    assert.equal(wrongPurpose.status, 404);
    for (const forged of forgeries('download', { file_id: fileId }, now)) {
      const res = await fetch(`${mock.base}${PORTAL}/downloadables/${encodeURIComponent(forged)}`, {
        redirect: 'manual',
      });
      assert.equal(res.status, 404, forged.slice(0, 30));
    }
    const genuine = await fetch(item!.file.download.url, { redirect: 'manual' });
    assert.equal(genuine.status, 302);
    const storage = new URL(genuine.headers.get('location')!);
    assert.equal((await fetch(storage)).status, 200);
    storage.pathname = storage.pathname.replace(fileId, '00000000-0000-4000-8000-000000000000');
    assert.equal((await fetch(storage)).status, 404, 'the storage URL is bound to its file');
  });

  test('a forged OAuth state attaches no account to anyone', async () => {
    const { db, clock } = mock.mock.state;
    const alice = db.customers.find((c) => c.email === 'alice@example.com')!;
    const before = JSON.stringify(alice.oauth_accounts);
    const claims = {
      platform: 'github',
      return_to: mock.base,
      customer_id: alice.id,
      member_id: null,
    };
    const oldPayload = b64url(JSON.stringify(claims));
    const old = `${oldPayload}.${hmacHex(OLD_CONSTANT, `oauth:${oldPayload}`)}`;
    for (const state of [old, ...forgeries('customer_oauth', claims, clock.now())]) {
      const res = await mock.call(
        `${PORTAL}/oauth-accounts/callback?state=${encodeURIComponent(state)}&code=x`,
        { redirect: 'manual' },
      );
      assert.equal(res.status, 403, state.slice(0, 30));
      assert.equal(((await res.json()) as { detail: string }).detail, 'Invalid state');
    }
    assert.equal(JSON.stringify(alice.oauth_accounts), before);
  });

  test('an OAuth state expires after 15 minutes, as Polar’s', async () => {
    const bob = await mock.session('bob@example.com');
    const { url } = (await bob.call('/oauth-accounts/authorize?platform=discord')).body as {
      url: string;
    };
    const state = new URL(url).searchParams.get('state')!;
    await mock.call('/__dev/clock', { method: 'POST', json: { advance_seconds: 15 * 60 + 1 } });
    const res = await mock.call(`${PORTAL}/oauth-accounts/callback?state=${state}&code=x`, {
      redirect: 'manual',
    });
    assert.equal(res.status, 403);
  });

  test('links survive a restart with the state file, and die with a new process without it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portal-secret-'));
    try {
      const statePath = join(dir, 'state.json');
      const first = await startMock({ statePath });
      const alice = await first.session('alice@example.com');
      const url = (await alice.call('/downloadables/')).body!.items[0].file.download.url as string;
      await alice.call('/customers/me'); // a request, so the state is written with the sessions
      await first.call('/__dev/latency', { method: 'POST', json: { min_ms: 0, max_ms: 0 } });
      await first.close();
      const restarted = await startMock({ statePath });
      const again = new URL(url);
      again.port = new URL(restarted.base).port;
      assert.equal((await fetch(again, { redirect: 'manual' })).status, 302, 'same secret');
      await restarted.close();
      const fresh = await startMock();
      again.port = new URL(fresh.base).port;
      assert.equal((await fetch(again, { redirect: 'manual' })).status, 404, 'other secret');
      await fresh.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('every command-line option is checked before the mock starts', () => {
  const BAD: [string[], RegExp][] = [
    [
      ['--webhook-url', 'http://127.0.0.1:9/h', '--webhook-secret', 'whsec_päss€'],
      /--webhook-secret/,
    ],
    [
      ['--webhook-url', 'http://127.0.0.1:9/h', '--webhook-secret', 'has space'],
      /--webhook-secret/,
    ],
    [['--webhook-secret', 'whsec_abc'], /needs --webhook-url/],
    [['--webhook-url', 'javascript:alert(1)'], /--webhook-url/],
    [['--webhook-url', 'ftp://127.0.0.1/'], /--webhook-url/],
    [['--webhook-url', 'not a url'], /--webhook-url/],
    [['--webhook-url', 'http://user:pass@127.0.0.1:9/h'], /user name or password/],
    [['--port', '99999'], /--port/],
    [['--port', '-1'], /--port|option/i],
    [['--port', ''], /--port/],
    [['--port', '0x50'], /--port/],
    [['--port', '80.5'], /--port/],
    [['--host', 'a b'], /--host/],
    [['--host', '['], /--host/],
    [['--host', 'http://127.0.0.1'], /--host/],
    [['--code-alphabet', 'emoji'], /--code-alphabet/],
    [['--rate-limit', 'sometimes'], /--rate-limit/],
    [['--signing-secret', 'short'], /--signing-secret/],
    [['--signing-secret', `${'é'.repeat(40)}`], /--signing-secret/],
    [['--allow-return-host', 'evil.example/path'], /--allow-return-host/],
    [['--allow-return-host', 'https://shop.example'], /--allow-return-host/],
    [['--state', ''], /--state/],
    [['--unknown-flag'], /unknown/i],
    [['positional'], /positional|argument/i],
  ];

  test('a table of bad values, each refused with a message naming the flag', () => {
    for (const [args, message] of BAD) {
      assert.throws(
        () => parseCli(args),
        (error: unknown) => error instanceof CliError && message.test(error.message),
        args.join(' '),
      );
    }
  });

  test('good values pass, and the real command refuses a bad secret in one line, exit 2', () => {
    const good = parseCli([
      '--port',
      '0',
      '--host',
      '[::1]',
      '--signing-secret',
      'x'.repeat(32),
      '--allow-return-host',
      'shop.example:8443',
      '--allow-return-host',
      'Other.Example',
    ]);
    assert.deepEqual(good.allowedReturnHosts, ['shop.example:8443', 'other.example']);
    assert.equal(good.host, '::1', 'as listen() spells it');
    const result = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'mock-server/cli.ts',
        '--webhook-url',
        'http://127.0.0.1:9/hook',
        '--webhook-secret',
        'whsec_日本',
      ],
      { encoding: 'utf8', timeout: 20_000 },
    );
    assert.equal(result.status, 2, result.stderr);
    assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
    assert.match(result.stderr, /--webhook-secret must be printable ASCII/);
    assert.equal(result.stdout, '', 'it never started listening');
  });
});
