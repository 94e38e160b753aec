import { createServer } from 'node:http';
import { demoUser } from './demo-user.js';
import { polarClient, portalSessionHandler } from './portal-session.js';

/**
 * A merchant's backend, runnable: `npx tsx demo/merchant-backend/server.ts`. Against the mock
 * (`npm run mock`) by default, or Polar with `POLAR_SERVER_URL=https://api.polar.sh` (or
 * `https://sandbox-api.polar.sh`) and your `POLAR_ACCESS_TOKEN`; `PORT` (default 3002).
 */

const MOCK = 'http://127.0.0.1:8000';
/** The mock's seeded token for Acme Tools (`GET /__dev/seed` lists it): for the mock only. */
const MOCK_ACME_TOKEN = 'polar_oat_acmeToolsDemoBackendToken0000000000014Wvv0B';

const serverURL = process.env.POLAR_SERVER_URL ?? MOCK;
const accessToken =
  process.env.POLAR_ACCESS_TOKEN ?? (serverURL === MOCK ? MOCK_ACME_TOKEN : undefined);
if (!accessToken) {
  console.error(
    'Set POLAR_ACCESS_TOKEN to an organization access token (customer_sessions:write).',
  );
  process.exit(2);
}

// Your own session says who is signed in; here a fixed demo user (`DEMO_USER`, default Acme's
// Alice) or the one an `x-demo-user` header names.
const portalSession = portalSessionHandler(polarClient(accessToken, serverURL), (request) =>
  demoUser(request, process.env.DEMO_USER ?? 'usr_alice'),
);
const server = createServer((request, response) => {
  if (request.url === '/portal-session') return void portalSession(request, response);
  response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"Not found."}');
});
server.listen(Number(process.env.PORT ?? 3002), '127.0.0.1', () => {
  const { port } = server.address() as { port: number };
  console.log(`merchant backend on http://127.0.0.1:${port}/portal-session, Polar at ${serverURL}`);
});
