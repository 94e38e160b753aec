import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { createBrowserMock } from '../../mock-server/browser.js';
import type { SeedSummary, SentEmail } from '../../mock-server/index.js';

/**
 * The browser mock answers as a merchant's page on another origin sees `api.polar.sh`: only the
 * CORS-safelisted response headers and `Polar-Version` (all Polar's CORS exposes), and a network
 * error where Polar answers outside its CORS layer. A test's own handlers are seen the same way.
 */
const mock = createBrowserMock({ rateLimit: 'polar' });
let acme = '';

before(async () => {
  await mock.worker.start({ quiet: true, onUnhandledRequest: 'error' });
  const seed = (await (await fetch('/__dev/seed')).json()) as SeedSummary;
  acme = seed.organizations.find((o) => o.slug === 'acme')!.id;
});
afterEach(() => {
  mock.worker.resetHandlers();
  mock.state.reset();
});
after(() => mock.worker.stop());

/** Every header the page can read. */
const readable = (res: Response) => Object.fromEntries([...res.headers]);

const requestCode = (email: string) =>
  fetch('/v1/customer-portal/customer-session/request', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, organization_id: acme }),
  });

async function signIn(email: string): Promise<string> {
  await requestCode(email);
  const [mail] = (await (await fetch(`/__dev/emails?to=${email}`)).json()) as SentEmail[];
  const res = await fetch('/v1/customer-portal/customer-session/authenticate', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code: mail!.code }),
  });
  return ((await res.json()) as { token: string }).token;
}

describe('the browser mock, as a page on another origin sees it', () => {
  it('a 401 keeps its status, body and JSON type; WWW-Authenticate is hidden', async () => {
    const res = await fetch('/v1/customer-portal/customers/me');
    expect(res.status).to.equal(401);
    expect(await res.json()).to.deep.equal({ error: 'Unauthorized', detail: 'Unauthorized' });
    expect(readable(res)).to.deep.equal({
      'cache-control': 'private, no-store',
      'content-type': 'application/json',
      'polar-version': '2026-04',
    });
  });

  it('the limiter’s 429 shows no Retry-After, but Polar-Version', async () => {
    let res: Response | undefined;
    for (let i = 0; i < 7; i++) res = await requestCode('nobody@example.com');
    expect(res!.status).to.equal(429);
    expect(readable(res!)).to.deep.equal({ 'polar-version': '2026-04' });
  });

  it('a download’s Content-Disposition is hidden', async () => {
    const token = await signIn('alice@example.com');
    const res = await fetch('/v1/customer-portal/customers/me/export', {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).to.equal(200);
    expect(res.headers.get('content-disposition')).to.equal(null);
    expect(res.headers.get('polar-version')).to.equal('2026-04');
  });

  it('an unknown Polar-Version is a network error: Polar answers it outside CORS', async () => {
    const error = await fetch('/v1/customer-portal/organizations/acme', {
      headers: { 'polar-version': '1999-01' },
    }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(TypeError);
    const known = await fetch('/v1/customer-portal/organizations/acme', {
      headers: { 'polar-version': '2026-10' },
    });
    expect(known.headers.get('polar-version')).to.equal('2026-10');
  });

  it('a test’s own handler is seen the same way; the mock’s own routes are not Polar’s', async () => {
    const headers = {
      'content-type': 'application/json',
      'polar-version': '2026-04',
      'retry-after': '60',
      'www-authenticate': 'Bearer',
      'content-disposition': 'attachment',
      'x-anything': '1',
    };
    mock.worker.use(
      http.get('*/v1/customer-portal/orders/', () => HttpResponse.json({}, { headers })),
      http.get('/__dev/probe', () => HttpResponse.json({}, { headers })),
    );
    const api = await fetch('/v1/customer-portal/orders/');
    expect(readable(api)).to.deep.equal({
      'content-length': '2',
      'content-type': 'application/json',
      'polar-version': '2026-04',
    });
    const dev = await fetch('/__dev/probe');
    expect(dev.headers.get('retry-after')).to.equal('60');
    expect(dev.headers.get('x-anything')).to.equal('1');
  });
});
