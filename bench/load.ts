import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';

/**
 * Mock server load: autocannon against an authenticated list and the code request, each on the
 * mock and on a bare `node:http` server answering the same bytes, one after the other in the
 * same run. The ratio says what the mock's routing, validation and state cost per request.
 */

export interface LoadRow {
  endpoint: string;
  mock_rps: number;
  mock_p99_ms: number;
  bare_rps: number;
  bare_p99_ms: number;
  /** The mock's throughput as a share of the bare server's. */
  ratio: number;
}

interface Servers {
  mock: string;
  bare: string;
  token: string;
  organizationId: string;
  email: string;
  listPath: string;
}

function startServers(): Promise<{ servers: Servers; stop: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/load-servers.ts'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the load servers exited with ${code}`)));
    createInterface({ input: child.stdout! }).once('line', (line) =>
      resolve({ servers: JSON.parse(line) as Servers, stop: () => child.kill() }),
    );
  });
}

interface Target {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

async function hit(url: string, options: Target, seconds: number) {
  const result = await autocannon({
    url,
    connections: 10,
    duration: seconds,
    method: options.method ?? 'GET',
    headers: options.headers,
    body: options.body,
  });
  const unexpected = result.non2xx + result.errors + result.timeouts;
  if (unexpected > 0)
    throw new Error(
      `${url}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`,
    );
  return { rps: result.requests.average, p99: result.latency.p99 };
}

export async function benchLoad(seconds: number): Promise<LoadRow[]> {
  const { servers, stop } = await startServers();
  try {
    const endpoints: { endpoint: string; path: string; options: Target }[] = [
      {
        endpoint: 'GET subscriptions (signed in)',
        path: servers.listPath,
        options: { headers: { authorization: `Bearer ${servers.token}` } },
      },
      {
        endpoint: 'POST customer-session/request',
        path: '/v1/customer-portal/customer-session/request',
        options: {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: servers.email, organization_id: servers.organizationId }),
        },
      },
    ];
    const rows: LoadRow[] = [];
    for (const { endpoint, path, options } of endpoints) {
      await hit(`${servers.mock}${path}`, options, 1); // warm up the mock's JIT
      const mock = await hit(`${servers.mock}${path}`, options, seconds);
      const bare = await hit(`${servers.bare}${path}`, options, seconds);
      rows.push({
        endpoint,
        mock_rps: mock.rps,
        mock_p99_ms: mock.p99,
        bare_rps: bare.rps,
        bare_p99_ms: bare.p99,
        ratio: mock.rps / bare.rps,
      });
    }
    return rows;
  } finally {
    stop();
  }
}
