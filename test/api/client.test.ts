import { expect } from '@open-wc/testing';
import { PortalClient, resolveApiBase } from '../../src/api/client.js';
import { PortalApiError } from '../../src/api/errors.js';
import { createBrowserMock } from '../../mock-server/browser.js';
import type { SeedSummary, SentEmail } from '../../mock-server/index.js';

const mock = createBrowserMock({ rateLimit: 'off' });
before(() => mock.worker.start({ quiet: true, onUnhandledRequest: 'error' }));
afterEach(() => mock.state.reset());
after(() => mock.worker.stop());

/** A fetch that answers from a script, recording what was asked. */
function scriptedFetch(...answers: (Response | Error)[]) {
  const calls: Request[] = [];
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push(new Request(input, init));
    const next = answers.shift();
    if (!next) throw new Error('no more scripted answers');
    if (next instanceof Error) throw next;
    return next;
  };
  return { calls, fetchImpl: fetchImpl as typeof fetch };
}

function client(
  fetchImpl: typeof fetch,
  extra: Partial<ConstructorParameters<typeof PortalClient>[0]> = {},
) {
  const delays: number[] = [];
  const instance = new PortalClient({
    baseUrl: 'https://api.example.test',
    fetch: fetchImpl,
    sleep: async (ms) => void delays.push(ms),
    getToken: () => 'polar_cst_secret',
    ...extra,
  });
  return { instance, delays };
}

const ok = (body: unknown) => Response.json(body);

describe('PortalClient retries', () => {
  it('retries a GET after network failures with a growing backoff', async () => {
    const { calls, fetchImpl } = scriptedFetch(
      new TypeError('offline'),
      new TypeError('offline'),
      ok({ items: [] }),
    );
    const { instance, delays } = client(fetchImpl);
    expect(await instance.listOrders()).to.deep.equal({ items: [] });
    expect(calls).to.have.length(3);
    expect(delays).to.deep.equal([300, 600]);
  });

  it('gives up after three tries with a network error', async () => {
    const { fetchImpl } = scriptedFetch(new TypeError('a'), new TypeError('b'), new TypeError('c'));
    const { instance } = client(fetchImpl);
    const error = await instance.getCustomer().catch((e: unknown) => e);
    expect(error).to.be.instanceOf(PortalApiError);
    expect((error as PortalApiError).isNetworkError).to.equal(true);
    expect((error as PortalApiError).status).to.equal(0);
  });

  it('backs a GET off a 429 exponentially with jitter, then hands the 429 over', async () => {
    // Polar's answer as a merchant's page reads it: its CORS exposes no `Retry-After`.
    const limited = () => new Response(null, { status: 429 });
    for (const [random, waits] of [
      [0, [1000, 2000]],
      [0.5, [1250, 2500]],
      [0.999, [1500, 2999]],
    ] as const) {
      const { calls, fetchImpl } = scriptedFetch(limited(), limited(), limited());
      const { instance, delays } = client(fetchImpl, { random: () => random });
      const error = (await instance.listOrders().catch((e: unknown) => e)) as PortalApiError;
      expect(error.isRateLimited).to.equal(true);
      expect(error.retryAfter).to.equal(null);
      expect(error.message).to.equal('Too many requests.');
      expect(calls).to.have.length(3);
      expect(delays).to.deep.equal(waits);
    }
  });

  it('recovers when the limit lifts during the backoff', async () => {
    const { fetchImpl } = scriptedFetch(new Response(null, { status: 429 }), ok({ id: 'x' }));
    const { instance, delays } = client(fetchImpl, { random: () => 0 });
    expect(await instance.getCustomer()).to.deep.equal({ id: 'x' });
    expect(delays).to.deep.equal([1000]);
  });

  it('a readable Retry-After is a floor for the wait, and one past the cap is not waited', async () => {
    const short = scriptedFetch(
      new Response(null, { status: 429, headers: { 'retry-after': '3' } }),
      ok({ id: 'x' }),
    );
    const first = client(short.fetchImpl, { random: () => 0 });
    expect(await first.instance.getCustomer()).to.deep.equal({ id: 'x' });
    expect(first.delays).to.deep.equal([3000]);

    const long = scriptedFetch(
      new Response(null, { status: 429, headers: { 'retry-after': '900' } }),
    );
    const second = client(long.fetchImpl);
    const error = (await second.instance.getCustomer().catch((e: unknown) => e)) as PortalApiError;
    expect(error.isRateLimited).to.equal(true);
    expect(error.retryAfter).to.equal(900);
    expect(error.message).to.equal('Too many requests. Try again in 900 seconds.');
    expect(second.delays).to.deep.equal([]);
  });

  it('a 429 with an error name is a refusal, never retried: the payment retry limit', async () => {
    const { calls, fetchImpl } = scriptedFetch(
      Response.json(
        {
          error: 'ManualRetryLimitExceeded',
          detail: 'Maximum number of payment retry attempts has been reached for this order.',
        },
        { status: 429 },
      ),
    );
    const { instance, delays } = client(fetchImpl);
    const error = (await instance.getOrder('o1').catch((e: unknown) => e)) as PortalApiError;
    expect(error.isRateLimited).to.equal(false);
    expect(error.message).to.equal(
      'Maximum number of payment retry attempts has been reached for this order.',
    );
    expect(calls).to.have.length(1);
    expect(delays).to.deep.equal([]);
  });

  it('never retries a write by itself', async () => {
    const { calls, fetchImpl } = scriptedFetch(new TypeError('offline'), ok(null));
    const { instance } = client(fetchImpl);
    const error = (await instance
      .cancelSubscription('s1')
      .catch((e: unknown) => e)) as PortalApiError;
    expect(error.isNetworkError).to.equal(true);
    expect(calls).to.have.length(1);
  });

  it('sends the token as a bearer header, never in the URL', async () => {
    const { calls, fetchImpl } = scriptedFetch(ok({ items: [] }));
    await client(fetchImpl).instance.listSubscriptions({
      page: 2,
      sorting: ['-started_at', 'amount'],
    });
    expect(calls[0]!.headers.get('authorization')).to.equal('Bearer polar_cst_secret');
    expect(calls[0]!.url).to.equal(
      'https://api.example.test/v1/customer-portal/subscriptions/?page=2&sorting=-started_at&sorting=amount',
    );
    expect(calls[0]!.url).not.to.contain('polar_cst');
  });

  it('resolves the API base: api-base, then sandbox, then production', () => {
    expect(resolveApiBase('http://localhost:8000/')).to.equal('http://localhost:8000');
    expect(resolveApiBase(null, true)).to.equal('https://sandbox-api.polar.sh');
    expect(resolveApiBase(undefined)).to.equal('https://api.polar.sh');
  });
});

describe('PortalClient against the mock: errors mapped to one class', () => {
  let orgId = '';
  let unauthorized = 0;
  const api = new PortalClient({
    baseUrl: location.origin,
    onUnauthorized: () => unauthorized++,
    getToken: () => token,
  });
  let token: string | null = null;

  beforeEach(async () => {
    const seed = (await (await fetch('/__dev/seed')).json()) as SeedSummary;
    orgId = seed.organizations.find((o) => o.slug === 'acme')!.id;
    token = null;
    unauthorized = 0;
  });

  it('422: the detail list and the fields it names', async () => {
    const error = (await api
      .requestCode({ email: 'nope', organization_id: orgId })
      .catch((e: unknown) => e)) as PortalApiError;
    expect(error.status).to.equal(422);
    expect(error.error).to.equal('RequestValidationError');
    expect(error.fieldErrors.email).to.match(/not a valid email address/);
  });

  it('409: the customers to choose from', async () => {
    const seed = (await (await fetch('/__dev/seed')).json()) as SeedSummary;
    const teamly = seed.organizations.find((o) => o.slug === 'teamly')!.id;
    const error = (await api
      .requestCode({ email: 'sam@example.com', organization_id: teamly })
      .catch((e: unknown) => e)) as PortalApiError;
    expect(error.status).to.equal(409);
    expect(error.error).to.equal('customer_selection_required');
    expect(error.customers.map((c) => c.name).sort()).to.deep.equal(['Sam Stone', 'Stone Studio']);
  });

  it('401 for a wrong code is an error, not the end of a session', async () => {
    const error = (await api.authenticate('000000').catch((e: unknown) => e)) as PortalApiError;
    expect(error.status).to.equal(401);
    expect(error.error).to.equal('CustomerSessionCodeInvalidOrExpired');
    expect(error.message).to.equal('This customer session code is invalid or has expired.');
    expect(unauthorized).to.equal(0);
  });

  it('401 on a call that carried a session ends it', async () => {
    await api.requestCode({ email: 'alice@example.com', organization_id: orgId });
    const [email] = (await (
      await fetch('/__dev/emails?to=alice@example.com')
    ).json()) as SentEmail[];
    token = (await api.authenticate(email!.code!)).token;
    expect((await api.authenticatedUser()).email).to.equal('alice@example.com');
    await fetch('/__dev/reset', { method: 'POST' });
    const error = (await api.getCustomer().catch((e: unknown) => e)) as PortalApiError;
    expect(error.status).to.equal(401);
    expect(error.error).to.equal('invalid_token');
    expect(unauthorized).to.equal(1);
  });
});
