import { ALNUM, randomString } from './crypto.js';
import { CliError, parseCli, USAGE, type CliOptions } from './cli-options.js';
import { createMockServer } from './node.js';

/** `npm run mock -- --port 8000 --code-alphabet digits|polar --rate-limit polar|relaxed|off` */

/** One line on stderr and exit 2: what was wrong, and where the usage is. */
function fail(message: string): never {
  console.error(`mock: ${message} (npm run mock -- --help for usage)`);
  process.exit(2);
}

let options: CliOptions;
try {
  options = parseCli(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof CliError)) throw error;
  fail(error.message);
}
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}

const { webhookUrl } = options;
// Without a secret of their own, merchants get a fresh one, printed so they can verify.
const webhookSecret = options.webhookSecret ?? `whsec_${randomString(37, ALNUM)}`;

let mock: ReturnType<typeof createMockServer>;
try {
  mock = createMockServer({
    statePath: options.statePath,
    webhook: webhookUrl ? { url: webhookUrl, secret: webhookSecret } : undefined,
    codeAlphabet: options.codeAlphabet,
    rateLimit: options.rateLimit,
    trustClientIpHeader: options.trustProxy,
    secret: options.signingSecret,
    allowedReturnHosts: options.allowedReturnHosts,
    exposeDevRoutes: options.exposeDevRoutes,
  });
} catch (error) {
  fail(`cannot start: ${(error as Error).message.split('\n')[0]}`);
}
const { server, restored } = mock;
const { host, port } = options;
server.on('error', (error) => fail(`cannot listen on ${host}:${port}: ${error.message}`));
server.listen(port, host, () => {
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  console.log(`listening on http://${host.includes(':') ? `[${host}]` : host}:${actual}`);
  if (options.statePath)
    console.log(`${restored ? 'restored state from' : 'keeping state in'} ${options.statePath}`);
  if (webhookUrl) {
    // Echo only a secret we made up: one the merchant passed stays out of the logs.
    const signedWith = options.webhookSecret
      ? 'your --webhook-secret'
      : `the new secret ${webhookSecret}`;
    console.log(`delivering webhooks to ${webhookUrl}, signed with ${signedWith}`);
  }
});
