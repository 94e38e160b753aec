import { parseArgs } from 'node:util';
import { ALNUM, randomString } from './crypto.js';
import { createMockServer } from './node.js';
import {
  CODE_ALPHABETS,
  RATE_LIMIT_MODES,
  type CodeAlphabet,
  type RateLimitMode,
} from './options.js';

/** `npm run mock -- --port 8000 --code-alphabet digits|polar --rate-limit polar|relaxed|off` */

const USAGE = `Usage: npm run mock -- [--port 8000] [--host 127.0.0.1] [--code-alphabet digits|polar] [--rate-limit polar|relaxed|off] [--webhook-url <url> [--webhook-secret whsec_...]] [--state <file>] [--trust-proxy]`;

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value))
    fail(`--${name} must be one of ${allowed.join(', ')}; got "${value}".`);
  return value as T;
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      port: { type: 'string', default: '8000' },
      host: { type: 'string', default: '127.0.0.1' },
      'code-alphabet': { type: 'string', default: 'digits' },
      'rate-limit': { type: 'string', default: 'polar' },
      'webhook-url': { type: 'string' },
      'webhook-secret': { type: 'string' },
      state: { type: 'string' },
      'trust-proxy': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  }));
} catch (error) {
  fail((error as Error).message);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535)
  fail(`--port must be a port number; got "${values.port}".`);

const webhookUrl = values['webhook-url'];
if (webhookUrl && !URL.canParse(webhookUrl))
  fail(`--webhook-url must be a URL; got "${webhookUrl}".`);
if (values['webhook-secret'] && !webhookUrl) fail('--webhook-secret needs --webhook-url.');
// Without a secret of their own, merchants get a fresh one, printed so they can verify.
const webhookSecret = values['webhook-secret'] ?? `whsec_${randomString(37, ALNUM)}`;

let mock: ReturnType<typeof createMockServer>;
try {
  mock = createMockServer({
    statePath: values.state,
    webhook: webhookUrl ? { url: webhookUrl, secret: webhookSecret } : undefined,
    codeAlphabet: oneOf<CodeAlphabet>('code-alphabet', values['code-alphabet'], CODE_ALPHABETS),
    rateLimit: oneOf<RateLimitMode>('rate-limit', values['rate-limit'], RATE_LIMIT_MODES),
    trustClientIpHeader: values['trust-proxy'],
  });
} catch (error) {
  fail(`Cannot start the mock: ${(error as Error).message}`);
}
const { server, restored } = mock;
server.on('error', (error) => fail(`Cannot listen on ${values.host}:${port}: ${error.message}`));
server.listen(port, values.host, () => {
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  console.log(`listening on http://${values.host}:${actual}`);
  if (values.state)
    console.log(`${restored ? 'restored state from' : 'keeping state in'} ${values.state}`);
  if (webhookUrl) {
    // Echo only a secret we made up: one the merchant passed stays out of the logs.
    const signedWith = values['webhook-secret']
      ? 'your --webhook-secret'
      : `the new secret ${webhookSecret}`;
    console.log(`delivering webhooks to ${webhookUrl}, signed with ${signedWith}`);
  }
});
