import { after, before, beforeEach } from 'node:test';
import type { AddressInfo } from 'node:net';
import { Polar } from '@polar-sh/sdk';
import {
  createMockServer,
  type MockServer,
  type MockServerOptions,
} from '../../mock-server/node.js';
import type { MockOptions, SeedSummary, SentEmail } from '../../mock-server/index.js';

/**
 * A mock server on a free port for one test file, with the helpers the contract tests share:
 * raw HTTP (`call`), Polar's official SDK (`sdk`), the seed's fixtures and the dev mailbox.
 */
/** The portal's lists of a customer's own rows, each item carrying its `customer_id`. */
export const CUSTOMER_LISTS = [
  '/subscriptions/',
  '/orders/',
  '/benefit-grants/',
  '/license-keys/',
  '/customers/me/payment-methods',
] as const;

/**
 * Polar's request-body limit, `API_MAX_REQUEST_BODY_SIZE` in `server/polar/config.py`, enforced
 * by `MaxBodySizeMiddleware` (`server/polar/middlewares.py`): the tests hold the mock to this
 * figure, not to the mock's own constant.
 */
export const POLAR_MAX_BODY_BYTES = 10 * 1024 * 1024;

export interface Harness {
  base: string;
  mock: MockServer;
  sdk: Polar;
  seed: SeedSummary;
  call(path: string, init?: RequestInit & { json?: unknown }): Promise<Response>;
  org(slug: string): string;
  customer(email: string, orgSlug?: string): SeedSummary['customers'][number];
  emails(to: string): Promise<SentEmail[]>;
  /** Requests a code for `email` and returns it, read from the dev mailbox. */
  requestCode(email: string, orgSlug: string, customerId?: string): Promise<string>;
  /** Full sign-in: code request, mailbox, authenticate. Returns the session token. */
  signIn(email: string, orgSlug: string, customerId?: string): Promise<string>;
  /**
   * Signs in and returns what a test needs to act as that person: the token, the SDK security
   * object, an SDK client with the token as access token (the members operations use it), and
   * `call`, raw HTTP with the token to paths under `prefix` (default `/v1/customer-portal`).
   */
  session(
    email: string,
    options?: { org?: string; customerId?: string; prefix?: string },
  ): Promise<Session>;
  reset(): Promise<void>;
  close(): Promise<void>;
}

export interface Session {
  token: string;
  auth: { customerSession: string } | { memberSession: string };
  sdk: Polar;
  call(path: string, init?: RequestInit & { json?: unknown }): Promise<JsonAnswer>;
}

export interface JsonAnswer {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON bodies
  body: Record<string, any> | null;
  text: string;
}

/** The seed's organization for an email: Northwind's people and Sam sign in to teamly. */
const organizationOf = (email: string) =>
  email.endsWith('@northwind.example') || email === 'sam@example.com' || email === 'ivy@example.com'
    ? 'teamly'
    : 'acme';

export async function startMock(options: MockServerOptions = {}): Promise<Harness> {
  const mock = createMockServer({ rateLimit: 'off', ...options });
  await new Promise<void>((resolve) => mock.server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(mock.server.address() as AddressInfo).port}`;

  const call = (path: string, init: RequestInit & { json?: unknown } = {}) => {
    const { json, ...rest } = init;
    const headers = new Headers(rest.headers);
    if (json !== undefined) headers.set('content-type', 'application/json');
    return fetch(base + path, {
      ...rest,
      headers,
      body: json !== undefined ? JSON.stringify(json) : rest.body,
    });
  };
  const seed = (await (await call('/__dev/seed')).json()) as SeedSummary;

  const harness: Harness = {
    base,
    mock,
    sdk: new Polar({ serverURL: base }),
    seed,
    call,
    org(slug) {
      const org = seed.organizations.find((o) => o.slug === slug);
      if (!org) throw new Error(`no organization ${slug} in the seed`);
      return org.id;
    },
    customer(email, orgSlug) {
      const found = seed.customers.find(
        (c) =>
          (c.email === email || c.members.some((m) => m.email === email)) &&
          (!orgSlug || c.organization_id === harness.org(orgSlug)),
      );
      if (!found) throw new Error(`no customer ${email} in the seed`);
      return found;
    },
    async emails(to) {
      return (await (
        await call(`/__dev/emails?to=${encodeURIComponent(to)}`)
      ).json()) as SentEmail[];
    },
    async requestCode(email, orgSlug, customerId) {
      const res = await call('/v1/customer-portal/customer-session/request', {
        method: 'POST',
        json: {
          email,
          organization_id: harness.org(orgSlug),
          ...(customerId ? { customer_id: customerId } : {}),
        },
      });
      if (res.status !== 202)
        throw new Error(`code request answered ${res.status}: ${await res.text()}`);
      const [latest] = await harness.emails(email);
      if (!latest?.code) throw new Error(`no code was mailed to ${email}`);
      return latest.code;
    },
    async signIn(email, orgSlug, customerId) {
      const code = await harness.requestCode(email, orgSlug, customerId);
      const res = await call('/v1/customer-portal/customer-session/authenticate', {
        method: 'POST',
        json: { code },
      });
      if (res.status !== 200)
        throw new Error(`authenticate answered ${res.status}: ${await res.text()}`);
      return ((await res.json()) as { token: string }).token;
    },
    async session(
      email,
      { org = organizationOf(email), customerId, prefix = '/v1/customer-portal' } = {},
    ) {
      const token = await harness.signIn(email, org, customerId);
      return {
        token,
        auth: token.startsWith('polar_mst_')
          ? { memberSession: token }
          : { customerSession: token },
        sdk: new Polar({ serverURL: base, accessToken: token }),
        async call(path, init = {}) {
          const res = await call(prefix + path, {
            ...init,
            headers: { authorization: `Bearer ${token}` },
          });
          const text = await res.text();
          return {
            status: res.status,
            headers: res.headers,
            body: text ? JSON.parse(text) : null,
            text,
          };
        },
      };
    },
    async reset() {
      await call('/__dev/reset', { method: 'POST' });
    },
    close: () => new Promise<void>((resolve) => mock.server.close(() => resolve())),
  };
  return harness;
}

/**
 * One mock for the calling test file: started before its tests, reset to the seed before each,
 * closed after. The harness is built in `before`, so this hands out a stand-in that forwards to it.
 */
export function mockForThisFile(options: MockOptions = {}): Harness {
  let harness: Harness | undefined;
  before(async () => {
    harness = await startMock(options);
  });
  beforeEach(() => harness!.reset());
  after(() => harness!.close());
  return new Proxy({} as Harness, {
    get(_, key: keyof Harness) {
      if (!harness) throw new Error('the mock starts in before(): use it inside a test');
      return harness[key];
    },
  });
}
