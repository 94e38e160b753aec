import { expect, fixture, waitUntil } from '@open-wc/testing';
import { TaskStatus } from '@lit/task';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { createBrowserMock } from '../../mock-server/browser.js';
import type { SeedSummary, SentEmail } from '../../mock-server/index.js';
import { PortalClient } from '../../src/api/client.js';
import { ApiTask } from '../../src/internal/api-task.js';
import { formatDate, formatMoney } from '../../src/internal/format.js';
import { PortalElement } from '../../src/internal/portal-element.js';
import { getSession, resetSessions } from '../../src/session/session.js';

/** The smallest resource element: what every later element does with ApiTask. */
class TestCustomer extends PortalElement {
  calls = 0;
  readonly customer = new ApiTask(this, {
    session: () => this.session,
    run: (client) => {
      this.calls++;
      return client.getCustomer();
    },
  });
  override render() {
    return this.customer.task.render({
      initial: () => html`<p>signed out</p>`,
      pending: () => html`<p role="status">loading</p>`,
      complete: (customer) => html`<p class="email">${customer?.email ?? 'signed out'}</p>`,
      error: () => html`<p role="alert">failed</p>`,
    });
  }
}
customElements.define('test-customer', TestCustomer);

const mock = createBrowserMock({ rateLimit: 'off' });
let acme = '';
before(async () => {
  await mock.worker.start({ quiet: true, onUnhandledRequest: 'error' });
  acme = ((await (await fetch('/__dev/seed')).json()) as SeedSummary).organizations[0]!.id;
});
afterEach(() => {
  mock.worker.resetHandlers();
  mock.state.reset();
  resetSessions();
  sessionStorage.clear();
});
after(() => mock.worker.stop());

async function tokenFor(email: string): Promise<string> {
  const api = new PortalClient({ baseUrl: location.origin });
  await api.requestCode({ email, organization_id: acme });
  const [mail] = (await (await fetch(`/__dev/emails?to=${email}`)).json()) as SentEmail[];
  return (await api.authenticate(mail!.code!)).token;
}

const shown = (el: TestCustomer) => el.shadowRoot!.textContent!.trim();

describe('ApiTask', () => {
  it('waits for a session, loads when signed in, and reloads for another customer', async () => {
    const el = await fixture<TestCustomer>(
      html`<test-customer
        api-base=${location.origin}
        organization-id=${acme}
        persist="memory"
      ></test-customer>`,
    );
    await el.updateComplete;
    expect(el.calls).to.equal(0, 'no call while signed out');
    const session = getSession({ apiBase: location.origin, organizationId: acme });
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
    const el = await fixture<TestCustomer>(
      html`<test-customer
        api-base=${location.origin}
        organization-id=${acme}
        persist="memory"
      ></test-customer>`,
    );
    await getSession({ apiBase: location.origin, organizationId: acme }).signInWithToken(
      await tokenFor('alice@example.com'),
    );
    await waitUntil(() => el.customer.status === TaskStatus.ERROR, 'error state');
    expect(shown(el)).to.equal('failed');
    mock.worker.resetHandlers();
    await el.customer.retry();
    await waitUntil(() => shown(el) === 'alice@example.com');
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
