import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import type { SentEmail } from '../../mock-server/index.js';
import { PortalClient } from '../../src/api/client.js';
import { ResourceController } from '../../src/controllers/resource-controller.js';
import { formatDate, formatMoney } from '../../src/internal/format.js';
import { PortalElement } from '../../src/internal/portal-element.js';
import { getSession } from '../../src/session/session.js';
import { mock, org, useMockWorker } from '../elements/support.js';

/** The smallest resource element: what every element does with a ResourceController. */
class TestCustomer extends PortalElement {
  calls = 0;
  readonly customer = new ResourceController(this, {
    session: () => this.session,
    kind: 'customer',
    load: (client) => {
      this.calls++;
      return client.getCustomer();
    },
  });
  override render() {
    if (!this.session || this.session.status !== 'signed-in') return html`<p>signed out</p>`;
    return this.customer.render({
      pending: () => html`<p role="status">loading</p>`,
      complete: (customer) => html`<p class="email">${customer.email}</p>`,
      error: () => html`<p role="alert">failed</p>`,
    });
  }
}
customElements.define('test-customer', TestCustomer);

useMockWorker();
const acme = () => org('acme');

async function tokenFor(email: string): Promise<string> {
  const api = new PortalClient({ baseUrl: location.origin });
  await api.requestCode({ email, organization_id: acme() });
  const [mail] = (await (await fetch(`/__dev/emails?to=${email}`)).json()) as SentEmail[];
  return (await api.authenticate(mail!.code!)).token;
}

/** A <test-customer> for acme's session, kept in memory. */
const customerElement = () =>
  html`<test-customer
    api-base=${location.origin}
    organization-id=${acme()}
    persist="memory"
  ></test-customer>`;
const mountCustomer = () => fixture<TestCustomer>(customerElement());

const shown = (el: TestCustomer) => el.shadowRoot!.textContent!.trim();

describe('ResourceController', () => {
  it('waits for a session, loads when signed in, and reloads for another customer', async () => {
    const el = await mountCustomer();
    await el.updateComplete;
    expect(el.calls).to.equal(0, 'no call while signed out');
    const session = getSession({ apiBase: location.origin, organizationId: acme() });
    await session.signInWithToken(await tokenFor('alice@example.com'));
    await waitUntil(() => shown(el) === 'alice@example.com', 'alice shown');
    await session.signInWithToken(await tokenFor('bob@example.com'));
    await waitUntil(() => shown(el) === 'bob@example.com', 'bob shown after the new sign-in');
    session.signOut();
    await waitUntil(() => shown(el) === 'signed out');
  });

  it('ends in an error state, and retry runs again', async () => {
    mock.worker.use(
      http.get('*/v1/customer-portal/customers/me', () =>
        HttpResponse.json({ detail: 'x' }, { status: 404 }),
      ),
    );
    const el = await mountCustomer();
    await getSession({ apiBase: location.origin, organizationId: acme() }).signInWithToken(
      await tokenFor('alice@example.com'),
    );
    await waitUntil(() => el.customer.state?.status === 'error', 'error state');
    expect(shown(el)).to.equal('failed');
    mock.worker.resetHandlers();
    await el.customer.retry();
    await waitUntil(() => shown(el) === 'alice@example.com');
  });
});

describe('The shared store', () => {
  async function twoOnOnePage() {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>${customerElement()} ${customerElement()}</div>`,
    );
    const [a, b] = [...wrapper.querySelectorAll<TestCustomer>('test-customer')] as [
      TestCustomer,
      TestCustomer,
    ];
    const session = getSession({ apiBase: location.origin, organizationId: acme() });
    await session.signInWithToken(await tokenFor('alice@example.com'));
    await waitUntil(() => shown(a) === 'alice@example.com' && shown(b) === 'alice@example.com');
    return { a, b, session };
  }

  it('loads a resource once for every element that shows it', async () => {
    const { a, b } = await twoOnOnePage();
    expect(a.calls + b.calls).to.equal(1);
  });

  it('shows a write in every element, with a new value and the old one untouched', async () => {
    const { a, b, session } = await twoOnOnePage();
    const before = a.customer.value!;
    await session.store.updateCustomer({ billing_name: 'Alice Renamed' });
    await waitUntil(() => a.customer.value?.billing_name === 'Alice Renamed');
    expect(b.customer.value?.billing_name).to.equal('Alice Renamed');
    expect(before.billing_name).to.not.equal(
      'Alice Renamed',
      'the value shown before was not edited',
    );
    expect(a.customer.value).to.not.equal(before);
  });

  it('reloads what a write touches, keeping the old value on screen meanwhile', async () => {
    const { a, session } = await twoOnOnePage();
    session.store.invalidate('customer');
    expect(a.customer.refreshing).to.equal(true);
    expect(shown(a)).to.equal('alice@example.com', 'no skeleton while reloading');
    await waitUntil(() => !a.customer.refreshing);
    expect(a.calls).to.equal(2);
  });

  it('drops an answer that a newer load overtook', async () => {
    let slow = true;
    mock.worker.use(
      http.get('*/v1/customer-portal/customers/me', async () => {
        if (!slow) return undefined; // the mock's own handler answers
        slow = false;
        await new Promise((resolve) => setTimeout(resolve, 300));
        return HttpResponse.json({ email: 'stale@example.com', name: 'stale answer' });
      }),
    );
    const el = await mountCustomer();
    const session = getSession({ apiBase: location.origin, organizationId: acme() });
    await session.signInWithToken(await tokenFor('alice@example.com'));
    await waitUntil(() => !slow, 'the slow first load started');
    session.store.invalidate('customer');
    await waitUntil(() => shown(el) === 'alice@example.com', 'the newer answer shown');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(shown(el)).to.equal('alice@example.com', 'the overtaken answer was dropped');
  });

  it('starts empty for another customer and never shows the previous one', async () => {
    const { a, session } = await twoOnOnePage();
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(shown(a)));
    observer.observe(a.shadowRoot!, { subtree: true, childList: true, characterData: true });
    await session.signInWithToken(await tokenFor('bob@example.com'));
    await waitUntil(() => shown(a) === 'bob@example.com');
    observer.disconnect();
    expect(seen).to.not.include('alice@example.com');
  });
});

describe('Intl formatting', () => {
  it('formats minor units per currency and language', () => {
    expect(formatMoney(1320, 'usd', 'en')).to.equal('$13.20');
    expect(formatMoney(1320, 'eur', 'de').replace(/\s/g, ' ')).to.equal('13,20 €');
    expect(formatMoney(1500, 'jpy', 'en')).to.equal('¥1,500');
    expect(formatDate('2026-03-01T12:00:00Z', 'en')).to.equal('Mar 1, 2026');
  });
});
