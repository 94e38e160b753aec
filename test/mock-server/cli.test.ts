import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';

const CLI = ['--import', 'tsx', 'mock-server/cli.ts'];

test('`npm run mock -- --port` serves the mock and says where', async () => {
  const child = spawn(process.execPath, [
    ...CLI,
    '--port',
    '0',
    '--code-alphabet',
    'polar',
    '--rate-limit',
    'off',
  ]);
  try {
    let output = '';
    child.stdout.setEncoding('utf8');
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: string) => {
        output += chunk;
        const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
        if (match) resolve(match[1]!);
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${output}`)));
    });
    const seed = (await (await fetch(`${url}/__dev/seed`)).json()) as {
      organizations: { id: string }[];
    };
    const res = await fetch(`${url}/v1/customer-portal/customer-session/request`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'alice@example.com',
        organization_id: seed.organizations[0]!.id,
      }),
    });
    assert.equal(res.status, 202);
    const [email] = (await (await fetch(`${url}/__dev/emails?to=alice@example.com`)).json()) as {
      code: string;
    }[];
    assert.match(email!.code, /^[A-Z0-9]{6}$/, '--code-alphabet polar took effect');
  } finally {
    child.kill();
    await once(child, 'exit');
  }
});

test('a wrong flag value fails with a clear message', () => {
  const result = spawnSync(process.execPath, [...CLI, '--rate-limit', 'sometimes'], {
    encoding: 'utf8',
  });
  assert.equal(result.status, 2);
  assert.match(result.stderr, /--rate-limit must be one of polar, relaxed, off; got "sometimes"/);
  assert.match(result.stderr, /npm run mock -- --help for usage/);
  assert.equal(result.stderr.trim().split('\n').length, 1, 'one line');
});
