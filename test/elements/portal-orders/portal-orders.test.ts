import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../../src/elements/portal-orders/define.js';
import type { PortalDialog } from '../../../src/internal/portal-dialog/portal-dialog.js';
import type { PortalOrders } from '../../../src/elements/portal-orders/portal-orders.js';
import { getSession } from '../../../src/session/session.js';
import { mock, mockAttrs, org, partTexts, settled, signIn, useMockWorker } from '../support.js';
import { bankAnswers, quickPolling } from './payment-support.js';

useMockWorker();
quickPolling();

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
    for (const order of ordersFor('alice@example.com'))
      mock.state.db.orders.update(order, { customer_id: 'someone-else' });
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
    const [item, ...items] = order!.items;
    mock.state.db.orders.update(order!, {
      items: [{ ...item!, label: '<img src=x onerror="window.pwned=1">' }, ...items],
      billing_name: '<b>Alice</b>',
    });
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
    for (const order of ordersFor('alice@example.com'))
      mock.state.db.orders.update(order, { billing_name: null, billing_address: null });
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
    // An invoice needs the whole address (Polar's invoice form asks for all of it).
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '10115' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Berlin' });
    await expect(el).to.be.accessible();
    const updated = oneEvent(el, 'portal-order-updated');
    $<HTMLButtonElement>(el, '[part=save-billing]')!.click();
    const event = await updated;
    expect(event.detail.billing_name).to.equal('Alice Anders GmbH');
    expect(event.detail.billing_address?.country).to.equal('DE');
    await waitUntil(() => !$(el, '[part=billing-form]'));
    expect(partTexts(el, 'detail')[0]).to.contain('Alice Anders GmbH, Hauptstraße 1, 10115 Berlin');
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
    // Polar's "Country cannot be changed", in the customer's words.
    expect(message.textContent).to.contain('The country of an order cannot be changed');
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
    expect(dialog.textContent).to.match(/We will charge \$\d+\.\d\d to your Visa ending in 0341\./);
    await expect(el).to.be.accessible();
    const paid = oneEvent(el, 'portal-order-paid');
    $<HTMLButtonElement>(el, 'portal-dialog.retry [part=confirm-button]')!.click();
    await bankAnswers();
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

/** Moves the mock's clock past the session's hour, as if the customer had left the tab open. */
const outliveTheSession = () =>
  fetch('/__dev/clock', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ advance_seconds: 61 * 60 }),
  });

const store = () => getSession({ apiBase: location.origin, organizationId: org('acme') }).store;

async function openBillingForm(el: PortalOrders) {
  await openFirst(el);
  $<HTMLButtonElement>(el, '[part=edit-billing-button]')!.click();
  await waitUntil(() => $(el, '[part=billing-form]'), 'the form');
}

function typeInto(el: PortalOrders, selector: string, value: string) {
  const input = $<HTMLInputElement>(el, selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

describe('<portal-orders> visible outcomes', () => {
  it('shows "Billing details saved." next to the order until it is dismissed', async () => {
    const el = await ordersOf('alice@example.com');
    await openBillingForm(el);
    typeInto(el, 'input[name=billing_name]', 'Alice Anders Ltd');
    $<HTMLButtonElement>(el, '[part=save-billing]')!.click();
    await waitUntil(() => $(el, '[part=detail] [part~=outcome-success]'), 'the confirmation');
    expect(partTexts(el, 'outcome-success')[0]).to.contain('Billing details saved.');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part=edit-billing-button]'));
    expect(partTexts(el, 'announcement')[0]).to.equal('Billing details saved.');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part~=outcome] [part=dismiss-button]')!.click();
    await waitUntil(() => !$(el, '[part~=outcome]'), 'dismissed');
  });

  it('shows a failed save next to the form, keeping what was typed', async () => {
    mock.worker.use(
      http.patch('*/v1/customer-portal/orders/:id', () =>
        HttpResponse.json({ error: 'Conflict', detail: 'Billing is locked' }, { status: 409 }),
      ),
    );
    const el = await ordersOf('alice@example.com');
    await openBillingForm(el);
    typeInto(el, 'input[name=billing_name]', 'Alice Anders Ltd');
    $<HTMLButtonElement>(el, '[part=save-billing]')!.click();
    await waitUntil(() => $(el, '[part=billing-form] [part~=outcome-error]'), 'the error');
    const error = $(el, '[part=billing-form] [part~=outcome-error]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('Billing is locked');
    expect($<HTMLInputElement>(el, 'input[name=billing_name]')!.value).to.equal('Alice Anders Ltd');
    expect($<HTMLButtonElement>(el, '[part=save-billing]')!.disabled).to.equal(false);
  });

  it('says an invoice that could not be fetched next to its button', async () => {
    mock.worker.use(
      http.get('*/v1/customer-portal/orders/:id/invoice', () =>
        HttpResponse.json({ error: 'Boom', detail: 'Invoices are down' }, { status: 500 }),
      ),
    );
    const el = await ordersOf('alice@example.com');
    await openFirst(el);
    $<HTMLButtonElement>(el, '[part=invoice-button]')!.click();
    await waitUntil(() => $(el, '[part=detail] [part~=outcome-error]'), 'the error');
    expect($(el, '[part=detail] [part~=outcome-error]')!.getAttribute('role')).to.equal('alert');
    expect($<HTMLButtonElement>(el, '[part=invoice-button]')!.disabled).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('says a failed order was paid in its row until dismissed', async () => {
    const el = await ordersOf('carol@example.com');
    const id = $(el, '[part=retry-button]')!.closest<HTMLElement>('[part=order]')!.dataset.id!;
    $<HTMLButtonElement>(el, '[part=retry-button]')!.click();
    const dialog = $<HTMLElement & { open: boolean }>(el, 'portal-dialog.retry')!;
    await waitUntil(() => dialog.open, 'the dialog');
    $<HTMLButtonElement>(el, 'portal-dialog.retry [part=confirm-button]')!.click();
    await bankAnswers();
    await waitUntil(() => $(el, `[data-id="${id}"] [part~=outcome-success]`), 'the confirmation');
    expect(partTexts(el, 'outcome-success')[0]).to.match(/Thank you: \$\d+\.\d\d paid\./);
    await waitUntil(() => !$(el, `[data-id="${id}"] [part=retry-button]`), 'nothing left to pay');
    expect(el.shadowRoot!.activeElement).to.equal($(el, `[data-id="${id}"] [part=details-button]`));
    $<HTMLButtonElement>(el, `[data-id="${id}"] [part=dismiss-button]`)!.click();
    await waitUntil(() => !$(el, '[part~=outcome]'), 'dismissed');
  });
});

describe('<portal-orders> paying, with the store', () => {
  it('follows a payment the bank answers later until it settles', async () => {
    // Polar's confirm-payment says `succeeded`; the order is paid when Stripe's webhook arrives.
    let asked = 0;
    mock.worker.use(http.get('*/v1/customer-portal/orders/:id/payment-status', () => void asked++));
    const el = await ordersOf('carol@example.com');
    const paid = oneEvent(el, 'portal-order-paid');
    $<HTMLButtonElement>(el, '[part=retry-button]')!.click();
    const dialog = $<HTMLElement & { open: boolean }>(el, 'portal-dialog.retry')!;
    await waitUntil(() => dialog.open, 'the dialog');
    $<HTMLButtonElement>(el, 'portal-dialog.retry [part=confirm-button]')!.click();
    await waitUntil(() => dialog.querySelector('[part=progress]:not([hidden])'), 'the progress');
    expect(dialog.querySelector('[part=progress]')!.textContent).to.contain(
      'Waiting for your bank’s answer',
    );
    expect(partTexts(el, 'order').some((o) => o.includes('Payment failed'))).to.equal(true);
    await bankAnswers();
    expect((await paid).detail.status).to.equal('paid');
    expect(asked, 'the payment status was asked').to.be.greaterThan(0);
    await waitUntil(() => !partTexts(el, 'order').some((o) => o.includes('Payment failed')));
  });

  it('says so in the dialog when the bank asks for 3-D Secure', async () => {
    mock.worker.use(
      http.post('*/v1/customer-portal/orders/:id/confirm-payment', () =>
        HttpResponse.json({
          status: 'requires_action',
          client_secret: 'pi_1_secret_2',
          error: null,
        }),
      ),
    );
    const el = await ordersOf('carol@example.com');
    $<HTMLButtonElement>(el, '[part=retry-button]')!.click();
    const dialog = $<HTMLElement & { open: boolean }>(el, 'portal-dialog.retry')!;
    await waitUntil(() => dialog.open, 'the dialog');
    $<HTMLButtonElement>(el, 'portal-dialog.retry [part=confirm-button]')!.click();
    await waitUntil(() => dialog.querySelector('[role=alert]'), 'the reason');
    expect(dialog.querySelector('[role=alert]')!.textContent).to.contain('confirm this payment');
    expect(dialog.open).to.equal(true);
    expect(partTexts(el, 'order').some((o) => o.includes('Payment failed'))).to.equal(true);
  });

  it('names the default card chosen elsewhere on the page', async () => {
    const carol = customerId('carol@example.com');
    const id = crypto.randomUUID();
    mock.state.db.paymentMethods.insert({
      id,
      customer_id: carol,
      brand: 'mastercard',
      last4: '5100',
      exp_month: 12,
      exp_year: 2031,
      created_at: new Date().toISOString(),
    });
    const el = await ordersOf('carol@example.com');
    $<HTMLButtonElement>(el, '[part=retry-button]')!.click();
    const dialog = $<HTMLElement & { open: boolean }>(el, 'portal-dialog.retry')!;
    await waitUntil(() => dialog.open, 'the dialog');
    expect(dialog.textContent).to.contain('Visa ending in 0341');
    // What <portal-customer> does when the customer makes another card the default.
    await store().updateCustomer({ default_payment_method_id: id });
    await waitUntil(
      () => dialog.textContent!.includes('Mastercard ending in 5100'),
      'the new default',
    );
  });
});

describe('<portal-orders> when the session ends mid-action', () => {
  it('keeps the billing form being typed, and gives it back after signing in again', async () => {
    const el = await ordersOf('alice@example.com', 'page-size="2"');
    $<HTMLButtonElement>(el, '[part=pagination] button:last-of-type')!.click();
    await waitUntil(() => partTexts(el, 'pagination')[0]?.includes('Page 2'), 'page 2');
    await openBillingForm(el);
    typeInto(el, 'input[name=billing_name]', 'Alice Anders Ltd');
    typeInto(el, 'input[name=city]', 'Oakland');
    await outliveTheSession();
    $<HTMLButtonElement>(el, '[part=save-billing]')!.click();
    await waitUntil(() => $(el, '[part=session-ended]'), 'the session-ended panel');
    expect($(el, '[part=sign-in-again-button]')).not.to.equal(null);
    expect($(el, '[part~=outcome]'), 'no error for an ended session').to.equal(null);
    await expect(el).to.be.accessible();

    await signIn('alice@example.com', 'acme');
    await waitUntil(() => $(el, '[part=billing-form]'), 'the form is back');
    expect(partTexts(el, 'pagination')[0]).to.contain('Page 2');
    expect($<HTMLInputElement>(el, 'input[name=billing_name]')!.value).to.equal('Alice Anders Ltd');
    expect($<HTMLInputElement>(el, 'input[name=city]')!.value).to.equal('Oakland');
    const updated = oneEvent(el, 'portal-order-updated');
    $<HTMLButtonElement>(el, '[part=save-billing]')!.click();
    expect((await updated).detail.billing_name).to.equal('Alice Anders Ltd');
  });

  it('starts another customer without the previous one’s form', async () => {
    const el = await ordersOf('alice@example.com');
    await openBillingForm(el);
    typeInto(el, 'input[name=billing_name]', 'Alice Anders Ltd');
    await outliveTheSession();
    $<HTMLButtonElement>(el, '[part=save-billing]')!.click();
    await waitUntil(() => $(el, '[part=session-ended]'), 'the session-ended panel');
    await signIn('bob@example.com', 'acme');
    await settled(el);
    expect($(el, '[part=detail]'), 'no order of alice open').to.equal(null);
    expect($(el, '[part=billing-form]')).to.equal(null);
    expect(el.shadowRoot!.textContent).not.to.contain('Alice Anders Ltd');
  });
});
