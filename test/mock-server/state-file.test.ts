import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMock } from './harness.js';
import { InvalidTablesError } from '../../mock-server/db/columns.js';
import { createMockServer } from '../../mock-server/node.js';
import type { MockSnapshot } from '../../mock-server/state.js';

test('with a state file, a restarted mock keeps what it acknowledged: changes, sessions, mailbox', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'portal-mock-'));
  const statePath = join(dir, 'state.json');
  const first = await startMock({ statePath });
  const token = await first.signIn('alice@example.com', 'acme');
  const auth = { customerSession: token };
  const [sub] = (await first.sdk.customerPortal.subscriptions.list(auth, {})).result.items;
  await first.sdk.customerPortal.subscriptions.cancel(auth, { id: sub!.id });
  await first.close();
  assert.deepEqual(readdirSync(dir), ['state.json'], 'no temporary file is left behind');

  const second = await startMock({ statePath });
  try {
    assert.equal(second.mock.restored, true);
    const after = await second.sdk.customerPortal.subscriptions.get(auth, { id: sub!.id });
    assert.equal(after.cancelAtPeriodEnd, true, 'the cancel survived');
    assert.equal((await second.emails('alice@example.com')).length, 1, 'the mailbox survived');
    const log = (await (
      await second.call('/__dev/webhooks?type=subscription.canceled')
    ).json()) as unknown[];
    assert.equal(log.length, 1);
  } finally {
    await second.close();
  }
});

test('a file that is not a mock state file is refused, not silently replaced', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'portal-mock-')), 'state.json');
  writeFileSync(path, JSON.stringify({ hello: 'world' }));
  assert.throws(
    () => createMockServer({ statePath: path }),
    /is not a portal-elements mock state file/,
  );
});

/** A state file written by a mock that changed something: alice cancelled her subscription. */
async function savedState(): Promise<{ path: string; text: string }> {
  const path = join(mkdtempSync(join(tmpdir(), 'portal-mock-')), 'state.json');
  const mock = await startMock({ statePath: path });
  try {
    const session = await mock.session('alice@example.com');
    const { body } = await session.call('/subscriptions/');
    await session.call(`/subscriptions/${body!.items[0].id}`, { method: 'DELETE' });
  } finally {
    await mock.close();
  }
  return { path, text: readFileSync(path, 'utf8') };
}

type SavedTables = Record<string, Record<string, unknown>[]>;

/** The saved state with one change made to its tables. */
function edited(text: string, change: (db: SavedTables, state: Record<string, unknown>) => void) {
  const state = JSON.parse(text) as Record<string, unknown>;
  change(state.db as SavedTables, state);
  return JSON.stringify(state);
}

const BROKEN: [string, (db: SavedTables, state: Record<string, unknown>) => void, RegExp][] = [
  [
    'a missing column',
    (db) => delete db.subscriptions![0]!.status,
    /table "subscriptions", row 0 has no "status"/,
  ],
  [
    'a value of the wrong kind',
    (db) => (db.orders![2]!.subtotal_amount = '1200'),
    /table "orders", row 2: "subtotal_amount" is a string, not number/,
  ],
  [
    'a column the table has not',
    (db) => (db.members![0]!.nickname = 'Al'),
    /table "members", row 0 has columns the table has not: nickname/,
  ],
  ['a missing table', (db) => delete db.wallets, /table "wallets" is missing/],
  ['an older version', (_, state) => (state.version = 1), /version 1; this mock reads version 2/],
];

for (const [what, change, message] of BROKEN) {
  test(`a state file with ${what} is refused, naming what is wrong, and left as it was`, async () => {
    const { path, text } = await savedState();
    const broken = edited(text, change);
    writeFileSync(path, broken);
    assert.throws(() => createMockServer({ statePath: path }), message);
    assert.equal(readFileSync(path, 'utf8'), broken, 'the file was not replaced');
  });
}

test('the CLI refuses such a file at start, with the table and the column, exit 2', async () => {
  const { path, text } = await savedState();
  writeFileSync(
    path,
    edited(text, (db) => delete db.grants![3]!.properties),
  );
  const cli = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'mock-server/cli.ts', '--port', '0', '--state', path],
    { encoding: 'utf8', timeout: 15_000 },
  );
  assert.equal(cli.status, 2, cli.stderr);
  assert.match(cli.stderr, /table "grants", row 3 has no "properties"/);
});

test('a bad snapshot changes nothing in a running mock: every table is checked first', async () => {
  const { path } = await savedState();
  const mock = await startMock({ statePath: path });
  try {
    const session = await mock.session('alice@example.com');
    const before = (await session.call('/subscriptions/')).text;
    const organization = () =>
      mock.call('/v1/customer-portal/organizations/acme').then((res) => res.text());
    const orgBefore = await organization();
    const { state } = mock.mock;
    const saved = JSON.stringify(state.snapshot());
    // The first table is fine and different; only the last one is wrong.
    const bad = JSON.parse(
      edited(saved, (db) => {
        db.organizations![0]!.name = 'Renamed';
        db.subscriptions![0]!.amount = 0;
        db.emailUpdates = [{ id: 'x', token_hash: 'h', customer_id: 'c', email: 'e' }];
      }),
    ) as MockSnapshot;
    assert.throws(
      () => state.restore(bad),
      (error: Error) =>
        error instanceof InvalidTablesError &&
        /table "emailUpdates", row 0 has no "expires_at"/.test(error.message),
    );
    assert.equal(JSON.stringify(state.snapshot()), saved, 'no table was swapped in');
    assert.equal((await session.call('/subscriptions/')).text, before, 'the API answers the same');
    assert.equal(await organization(), orgBefore, 'the organization was not renamed');
  } finally {
    await mock.close();
  }
});

test('snapshot → state file → restore gives back exactly the same state', async () => {
  const { path, text } = await savedState();
  const first = await startMock({ statePath: path });
  let saved: string;
  try {
    const session = await first.session('bob@example.com');
    await session.call('/customers/me', { method: 'PATCH', json: { billing_name: 'Bob B.' } });
    saved = JSON.stringify(first.mock.state.snapshot());
    assert.notEqual(saved, text);
  } finally {
    await first.close();
  }
  const second = await startMock({ statePath: path });
  try {
    assert.equal(JSON.stringify(second.mock.state.snapshot()), saved);
    second.mock.state.restore(JSON.parse(saved) as MockSnapshot);
    assert.equal(JSON.stringify(second.mock.state.snapshot()), saved, 'restored in memory too');
  } finally {
    await second.close();
  }
});
