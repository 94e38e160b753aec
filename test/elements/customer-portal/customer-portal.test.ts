import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/customer-portal/define.js';
import type { CustomerPortal } from '../../../src/elements/customer-portal/customer-portal.js';
import type { PortalLogin } from '../../../src/elements/portal-login/portal-login.js';
import { mockAttrs, signIn, useMockWorker } from '../support.js';

useMockWorker();

const portalOf = (slug: string, attrs = '') =>
  fixture<CustomerPortal>(`<customer-portal ${mockAttrs(slug)} ${attrs}></customer-portal>`);

const tabs = (el: CustomerPortal) => [
  ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role=tab]'),
];
const tabNames = (el: CustomerPortal) => tabs(el).map((tab) => tab.textContent!.trim());
const selectedTab = (el: CustomerPortal) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>('[role=tab][aria-selected=true]')!;
const visiblePanel = (el: CustomerPortal) =>
  el.shadowRoot!.querySelector<HTMLElement>('[role=tabpanel]:not([hidden])')!;

async function signedIn(el: CustomerPortal) {
  await waitUntil(() => tabs(el).length > 0, 'the tabs appear');
}

describe('<customer-portal>', () => {
  it('shows only the sign-in form until someone signs in', async () => {
    const el = await portalOf('acme');
    const login = el.shadowRoot!.querySelector<PortalLogin>('portal-login')!;
    await login.updateComplete;
    expect(login.shadowRoot!.querySelector('input[type=email]')).not.to.equal(null);
    expect(tabs(el)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('signs in through its form and continues at the tabs', async () => {
    const el = await portalOf('acme');
    const login = el.shadowRoot!.querySelector<PortalLogin>('portal-login')!;
    await login.updateComplete;
    login.shadowRoot!.querySelector<HTMLInputElement>('input[type=email]')!.focus();
    await sendKeys({ type: 'alice@example.com' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => login.shadowRoot!.querySelector('input[autocomplete=one-time-code]'));
    const [mail] = (await (await fetch('/__dev/emails?to=alice%40example.com')).json()) as {
      code: string;
    }[];
    await sendKeys({ type: mail!.code });
    await sendKeys({ press: 'Enter' });
    await signedIn(el);
    expect(tabNames(el)).to.deep.equal(['Subscriptions', 'Orders', 'Benefits', 'Account']);
    await waitUntil(() => el.shadowRoot!.activeElement === selectedTab(el), 'focus on the tabs');
    expect(selectedTab(el).textContent!.trim()).to.equal('Subscriptions');
  });

  it('shows the tabs for a session signed in before it was on the page', async () => {
    await signIn('alice@example.com', 'acme');
    const el = await portalOf('acme');
    await signedIn(el);
    expect(tabNames(el)).to.deep.equal(['Subscriptions', 'Orders', 'Benefits', 'Account']);
    expect(visiblePanel(el).querySelector('portal-subscriptions')).not.to.equal(null);
  });

  it('moves between tabs with the arrow keys, Home and End, showing one panel at a time', async () => {
    const el = await portalOf('acme');
    await signIn('alice@example.com', 'acme');
    await signedIn(el);
    selectedTab(el).focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(selectedTab(el).textContent!.trim()).to.equal('Orders');
    expect(el.shadowRoot!.activeElement).to.equal(selectedTab(el));
    expect(el.view).to.equal('orders');
    expect(visiblePanel(el).getAttribute('aria-labelledby')).to.equal(selectedTab(el).id);
    expect(visiblePanel(el).querySelector('portal-orders')).not.to.equal(null);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(selectedTab(el).textContent!.trim()).to.equal('Account');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(selectedTab(el).textContent!.trim(), 'wraps around').to.equal('Subscriptions');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(selectedTab(el).textContent!.trim()).to.equal('Subscriptions');
    expect(tabs(el).filter((tab) => tab.tabIndex === 0)).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('passes its configuration down to every view', async () => {
    const el = await portalOf('acme', 'hidden-features="plan-change usage" theme="dark"');
    await signIn('alice@example.com', 'acme');
    await signedIn(el);
    const view = visiblePanel(el).querySelector('portal-subscriptions')!;
    expect(view.organizationId).to.equal(el.organizationId);
    expect(view.apiBase).to.equal(location.origin);
    expect(view.theme).to.equal('dark');
    expect([...view.hiddenFeatures]).to.have.members(['plan-change', 'usage']);
    await waitUntil(() => view.shadowRoot!.querySelector('[part=list]'), 'the list');
    expect(view.shadowRoot!.querySelector('[part=cancel-button]')).not.to.equal(null);
    expect(view.shadowRoot!.querySelector('[part=change-button]')).to.equal(null);
  });

  it('offers team seats to a team’s people, unless the merchant hides seats', async () => {
    const el = await portalOf('teamly');
    await signIn('mia@northwind.example', 'teamly');
    await signedIn(el);
    expect(tabNames(el)).to.include('Team seats');
    el.setAttribute('hidden-features', 'seats');
    await el.updateComplete;
    expect(tabNames(el)).not.to.include('Team seats');
  });

  it('restores the tab it was given and follows the merchant’s choice of views', async () => {
    const el = await portalOf('acme', 'views="orders customer" view="customer"');
    await signIn('alice@example.com', 'acme');
    await signedIn(el);
    expect(tabNames(el)).to.deep.equal(['Orders', 'Account']);
    expect(selectedTab(el).textContent!.trim()).to.equal('Account');
    expect(visiblePanel(el).querySelector('portal-customer')).not.to.equal(null);
  });

  it('speaks the page’s language', async () => {
    const el = await fixture<CustomerPortal>(
      `<div lang="de"><customer-portal ${mockAttrs('acme')}></customer-portal></div>`,
    ).then((div) => div.querySelector('customer-portal')!);
    await signIn('alice@example.com', 'acme');
    await signedIn(el);
    expect(tabNames(el)).to.deep.equal(['Abonnements', 'Bestellungen', 'Vorteile', 'Konto']);
  });

  it('speaks Spanish, with money and dates through Intl in Spanish', async () => {
    const el = await fixture<CustomerPortal>(
      `<div lang="es"><customer-portal ${mockAttrs('acme')}></customer-portal></div>`,
    ).then((div) => div.querySelector('customer-portal')!);
    await signIn('alice@example.com', 'acme');
    await signedIn(el);
    expect(tabNames(el)).to.deep.equal(['Suscripciones', 'Pedidos', 'Ventajas', 'Cuenta']);
    const view = visiblePanel(el).querySelector('portal-subscriptions')!;
    await waitUntil(() => view.shadowRoot!.querySelector('[part=list]'), 'the list');
    const row = view
      .shadowRoot!.querySelector('[part=subscription]')!
      .textContent!.replace(/\s+/g, ' ');
    expect(row)
      .to.contain('12,00 US$ / mes')
      .and.match(/Se renueva el \d+ [a-z]+ \d{4}/);
  });
});
