import { expect, fixture, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { SentEmail } from '../../mock-server/index.js';
import '../../src/elements/customer-portal/define.js';
import '../../src/elements/portal-login/define.js';
import '../../src/elements/portal-subscriptions/define.js';
import { getSession } from '../../src/session/session.js';
import { mock, mockAttrs, mockSlugAttrs, org, settled, signIn, useMockWorker } from './support.js';

/**
 * `organization="acme"`: the slug from the merchant's portal address names the organization. One
 * lookup per page and slug, the session of the organization's id, a clear error for a slug that
 * names none, and no way for a slug to reach another route of the API.
 */

useMockWorker();

const ORGANIZATIONS = '/v1/customer-portal/organizations/';
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

/** Every request the page makes to the mock while the test runs, by URL. */
let requests: URL[] = [];
const record = ({ request }: { request: Request }) => void requests.push(new URL(request.url));
beforeEach(() => {
  requests = [];
  mock.worker.events.on('request:start', record);
});
afterEach(() => mock.worker.events.removeListener('request:start', record));
const lookups = () => requests.filter((url) => url.pathname.startsWith(ORGANIZATIONS));

function type(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

async function codeFor(email: string): Promise<string> {
  const mail = async () =>
    ((await (await fetch(`/__dev/emails?to=${email}`)).json()) as SentEmail[])[0];
  await waitUntil(async () => (await mail()) !== undefined, 'the code email');
  return (await mail())!.code!;
}

describe('organization by slug', () => {
  it('signs in through <portal-login organization="acme"> and loads subscriptions', async () => {
    const root = await fixture<HTMLDivElement>(`<div>
      <portal-login ${mockSlugAttrs('acme')}></portal-login>
      <portal-subscriptions ${mockSlugAttrs('acme')}></portal-subscriptions>
    </div>`);
    const login = root.querySelector('portal-login')!;
    const list = root.querySelector('portal-subscriptions')!;
    await waitUntil(() => $(login, '#email'), 'the email form, once acme was found');
    type($<HTMLInputElement>(login, '#email')!, 'alice@example.com');
    await login.updateComplete;
    $<HTMLButtonElement>(login, '[part=submit-button]')!.click();
    await waitUntil(() => $(login, '#code'), 'the code step');
    type($<HTMLInputElement>(login, '#code')!, await codeFor('alice@example.com'));
    await waitUntil(() => $(login, '[part=signed-in]'), 'signed in');
    await settled(list);
    expect($(list, '[part=list]'), text(list)).not.to.equal(null);
    // The code was asked for acme's id: the session is the one of the id.
    expect(getSession({ apiBase: location.origin, organizationId: org('acme') }).status).to.equal(
      'signed-in',
    );
  });

  it('makes one lookup for every element with the same slug', async () => {
    await fixture(`<div>
      <portal-login ${mockSlugAttrs('acme')}></portal-login>
      <portal-subscriptions ${mockSlugAttrs('acme')}></portal-subscriptions>
      <portal-subscriptions ${mockSlugAttrs('acme')}></portal-subscriptions>
      <customer-portal ${mockSlugAttrs('acme')}></customer-portal>
    </div>`);
    await signIn('alice@example.com', 'acme');
    for (const el of document.querySelectorAll('portal-subscriptions')) await settled(el);
    expect(lookups().map((url) => url.pathname)).to.deep.equal([`${ORGANIZATIONS}acme`]);
  });

  it('shares one session between an element given the slug and one given the id', async () => {
    const root = await fixture<HTMLDivElement>(`<div>
      <portal-subscriptions ${mockSlugAttrs('acme')}></portal-subscriptions>
      <portal-subscriptions ${mockAttrs('acme')}></portal-subscriptions>
    </div>`);
    await waitUntil(() => lookups().length === 1 && !$(root.firstElementChild!, '[part=loading]'));
    await signIn('alice@example.com', 'acme');
    for (const el of root.querySelectorAll('portal-subscriptions')) await settled(el);
    const [bySlug, byId] = [...root.querySelectorAll('portal-subscriptions')];
    expect($(bySlug!, '[part=list]')).not.to.equal(null);
    expect(text(bySlug!)).to.equal(text(byId!));
  });

  it('<customer-portal organization="teamly"> hands the slug to its login and views', async () => {
    const portal = await fixture(`<customer-portal ${mockSlugAttrs('teamly')}></customer-portal>`);
    const login = () => $(portal, 'portal-login')!;
    await waitUntil(() => $(login(), '#email'), 'the portal’s sign-in form');
    await signIn('olivia@northwind.example', 'teamly');
    await waitUntil(() => $(portal, '[role=tab]'), 'the tabs');
    const view = () => $(portal, '[role=tabpanel]:not([hidden]) > *');
    await waitUntil(() => view()?.shadowRoot?.querySelector('[part=list]'), 'the first view');
    expect(lookups().map((url) => url.pathname)).to.deep.equal([`${ORGANIZATIONS}teamly`]);
  });

  it('organization-id wins over organization: no lookup at all', async () => {
    const el = await fixture(
      `<portal-subscriptions ${mockAttrs('acme')} organization="teamly"></portal-subscriptions>`,
    );
    await signIn('alice@example.com', 'acme');
    await settled(el);
    expect($(el, '[part=list]')).not.to.equal(null);
    // (acme's own settings are read by slug, as without `organization`; teamly is never asked.)
    expect(lookups().filter((url) => url.pathname.endsWith('/teamly'))).to.deep.equal([]);
  });

  it('shows the loading state while the slug is looked up', async () => {
    let answer: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (answer = resolve));
    mock.worker.use(
      http.get(`*${ORGANIZATIONS}:slug`, async () => {
        await held;
        return undefined; // then on to the mock's own handler
      }),
    );
    const el = await fixture(`<portal-login ${mockSlugAttrs('acme')}></portal-login>`);
    await waitUntil(() => $(el, '[part=loading]'), 'the loading state');
    expect($(el, '#email')).to.equal(null);
    answer();
    await waitUntil(() => $(el, '#email'), 'the email form');
  });

  it('an unknown slug: a clear, accessible error, and retry looks again', async () => {
    const el = await fixture(`<portal-login ${mockSlugAttrs('acme-typo')}></portal-login>`);
    await waitUntil(() => $(el, '[role=alert]'), 'the error');
    expect($(el, '[role=alert]')!.textContent!.trim()).to.equal(
      'No organization called “acme-typo” at this address.',
    );
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part=error] button')!.click();
    await waitUntil(() => lookups().length === 2, 'a second lookup');
    await waitUntil(() => $(el, '[role=alert]'), 'the error again');
    expect($(el, '#email')).to.equal(null);
  });

  it('says it in the page’s language', async () => {
    const root = await fixture<HTMLDivElement>(
      `<div lang="de"><portal-subscriptions ${mockSlugAttrs('nirgends')}></portal-subscriptions></div>`,
    );
    const el = root.firstElementChild!;
    await waitUntil(() => $(el, '[role=alert]'), 'the error');
    expect($(el, '[role=alert]')!.textContent!.trim()).to.equal(
      'Unter dieser Adresse gibt es keine Organisation „nirgends“.',
    );
    expect($(el, '[part=error] button')!.textContent!.trim()).to.equal('Erneut versuchen');
  });

  it('a failed lookup offers a retry that finds the organization for every element', async () => {
    mock.worker.use(
      http.get(`*${ORGANIZATIONS}:slug`, () =>
        HttpResponse.json({ detail: 'unavailable' }, { status: 503 }),
      ),
    );
    const root = await fixture<HTMLDivElement>(`<div>
      <portal-login ${mockSlugAttrs('acme')}></portal-login>
      <portal-subscriptions ${mockSlugAttrs('acme')}></portal-subscriptions>
    </div>`);
    const [login, list] = [...root.children];
    await waitUntil(() => $(login!, '[role=alert]') && $(list!, '[role=alert]'), 'both errors');
    mock.worker.resetHandlers();
    $<HTMLButtonElement>(list!, '[part=error] button')!.click();
    await waitUntil(() => $(login!, '#email'), 'the form, after the other element’s retry');
    expect($(list!, '[part=signed-out]')).not.to.equal(null);
  });

  const hostile = [
    '../../v1/customer-portal/customers/me',
    '..',
    '.',
    'a/b',
    '%2e%2e',
    '%2F..%2F',
    'acme?x=1',
    'acme#x',
    'ac me',
    'ünïcødé',
    '<img src=x onerror=alert(1)>',
    'x'.repeat(5000),
  ];
  it('a value that cannot be a slug is refused without a request, and said plainly', async () => {
    for (const value of hostile) {
      const el = await fixture<HTMLElement>(`<portal-subscriptions></portal-subscriptions>`);
      el.setAttribute('api-base', location.origin);
      el.setAttribute('persist', 'memory');
      el.setAttribute('organization', value);
      await waitUntil(() => $(el, '[role=alert]'), `the error for ${value.slice(0, 40)}`);
      const message = $(el, '[role=alert]')!.textContent!.trim();
      expect(message).to.contain('No organization called “');
      expect(message.length).to.be.below(140);
      expect($(el, 'img')).to.equal(null);
    }
    expect(requests.map((url) => url.pathname)).to.deep.equal([]);
  });

  it('the client keeps any slug inside organizations/, one segment, or asks nothing', async () => {
    const { PortalClient } = await import('../../src/api/client.js');
    const client = new PortalClient({ baseUrl: location.origin, retry: { attempts: 1 } });
    for (const value of [...hostile, '', ' acme']) {
      const error = await client.organization(value).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, value.slice(0, 40)).to.have.property('status', 404);
    }
    expect(requests.length).to.be.greaterThan(0);
    for (const url of requests) {
      expect(url.pathname.startsWith(ORGANIZATIONS), url.pathname).to.equal(true);
      expect(url.pathname.slice(ORGANIZATIONS.length), url.pathname).not.to.match(/\/|^$/);
      expect(url.search + url.hash).to.equal('');
    }
    // Neither dot segment was sent: they would have resolved to another route.
    const sent = requests.map((url) => url.pathname.slice(ORGANIZATIONS.length));
    expect(sent).not.to.include('..');
    expect(sent).not.to.include('.');
  });
});
