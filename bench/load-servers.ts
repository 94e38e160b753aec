import { createServer } from 'node:http';
import { createMockServer } from '../mock-server/node.js';
import { listen } from '../test/e2e/serve.js';
import { signIn } from './sign-in.js';

/**
 * The load benchmark's servers, in their own process so the load generator does not share
 * their event loop: the mock (rate limit off), and a bare `node:http` server that answers the
 * same two requests with the same bytes and nothing else. Prints where they listen as one line
 * of JSON, then serves until killed.
 */

const mock = createMockServer({ rateLimit: 'off' });
const mockOrigin = await listen(mock.server);
const organizationId = mock.state.db.organizations.find((o) => o.slug === 'acme')!.id;
const email = 'alice@example.com';
const token = await signIn(mockOrigin, mock, email, organizationId);
const listPath = '/v1/customer-portal/subscriptions/?page=1&limit=10';
const list = await fetch(`${mockOrigin}${listPath}`, {
  headers: { authorization: `Bearer ${token}` },
});
const listBody = Buffer.from(await list.arrayBuffer());

const bare = createServer((req, res) => {
  if (req.method === 'GET' && req.url === listPath) {
    res.writeHead(200, { 'content-type': 'application/json' }).end(listBody);
  } else if (req.method === 'POST') {
    req.resume(); // read the body as the mock does, then answer as it does
    req.on('end', () => res.writeHead(202, { 'content-type': 'application/json' }).end('null'));
  } else res.writeHead(404).end();
});
const bareOrigin = await listen(bare);

// Keep the mailbox from growing for the whole run: the code request mails a code every time.
setInterval(() => mock.state.mailbox.restore([]), 1000).unref();

console.log(
  JSON.stringify({ mock: mockOrigin, bare: bareOrigin, token, organizationId, email, listPath }),
);
