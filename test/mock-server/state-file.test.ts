import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMock } from './harness.js';
import { createMockServer } from '../../mock-server/node.js';

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
