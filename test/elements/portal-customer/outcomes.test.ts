import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../../src/elements/portal-customer/define.js';
import type { PortalCustomer } from '../../../src/elements/portal-customer/portal-customer.js';
import { mock, mockAttrs, partTexts, signIn, useMockWorker } from '../support.js';

/**
 * What the customer sees after each action of `<portal-customer>`: a confirmation or an error
 * next to where it happened, dismissable, and read out once; and a session that expires while
 * they type keeps what they typed for when they sign in again.
 */

useMockWorker();

/** Room for a write and the reloads it causes, on a busy machine. */
const settle = { timeout: 4000 };

async function accountOf(email: string, slug = 'acme') {
  const el = await fixture<PortalCustomer>(
    `<portal-customer ${mockAttrs(slug)}></portal-customer>`,
  );
  await signIn(email, slug);
  await loaded(el);
  return el;
}

const loaded = (el: PortalCustomer) =>
  waitUntil(
    () =>
      el.shadowRoot!.querySelector('[part=payment-method]') &&
      !el.shadowRoot!.querySelector('[part=payment-methods] .skeleton'),
    'the account',
    settle,
  );

const $ = <T extends Element = HTMLElement>(el: PortalCustomer, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const method = (el: PortalCustomer, last4: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=payment-method]')].find((li) =>
    li.textContent!.includes(last4),
  );
const announced = (el: PortalCustomer) => partTexts(el, 'announcement')[0];

function type(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

describe('<portal-customer> visible outcomes', function () {
  this.timeout(20000);
  it('shows “Billing details saved.” beside the form until dismissed, and announces it', async () => {
    const el = await accountOf('alice@example.com');
    type($<HTMLInputElement>(el, '#billing-name')!, 'Anders Design LLC');
    $<HTMLButtonElement>(el, '[part=save-billing]')!.click();
    await waitUntil(
      () => $(el, '[part=billing-form] [part~=outcome-success]'),
      'the outcome',
      settle,
    );
    expect(partTexts(el, 'outcome-success')).to.deep.equal(['Billing details saved. Dismiss']);
    expect(announced(el)).to.equal('Billing details saved.');
    expect($<HTMLInputElement>(el, '#billing-name')!.value, 'the saved value').to.equal(
      'Anders Design LLC',
    );
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part~=outcome-success] [part=dismiss-button]')!.click();
    await el.updateComplete;
    expect($(el, '[part~=outcome]')).to.equal(null);
  });

  it('shows a failed save next to the save button, keeping what was typed', async () => {
    mock.worker.use(
      http.patch('*/v1/customer-portal/customers/me', () =>
        HttpResponse.json({ error: 'Boom', detail: 'Saving is down' }, { status: 500 }),
      ),
    );
    const el = await accountOf('alice@example.com');
    type($<HTMLInputElement>(el, '#billing-name')!, 'Typed name');
    $<HTMLButtonElement>(el, '[part=save-billing]')!.click();
    await waitUntil(() => $(el, '[part~=outcome-error]'), 'the error', settle);
    const error = $(el, '[part~=outcome-error]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('Saving is down');
    expect(error.closest('[part=billing-form]')).not.to.equal(null);
    expect($<HTMLInputElement>(el, '#billing-name')!.value).to.equal('Typed name');
    expect($<HTMLButtonElement>(el, '[part=save-billing]')!.disabled).to.equal(false);
    error.querySelector<HTMLButtonElement>('[part=dismiss-button]')!.click();
    await el.updateComplete;
    expect($(el, '[part~=outcome-error]')).to.equal(null);
  });

  it('confirms a new default in that card’s row', async () => {
    const el = await accountOf('alice@example.com');
    method(el, '4444')!.querySelector<HTMLButtonElement>('[part=default-button]')!.click();
    await waitUntil(
      () => method(el, '4444')?.querySelector('[part~=outcome-success]'),
      undefined,
      settle,
    );
    expect(method(el, '4444')!.querySelector('[part~=outcome-success]')!.textContent).to.contain(
      'Mastercard ending in 4444 is now your default payment method.',
    );
    expect(announced(el)).to.contain('is now your default payment method');
    expect(el.shadowRoot!.activeElement).to.equal(method(el, '4444'));
  });

  it('confirms a deleted card in the payment methods section', async () => {
    const el = await accountOf('alice@example.com');
    method(el, '4444')!.querySelector<HTMLButtonElement>('[part=delete-button]')!.click();
    const dialog = $<HTMLElement & { open: boolean }>(el, '.delete-method')!;
    await waitUntil(() => dialog.open, undefined, settle);
    dialog.querySelector<HTMLButtonElement>('[part=confirm-button]')!.click();
    await waitUntil(() => !method(el, '4444'), 'the card is gone', settle);
    expect(partTexts(el, 'outcome-success')[0]).to.contain(
      'Mastercard ending in 4444 was deleted.',
    );
    expect($(el, '[part~=outcome-success]')!.closest('[part=payment-methods]')).not.to.equal(null);
  });

  it('confirms an email change request in the profile, with focus on “Send a new link”', async () => {
    const el = await accountOf('alice@example.com');
    // Offered once the organization's settings say it allows email changes.
    await waitUntil(() => $(el, '[part=change-email]'), 'the button', settle);
    $<HTMLButtonElement>(el, '[part=change-email]')!.click();
    await waitUntil(
      () => el.shadowRoot!.activeElement === $(el, '#new-email'),
      'focus moves',
      settle,
    );
    await sendKeys({ type: 'alice.new@example.com' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[part=profile] [part=email-pending]'), 'the pending link', settle);
    expect(partTexts(el, 'email-pending')[0]).to.contain('We sent a link to alice.new@example.com');
    expect(announced(el)).to.contain('We sent a link to alice.new@example.com');
    expect($(el, '[part=email-form]')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part=resend-email]'));
  });

  it('shows the API’s refusal of an email beside the field, keeping it', async () => {
    const el = await accountOf('alice@example.com');
    // Offered once the organization's settings say it allows email changes.
    await waitUntil(() => $(el, '[part=change-email]'), 'the button', settle);
    $<HTMLButtonElement>(el, '[part=change-email]')!.click();
    await waitUntil(() => $(el, '#new-email'), undefined, settle);
    type($<HTMLInputElement>(el, '#new-email')!, 'not-an-email');
    $<HTMLButtonElement>(el, '[part=email-form] button[type=submit]')!.click();
    await waitUntil(() => $(el, '#new-email-error'), 'the message', settle);
    expect($<HTMLInputElement>(el, '#new-email')!.getAttribute('aria-invalid')).to.equal('true');
    expect($<HTMLInputElement>(el, '#new-email')!.value).to.equal('not-an-email');
    await expect(el).to.be.accessible();
  });
});

describe('<portal-customer> when the session expires mid-action', function () {
  this.timeout(20000);
  async function expireSession() {
    await fetch('/__dev/clock', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ advance_seconds: 61 * 60 }),
    });
  }

  it('says so, and gives the same customer back the billing details they typed', async () => {
    const el = await accountOf('alice@example.com');
    type($<HTMLInputElement>(el, '#billing-name')!, 'Typed before the expiry');
    type($<HTMLInputElement>(el, '#billing-city')!, 'Oakland');
    await expireSession();
    let updated = 0;
    el.addEventListener('portal-customer-updated', () => updated++);
    $<HTMLButtonElement>(el, '[part=save-billing]')!.click();
    await waitUntil(() => $(el, '[part=session-ended]'), 'the session-ended panel', settle);
    expect(partTexts(el, 'session-ended')[0]).to.contain('Your session has ended');
    expect($(el, '[part=sign-in-again-button]')).not.to.equal(null);
    expect(updated).to.equal(0);
    await expect(el).to.be.accessible();

    await signIn('alice@example.com', 'acme');
    await waitUntil(() => $(el, '#billing-name'), 'the form again', settle);
    expect($<HTMLInputElement>(el, '#billing-name')!.value).to.equal('Typed before the expiry');
    expect($<HTMLInputElement>(el, '#billing-city')!.value).to.equal('Oakland');
    expect($(el, '[part~=outcome]'), 'no outcome for the expired try').to.equal(null);
    const saved = oneEvent(el, 'portal-customer-updated');
    $<HTMLButtonElement>(el, '[part=save-billing]')!.click();
    expect((await saved).detail.billing_name).to.equal('Typed before the expiry');
  });

  it('starts the form from the saved details when someone else signs in', async () => {
    const el = await accountOf('alice@example.com');
    type($<HTMLInputElement>(el, '#billing-name')!, 'Alice’s draft');
    await expireSession();
    $<HTMLButtonElement>(el, '[part=save-billing]')!.click();
    await waitUntil(() => $(el, '[part=session-ended]'), undefined, settle);
    await signIn('bob@example.com', 'acme');
    await waitUntil(() => $(el, '#billing-name'), 'the form again', settle);
    const bob = mock.state.db.customers.find((c) => c.email === 'bob@example.com')!;
    expect($<HTMLInputElement>(el, '#billing-name')!.value).to.equal(bob.billing_name ?? '');
    expect(partTexts(el, 'profile')[0]).to.contain('bob@example.com');
  });
});
