import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../../src/elements/portal-orders/define.js';
import type { PortalDialog } from '../../../src/internal/portal-dialog/portal-dialog.js';
import type { PortalOrders } from '../../../src/elements/portal-orders/portal-orders.js';
import { mock, mockAttrs, partTexts, settled, signIn, useMockWorker } from '../support.js';

useMockWorker();

async function ordersOf(email: string, attrs = '', slug = 'acme') {
  const el = await fixture<PortalOrders>(
    `<portal-orders ${mockAttrs(slug)} ${attrs}></portal-orders>`,
  );
  if (email) {
    await signIn(email, slug);
    await settled(el, '[part=list], [part=empty], [part=error], [part=forbidden]');
  }
  return el;
}

const $ = <T extends Element = HTMLElement>(el: PortalOrders, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const customerId = (email: string) => mock.state.db.customers.find((c) => c.email === email)!.id;
const ordersFor = (email: string) =>
  mock.state.db.orders.filter((o) => o.customer_id === customerId(email));

async function openFirst(el: PortalOrders) {
  $<HTMLButtonElement>(el, '[part=details-button]')!.click();
  await waitUntil(() => $(el, '[part=detail]'), 'the detail');
}

/** Captures what the element opens in a new tab (address and features) instead of opening it. */
function captureTabs(): { opened: string[]; features: string[]; restore: () => void } {
  const original = window.open;
  const opened: string[] = [];
  const features: string[] = [];
  window.open = ((url?: string | URL, _target?: string, feature?: string) => {
    opened.push(String(url));
    features.push(feature ?? '');
    return null; // what `noopener` gives back
  }) as typeof window.open;
  return { opened, features, restore: () => (window.open = original) };
}

/** Presses the button with the keyboard: a real user activation, as a customer's click is. */
async function press(button: HTMLButtonElement) {
  button.focus();
  await sendKeys({ press: 'Enter' });
}

describe('<portal-orders> states', () => {
  it('asks to sign in when there is no session', async () => {
    const el = await ordersOf('');
    expect(partTexts(el, 'signed-out')[0]).to.equal('Sign in to see your orders and invoices.');
    await expect(el).to.be.accessible();
  });

  it('tells a team member orders belong to the owner and billing managers, without asking the API', async () => {
    let asked = false;
    mock.worker.use(http.get('*/v1/customer-portal/orders/', () => void (asked = true)));
    const el = await ordersOf('mia@northwind.example', '', 'teamly');
    expect(partTexts(el, 'forbidden')[0]).to.contain('owner and billing managers');
    expect(asked).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('shows an announced skeleton while loading', async () => {
    mock.state.latency = { min_ms: 400, max_ms: 400 };
    const el = await ordersOf('');
    await signIn('alice@example.com', 'acme');
    await waitUntil(() => $(el, '[part=loading]'));
    expect($(el, '[part=loading] [role=status]')!.textContent).to.contain('Loading your orders');
    await expect(el).to.be.accessible();
    await settled(el);
  });

  it('has an empty state', async () => {
    for (const order of ordersFor('alice@example.com')) order.customer_id = 'someone-else';
    const el = await ordersOf('alice@example.com');
    expect(partTexts(el, 'empty')[0]).to.equal('You have no orders yet.');
    await expect(el).to.be.accessible();
  });

  it('shows a load error with a retry that recovers', async () => {
    let fail = true;
    mock.worker.use(
      http.get('*/v1/customer-portal/orders/', () =>
        fail
          ? HttpResponse.json({ error: 'Boom', detail: 'Orders are down' }, { status: 500 })
          : undefined,
      ),
    );
    const el = await ordersOf('alice@example.com');
    expect(partTexts(el, 'error')[0]).to.contain('Orders are down');
    await expect(el).to.be.accessible();
    fail = false;
    $<HTMLButtonElement>(el, '[part=error] button')!.click();
    await waitUntil(() => $(el, '[part=list]'));
  });

  it('lists date, product, amount and status, and pages through them', async () => {
    const count = ordersFor('alice@example.com').length;
    const el = await ordersOf('alice@example.com', 'page-size="2"');
    const [first] = partTexts(el, 'order');
    expect(first)
      .to.match(/Paid/)
      .and.match(/\$\d+\.\d\d/);
    expect(partTexts(el, 'pagination')[0]).to.contain(`Page 1 of ${Math.ceil(count / 2)}`);
    $<HTMLButtonElement>(el, '[part=pagination] button:last-of-type')!.click();
    await waitUntil(() => partTexts(el, 'pagination')[0]?.includes('Page 2'), 'page 2');
    expect(partTexts(el, 'order')[0]).not.to.equal(first);
    await expect(el).to.be.accessible();
  });

  it('shows an order’s lines, subtotal, tax and total, and API text as text', async () => {
    const [order] = ordersFor('alice@example.com').sort((a, b) =>
      b.created_at.localeCompare(a.created_at),
    );
    order!.items[0]!.label = '<img src=x onerror="window.pwned=1">';
    order!.billing_name = '<b>Alice</b>';
    const el = await ordersOf('alice@example.com');
    await openFirst(el);
    const detail = partTexts(el, 'detail')[0]!;
    expect(detail).to.contain('<img src=x onerror="window.pwned=1">').and.contain('<b>Alice</b>');
    expect(partTexts(el, 'totals')[0])
      .to.contain('Subtotal')
      .and.contain('Tax')
      .and.contain('Total');
    expect($(el, '[part=detail] img, [part=detail] b')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('<portal-orders> invoices and billing details', () => {
  it('generates the invoice, opens it in a new tab and fires portal-invoice-generated', async () => {
    const tabs = captureTabs();
    try {
      const el = await ordersOf('alice@example.com');
      await openFirst(el);
      const generated = oneEvent(el, 'portal-invoice-generated');
      await press($<HTMLButtonElement>(el, '[part=invoice-button]')!);
      const event = await generated;
      expect(event.detail.order.is_invoice_generated).to.equal(true);
      expect(tabs.opened).to.deep.equal([event.detail.url]);
      expect(tabs.features[0]).to.contain('noopener');
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain('opened in a new tab');
      expect($(el, '[part=edit-billing-button]'), 'issued invoices are fixed').to.equal(null);
    } finally {
      tabs.restore();
    }
  });

  it('asks for billing details first, saves them and fires portal-order-updated', async () => {
    for (const order of ordersFor('alice@example.com')) {
      order.billing_name = null;
      order.billing_address = null;
    }
    const el = await ordersOf('alice@example.com');
    await openFirst(el);
    $<HTMLButtonElement>(el, '[part=invoice-button]')!.click();
    await waitUntil(() => $(el, '[part=billing-form]'), 'the form opens');
    expect($(el, '[part=billing-form] [role=alert]')!.textContent).to.contain(
      'Add a billing name and address',
    );
    expect(el.shadowRoot!.activeElement).to.equal(
      $(el, '[part=billing-form] input[name=billing_name]'),
    );
    await sendKeys({ type: 'Alice Anders GmbH' });
    await sendKeys({ press: 'Tab' });
    const country = $<HTMLSelectElement>(el, '[part=billing-form] select[name=country]')!;
    expect(el.shadowRoot!.activeElement, 'the country first: it decides the state field').to.equal(
      country,
    );
    country.value = 'DE';
    country.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Hauptstraße 1' });
    await expect(el).to.be.accessible();
    const updated = oneEvent(el, 'portal-order-updated');
    $<HTMLButtonElement>(el, '[part=save-billing]')!.click();
    const event = await updated;
    expect(event.detail.billing_name).to.equal('Alice Anders GmbH');
    expect(event.detail.billing_address?.country).to.equal('DE');
    await waitUntil(() => !$(el, '[part=billing-form]'));
    expect(partTexts(el, 'detail')[0]).to.contain('Alice Anders GmbH, Hauptstraße 1');
    expect(el.shadowRoot!.textContent).to.contain('Billing details saved.');
  });

  it('shows the API’s 422 next to the field and keeps what was typed', async () => {
    const el = await ordersOf('alice@example.com');
    await openFirst(el);
    $<HTMLButtonElement>(el, '[part=edit-billing-button]')!.click();
    await waitUntil(() => $(el, '[part=billing-form]'));
    const country = $<HTMLSelectElement>(el, 'select[name=country]')!;
    const other = country.value === 'FR' ? 'DE' : 'FR';
    country.value = other;
    country.dispatchEvent(new Event('change'));
    const city = $<HTMLInputElement>(el, 'input[name=city]')!;
    city.value = 'Somewhere new';
    city.dispatchEvent(new Event('input'));
    $<HTMLButtonElement>(el, '[part=save-billing]')!.click();
    await waitUntil(() => country.getAttribute('aria-invalid') === 'true', 'the country is marked');
    const message = $(el, `#${country.getAttribute('aria-describedby')}`)!;
    expect(message.textContent).to.contain('Country cannot be changed');
    expect(country.value).to.equal(other);
    expect($<HTMLInputElement>(el, 'input[name=city]')!.value).to.equal('Somewhere new');
    await expect(el).to.be.accessible();
  });

  it('hides invoices, or keeps them read-only, as the merchant says', async () => {
    const hidden = await ordersOf('alice@example.com', 'hidden-features="invoices"');
    await openFirst(hidden);
    expect($(hidden, '[part=invoice-button]')).to.equal(null);
    expect($(hidden, '[part=edit-billing-button]')).to.equal(null);
    hidden.remove();
    const readonly = await ordersOf('alice@example.com', 'readonly-features="invoices"');
    await openFirst(readonly);
    expect($(readonly, '[part=invoice-button]')).not.to.equal(null);
    expect($(readonly, '[part=edit-billing-button]')).to.equal(null);
  });
});

describe('<portal-orders> paying a failed order', () => {
  async function openRetry(el: PortalOrders) {
    const button = $<HTMLButtonElement>(el, '[part=retry-button]')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = $<PortalDialog>(el, 'portal-dialog.retry')!;
    await waitUntil(() => dialog.open, 'the dialog opens');
    return { button, dialog };
  }

  it('says the amount and the card, pays, and fires portal-order-paid', async () => {
    const el = await ordersOf('carol@example.com');
    expect(partTexts(el, 'order').find((o) => o.includes('Payment failed'))).to.contain(
      'We will try again on',
    );
    const { dialog } = await openRetry(el);
    expect(dialog.textContent).to.match(/We will charge \$\d+\.\d\d to your visa ending in 0341\./);
    await expect(el).to.be.accessible();
    const paid = oneEvent(el, 'portal-order-paid');
    $<HTMLButtonElement>(el, 'portal-dialog.retry [part=confirm-button]')!.click();
    const event = await paid;
    expect(event.detail.status).to.equal('paid');
    expect(event.bubbles && event.composed).to.equal(true);
    await waitUntil(() => !dialog.open);
    expect(partTexts(el, 'order').some((o) => o.includes('Payment failed'))).to.equal(false);
    expect(el.shadowRoot!.textContent).to.contain('Thank you:');
  });

  it('shows a declined payment in the dialog and keeps it open', async () => {
    mock.worker.use(
      http.post('*/v1/customer-portal/orders/:id/confirm-payment', () =>
        HttpResponse.json({
          status: 'failed',
          client_secret: null,
          error: 'Your card was declined.',
        }),
      ),
    );
    const el = await ordersOf('carol@example.com');
    const { dialog } = await openRetry(el);
    $<HTMLButtonElement>(el, 'portal-dialog.retry [part=confirm-button]')!.click();
    await waitUntil(() => dialog.querySelector('[role=alert]'));
    expect(dialog.querySelector('[role=alert]')!.textContent).to.contain('Your card was declined.');
    expect(dialog.open).to.equal(true);
  });

  it('keeps Tab inside the dialog and returns focus on Escape', async () => {
    const el = await ordersOf('carol@example.com');
    const { button, dialog } = await openRetry(el);
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'Tab' });
      expect(dialog.contains(el.shadowRoot!.activeElement)).to.equal(true);
    }
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open);
    expect(el.shadowRoot!.activeElement).to.equal(button);
  });

  it('shows a team’s orders to its billing manager', async () => {
    const el = await ordersOf('ben@northwind.example', '', 'teamly');
    expect($(el, '[part=list], [part=empty]')).not.to.equal(null);
  });
});
