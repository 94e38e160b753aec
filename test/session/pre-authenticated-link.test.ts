import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../src/elements/portal-login/define.js';
import '../../src/elements/portal-customer/define.js';
import '../../src/elements/portal-subscriptions/define.js';
import { mock, mockAttrs, useMockWorker } from '../elements/support.js';
import type { SeedSummary } from '../../mock-server/index.js';

/**
 * A page opened from one of Polar's pre-authenticated portal links (`customer_portal_url`:
 * `?customer_session_token=…`) signs every element in, and the token leaves the address bar at
 * once, without ever reaching the console.
 */

useMockWorker();

const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug'] as const;
let logged: string[] = [];
let originals: ((...args: unknown[]) => void)[] = [];
let pageUrl = '';

beforeEach(() => {
  pageUrl = location.href;
  logged = [];
  originals = CONSOLE_METHODS.map((method) => console[method]);
  CONSOLE_METHODS.forEach((method, i) => {
    console[method] = (...args: unknown[]) => {
      logged.push(args.map(String).join(' '));
      originals[i]!.apply(console, args);
    };
  });
});
afterEach(() => {
  CONSOLE_METHODS.forEach((method, i) => (console[method] = originals[i]!));
  history.replaceState(history.state, '', pageUrl);
});

/** A session the way a merchant's backend makes one, with the seed's organization token. */
async function backendSession(slug: string, body: Record<string, string>): Promise<string> {
  const seed = (await (await fetch('/__dev/seed')).json()) as SeedSummary;
  const { token: accessToken } = seed.organizations
    .find((o) => o.slug === slug)!
    .access_tokens.find((t) => t.scope.includes('customer_sessions:write'))!;
  const res = await fetch('/v1/customer-sessions/', {
    method: 'POST',
    headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const session = (await res.json()) as { token: string; customer_portal_url: string };
  return new URL(session.customer_portal_url).searchParams.get('customer_session_token')!;
}

/** Opens "the link": this test page with the token (and a parameter of the merchant's own). */
function openLink(parameter: string, token: string) {
  const url = new URL(location.href);
  url.searchParams.set('tab', 'billing');
  url.searchParams.set(parameter, token);
  history.replaceState(history.state, '', url);
}

const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~=${name}]`);

describe('a pre-authenticated link', () => {
  it('signs in every element of the page and leaves the address bar at once', async () => {
    const token = await backendSession('acme', { external_customer_id: 'usr_alice' });
    expect(token).to.match(/^polar_cst_/);
    openLink('customer_session_token', token);

    const page = await fixture<HTMLElement>(`<div>
      <portal-login ${mockAttrs('acme')}></portal-login>
      <portal-customer ${mockAttrs('acme')}></portal-customer>
      <portal-subscriptions ${mockAttrs('acme')}></portal-subscriptions>
    </div>`);
    expect(location.search, 'gone before any answer came').not.to.contain(token);
    expect(location.search).not.to.contain('customer_session_token');
    expect(new URL(location.href).searchParams.get('tab'), 'the page’s own').to.equal('billing');

    const [login, customer, subscriptions] = [...page.children];
    await waitUntil(() => part(login!, 'signed-in'), 'the login element signed in');
    await waitUntil(() => part(customer!, 'profile'), 'the account shown');
    await waitUntil(() => part(subscriptions!, 'list'), 'the subscriptions shown');
    expect(part(customer!, 'profile')!.textContent).to.contain('Alice Anders');
    expect(logged.join('\n')).not.to.contain(token);
    expect(document.documentElement.outerHTML).not.to.contain(token);
  });

  it('signs a member in from a member-model organization’s link', async () => {
    const token = await backendSession('teamly', {
      external_customer_id: 'team_northwind',
      external_member_id: 'usr_olivia',
    });
    expect(token).to.match(/^polar_mst_/);
    // Polar's `customer_portal_url` names a member session `customer_session_token` too.
    openLink('customer_session_token', token);
    const login = await fixture<HTMLElement>(
      `<portal-login ${mockAttrs('teamly')}></portal-login>`,
    );
    expect(location.search).not.to.contain(token);
    await waitUntil(() => part(login, 'signed-in'), 'signed in');
    expect(part(login, 'signed-in')!.textContent).to.contain('Olivia Owens');
  });

  it('a link whose session is over leaves the elements signed out, the token gone', async () => {
    const token = await backendSession('acme', { external_customer_id: 'usr_bob' });
    mock.state.clock.offsetMs = 61 * 60_000;
    openLink('customer_session_token', token);
    const customer = await fixture<HTMLElement>(
      `<portal-customer ${mockAttrs('acme')}></portal-customer>`,
    );
    expect(location.search).not.to.contain(token);
    await waitUntil(() => part(customer, 'signed-out'), 'asks to sign in');
    expect(logged.join('\n')).not.to.contain(token);
  });
});
