import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { testCardAuthenticate } from '../../../mock-server/browser.js';
import '../../../src/elements/portal-customer/define.js';
import type { PortalDialog } from '../../../src/internal/portal-dialog/portal-dialog.js';
import type { PortalCustomer } from '../../../src/elements/portal-customer/portal-customer.js';
import { mock, mockAttrs, partTexts, signIn, useMockWorker } from '../support.js';

useMockWorker();

const ready = '[part=profile], [part=error]';

async function accountOf(email: string, attrs = '', slug = 'acme') {
  const el = await fixture<PortalCustomer>(
    `<portal-customer ${mockAttrs(slug)} ${attrs}></portal-customer>`,
  );
  if (email) {
    await signIn(email, slug);
    await waitUntil(() => el.shadowRoot!.querySelector(ready), 'the account');
    await waitUntil(
      () =>
        !el.shadowRoot!.querySelector('[part=payment-methods] .skeleton') &&
        !el.shadowRoot!.querySelector('[part=loading]'),
      'the payment methods',
    );
  }
  return el;
}

const $ = <T extends Element = HTMLElement>(el: PortalCustomer, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const method = (el: PortalCustomer, last4: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=payment-method]')].find((li) =>
    li.textContent!.includes(last4),
  );
const alice = () => mock.state.db.customers.find((c) => c.email === 'alice@example.com')!;

function type(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

function choose(select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

describe('<portal-customer> states', () => {
  it('asks to sign in when there is no session', async () => {
    const el = await accountOf('');
    expect(partTexts(el, 'signed-out')[0]).to.equal('Sign in to see your account.');
    await expect(el).to.be.accessible();
  });

  it('announces a skeleton while loading, then shows profile, billing and cards', async () => {
    mock.state.latency = { min_ms: 400, max_ms: 400 };
    const el = await accountOf('');
    await signIn('alice@example.com', 'acme');
    await waitUntil(() => $(el, '[part=loading]'));
    expect($(el, '[part=loading] [role=status]')!.textContent).to.contain('Loading your account');
    await expect(el).to.be.accessible();
    await waitUntil(() => method(el, '4444'), 'the cards', { timeout: 4000 });
    expect(partTexts(el, 'profile')[0]).to.contain('alice@example.com');
    expect(method(el, '4242')!.textContent)
      .to.contain('Visa ending in 4242')
      .and.contain('Default');
    expect(method(el, '4444')!.textContent).to.contain('Mastercard ending in 4444');
    expect(method(el, '4444')!.textContent).to.match(/Expires 12\/2028/);
    expect($<HTMLInputElement>(el, '#billing-city')!.value).to.equal('San Francisco');
    await expect(el).to.be.accessible();
  });

  it('shows a load error with a retry that recovers', async () => {
    let fail = true;
    mock.worker.use(
      http.get('*/v1/customer-portal/customers/me', () =>
        fail
          ? HttpResponse.json({ error: 'Boom', detail: 'Accounts are down' }, { status: 500 })
          : undefined,
      ),
    );
    const el = await accountOf('alice@example.com');
    expect(partTexts(el, 'error')[0]).to.contain('Accounts are down');
    await expect(el).to.be.accessible();
    fail = false;
    $<HTMLButtonElement>(el, '[part=error] button')!.click();
    await waitUntil(() => $(el, '[part=profile]'));
  });

  it('has an empty state for payment methods', async () => {
    mock.state.db.paymentMethods.remove((pm) => pm.customer_id === alice().id);
    const el = await accountOf('alice@example.com');
    expect(partTexts(el, 'payment-methods')[0]).to.contain('No payment method yet.');
  });

  it('renders names and addresses from the API as text', async () => {
    mock.state.db.customers.update(alice(), {
      name: '<img src=x onerror="window.pwned=1">',
      billing_address: { ...alice().billing_address!, line1: '<b>1 Market</b>' },
    });
    const el = await accountOf('alice@example.com', 'readonly-features="billing-details"');
    expect(partTexts(el, 'profile')[0]).to.contain('<img src=x onerror="window.pwned=1">');
    expect(partTexts(el, 'billing-details')[0]).to.contain('<b>1 Market</b>');
    expect($(el, 'img, b')).to.equal(null);
  });
});

describe('<portal-customer> billing details', () => {
  it('saves name, address and tax id, and fires portal-customer-updated', async () => {
    const el = await accountOf('alice@example.com');
    type($<HTMLInputElement>(el, '#billing-name')!, 'Anders Design LLC');
    type($<HTMLInputElement>(el, '#billing-tax-id')!, '');
    const updated = oneEvent(el, 'portal-customer-updated');
    $<HTMLButtonElement>(el, '[part=save-billing]')!.click();
    const event = await updated;
    expect(event.detail.billing_name).to.equal('Anders Design LLC');
    expect(event.bubbles && event.composed).to.equal(true);
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Billing details saved.'));
  });

  it('shows the API’s 422 beside the tax id, keeping what was typed', async () => {
    const el = await accountOf('alice@example.com');
    type($<HTMLInputElement>(el, '#billing-name')!, 'Kept name');
    type($<HTMLInputElement>(el, '#billing-tax-id')!, 'not-a-tax-id');
    $<HTMLButtonElement>(el, '[part=save-billing]')!.click();
    const tax = $<HTMLInputElement>(el, '#billing-tax-id')!;
    await waitUntil(() => tax.getAttribute('aria-invalid') === 'true', 'the field is marked');
    expect($(el, '#billing-tax_id-error')!.textContent).to.contain(
      'This tax ID is not valid for the country of the address.',
    );
    expect(tax.getAttribute('aria-describedby')).to.contain('billing-tax_id-error');
    expect(tax.value).to.equal('not-a-tax-id');
    expect(el.shadowRoot!.activeElement, 'focus on the field to fix').to.equal(tax);
    expect($<HTMLInputElement>(el, '#billing-name')!.value).to.equal('Kept name');
    expect($(el, '[part=billing-form] [role=alert]')!.textContent).to.contain(
      'check the highlighted fields',
    );
    await expect(el).to.be.accessible();
  });

  it('names US states and Canadian provinces in a list, and sends their codes', async () => {
    const el = await accountOf('alice@example.com');
    const country = $<HTMLSelectElement>(el, '#billing-country')!;
    const state = () => $<HTMLSelectElement>(el, '#billing-state')!;
    const label = () => $(el, 'label[for=billing-state]')!.textContent;
    expect(state().tagName).to.equal('SELECT');
    expect(state().selectedOptions[0]!.textContent).to.equal('California'); // stored as US-CA
    expect(label()).to.equal('State');
    choose(country, 'CA');
    await el.updateComplete;
    expect(label()).to.equal('Province');
    expect(state().value, 'a US state means nothing in Canada').to.equal('');
    choose(state(), 'CA-QC');
    choose(country, 'CA'); // choosing the same country again keeps the province
    type($<HTMLInputElement>(el, '#billing-postal_code')!, 'H2X 1Y4');
    const updated = oneEvent(el, 'portal-customer-updated');
    $<HTMLButtonElement>(el, '[part=save-billing]')!.click();
    expect((await updated).detail.billing_address?.state).to.equal('CA-QC');
    expect(alice().billing_address?.state).to.equal('CA-QC');
    choose($<HTMLSelectElement>(el, '#billing-country')!, 'DE');
    await el.updateComplete;
    expect(state().tagName, 'free text where Polar checks no states').to.equal('INPUT');
    expect(state().value).to.equal('');
    expect(label()).to.equal('State or region');
    await expect(el).to.be.accessible();
  });

  it('shows a stored state by its name', async () => {
    const el = await accountOf('alice@example.com', 'readonly-features="billing-details"');
    expect(partTexts(el, 'billing-details')[0]).to.contain(
      'San Francisco, California, United States',
    );
  });

  it('requests an email change and says a confirmation link was sent', async () => {
    const el = await accountOf('alice@example.com');
    // Offered once the organization's settings (acme allows it) are read.
    await waitUntil(() => $(el, '[part=change-email]'), 'the button');
    $<HTMLButtonElement>(el, '[part=change-email]')!.click();
    await waitUntil(() => el.shadowRoot!.activeElement === $(el, '#new-email'), 'focus moves');
    await sendKeys({ type: 'alice.new@example.com' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() =>
      el.shadowRoot!.textContent!.includes('We sent a link to alice.new@example.com'),
    );
    const mails = (await (await fetch('/__dev/emails?to=alice.new%40example.com')).json()) as [];
    expect(mails).to.have.length(1);
  });
});

describe('<portal-customer> payment methods', () => {
  it('makes another card the default and fires the event', async () => {
    const el = await accountOf('alice@example.com');
    const changed = oneEvent(el, 'portal-payment-method-default-changed');
    method(el, '4444')!.querySelector<HTMLButtonElement>('[part=default-button]')!.click();
    await changed;
    await waitUntil(() => method(el, '4444')!.textContent!.includes('Default'));
    expect(method(el, '4242')!.textContent).not.to.contain('Default');
    expect(el.shadowRoot!.textContent).to.contain('is now your default payment method');
  });

  it('deletes a card after a keyboard-driven confirmation', async () => {
    const el = await accountOf('alice@example.com');
    const opener = method(el, '4444')!.querySelector<HTMLButtonElement>('[part=delete-button]')!;
    opener.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = $<PortalDialog>(el, 'portal-dialog.delete-method')!;
    await waitUntil(() => dialog.open);
    expect(dialog.textContent).to.contain('Delete Mastercard ending in 4444?');
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'Tab' });
      expect(dialog.contains(el.shadowRoot!.activeElement)).to.equal(true);
    }
    await expect(el).to.be.accessible();
    const removed = oneEvent(el, 'portal-payment-method-removed');
    dialog.querySelector<HTMLButtonElement>('[part=confirm-button]')!.click();
    await removed;
    await waitUntil(() => !method(el, '4444'));
    expect(el.shadowRoot!.textContent).to.contain('Mastercard ending in 4444 was deleted.');
  });

  it('shows plainly why the last card of an active subscription cannot go', async () => {
    // Carol is past due: her subscription needs her only card (Polar's `requires_payment_method`).
    const el = await accountOf('carol@example.com');
    method(el, '0341')!.querySelector<HTMLButtonElement>('[part=delete-button]')!.click();
    const dialog = $<PortalDialog>(el, 'portal-dialog.delete-method')!;
    await waitUntil(() => dialog.open);
    dialog.querySelector<HTMLButtonElement>('[part=confirm-button]')!.click();
    await waitUntil(() => dialog.querySelector('[role=alert]'));
    expect(dialog.querySelector('[role=alert]')!.textContent!.trim()).to.equal(
      'This card is still needed to bill a subscription. Add another payment method, or cancel the subscription first.',
    );
    await sendKeys({ press: 'Escape' });
    expect(method(el, '0341')).not.to.equal(undefined);
  });

  it('says beside the add button when the merchant’s collector’s card is declined', async () => {
    const el = await accountOf('alice@example.com');
    el.paymentMethodCollector = { collect: () => Promise.resolve('ctok_fail_0002_12_2030') };
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[part=add-button]')!.click();
    await waitUntil(() => $(el, '[part=payment-methods] [role=alert]'), 'the refusal');
    const alert = $(el, '[part=payment-methods] [role=alert]')!;
    expect(alert.getAttribute('part')).to.contain('outcome-error');
    expect(alert.textContent).to.contain('declined');
    expect(alert.previousElementSibling).to.equal($(el, '[part=add-button]'));
    expect(method(el, '0002')).to.equal(undefined);
  });

  it('completes 3-D Secure through the merchant’s collector', async () => {
    const el = await accountOf('alice@example.com');
    el.paymentMethodCollector = {
      collect: () => Promise.resolve('ctok_3ds_3184_12_2030'),
      authenticate: (secret) => testCardAuthenticate(secret),
    };
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[part=add-button]')!.click();
    await waitUntil(() => method(el, '3184'), 'the authenticated card');
    expect(partTexts(el, 'outcome-success')[0]).to.contain('Visa ending in 3184 was added.');
  });

  it('hands adding to the merchant’s collector when there is one', async () => {
    const el = await accountOf('alice@example.com');
    let asked = 0;
    el.paymentMethodCollector = {
      collect: () => (asked++, Promise.resolve('ctok_visa_1111_01_2031')),
    };
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[part=add-button]')!.click();
    await waitUntil(() => method(el, '1111'));
    expect(asked).to.equal(1);
    expect(el.querySelector('[slot=card-embed]'), 'Polar’s frame is not opened').to.equal(null);
  });
});

describe('<portal-customer> roles and merchant switches', () => {
  it('lets a member read the profile but not billing details or payment methods', async () => {
    const el = await accountOf('mia@northwind.example', '', 'teamly');
    expect(partTexts(el, 'profile')[0]).to.contain('mia@northwind.example');
    expect($(el, '[part=billing-form]')).to.equal(null);
    expect(partTexts(el, 'billing-details')[0]).to.contain('Only the account’s owner');
    expect(partTexts(el, 'payment-methods')[0]).to.contain('managed by the account’s owner');
    expect($(el, '[part=change-email]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('lets a billing manager manage payment methods', async () => {
    const el = await accountOf('ben@northwind.example', '', 'teamly');
    expect(method(el, '5556')).not.to.equal(undefined);
    expect($(el, '[part=billing-form]')).not.to.equal(null);
  });

  it('hides or freezes sections as the merchant says', async () => {
    const hidden = await accountOf(
      'alice@example.com',
      'hidden-features="payment-methods billing-details"',
    );
    expect($(hidden, '[part=payment-methods]')).to.equal(null);
    expect($(hidden, '[part=billing-details]')).to.equal(null);
    hidden.remove();
    const frozen = await accountOf('alice@example.com', 'readonly-features="payment-methods"');
    expect(method(frozen, '4242')).not.to.equal(undefined);
    expect($(frozen, '[part=delete-button], [part=add-button], [part=card-entry]')).to.equal(null);
  });
});
