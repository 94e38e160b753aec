import { expect } from '@open-wc/testing';
import { createBrowserMock } from '../../mock-server/browser.js';
import type { SeedSummary, SentEmail } from '../../mock-server/index.js';

/**
 * The same handlers in the page: MSW's service worker answers the fetches, with no Node server.
 */
const mock = createBrowserMock({ rateLimit: 'off' });

before(() => mock.worker.start({ quiet: true, onUnhandledRequest: 'error' }));
after(() => mock.worker.stop());

async function teamlyId(): Promise<string> {
  const seed = (await (await fetch('/__dev/seed')).json()) as SeedSummary;
  return seed.organizations.find((o) => o.slug === 'teamly')!.id;
}

const post = (path: string, body: unknown) =>
  fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('the mock in the browser (service worker)', () => {
  it('signs in with an emailed code and knows the member’s role', async () => {
    const requested = await post('/v1/customer-portal/customer-session/request', {
      email: 'ben@northwind.example',
      organization_id: await teamlyId(),
    });
    expect(requested.status).to.equal(202);

    const [email] = (await (
      await fetch('/__dev/emails?to=ben@northwind.example')
    ).json()) as SentEmail[];
    expect(email!.code).to.match(/^\d{6}$/);

    const authenticated = await post('/v1/customer-portal/customer-session/authenticate', {
      code: email!.code,
    });
    expect(authenticated.status).to.equal(200);
    const { token } = (await authenticated.json()) as { token: string };
    expect(token).to.match(/^polar_mst_/);

    const user = await fetch('/v1/customer-portal/customer-session/user', {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(user.status).to.equal(200);
    expect(await user.json()).to.include({
      type: 'member',
      email: 'ben@northwind.example',
      role: 'billing_manager',
    });
  });

  it('answers the 409 customer choice in the browser too', async () => {
    const res = await post('/v1/customer-portal/customer-session/request', {
      email: 'sam@example.com',
      organization_id: await teamlyId(),
    });
    expect(res.status).to.equal(409);
    const body = (await res.json()) as { error: string; customers: unknown[] };
    expect(body.error).to.equal('customer_selection_required');
    expect(body.customers).to.have.length(2);
  });
});
