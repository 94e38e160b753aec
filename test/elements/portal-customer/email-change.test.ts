import { expect, fixture, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../../src/elements/portal-customer/define.js';
import type { PortalCustomer } from '../../../src/elements/portal-customer/portal-customer.js';
import type { SentEmail } from '../../../mock-server/index.js';
import { mock, mockAttrs, partTexts, signIn, useMockWorker } from '../support.js';

/**
 * The email change of `<portal-customer>` as Polar runs it: a link to the new address, opened
 * on Polar's page; the element says where it went, that the change waits for it and that a new
 * request (the same address again, or another) cancels it.
 */

useMockWorker();

const settle = { timeout: 4000 };
const CHECK = '/v1/customer-portal/customers/me/email-update/check';

async function accountOf(email: string, lang = 'en') {
  const wrapper = await fixture<HTMLDivElement>(
    `<div lang="${lang}"><portal-customer ${mockAttrs('acme')}></portal-customer></div>`,
  );
  const el = wrapper.querySelector('portal-customer')!;
  await signIn(email, 'acme');
  // Offered once the organization's settings say it allows email changes.
  await waitUntil(() => $(el, '[part=change-email]'), 'the button', settle);
  return el;
}

const $ = <T extends Element = HTMLElement>(el: PortalCustomer, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);

function type(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

/** Opens the form, types `email`, sends, and waits for the element to settle. */
async function requestChange(el: PortalCustomer, email: string) {
  $<HTMLButtonElement>(el, '[part=change-email]')!.click();
  await waitUntil(() => $(el, '#new-email'), 'the form', settle);
  type($<HTMLInputElement>(el, '#new-email')!, email);
  $<HTMLButtonElement>(el, '[part=email-form] button[type=submit]')!.click();
}

const mailbox = async (to: string) =>
  (await (await fetch(`/__dev/emails?to=${encodeURIComponent(to)}`)).json()) as SentEmail[];
const tokenStatus = async (token: string) =>
  (await fetch(`${CHECK}?${new URLSearchParams({ token })}`)).status;

describe('<portal-customer> email change', function () {
  this.timeout(20000);

  it('says where the link went, that the change waits for it, and that a new request cancels it', async () => {
    const el = await accountOf('alice@example.com');
    await requestChange(el, 'alice.new@example.com');
    await waitUntil(() => $(el, '[part=email-pending]'), 'the pending link', settle);
    const text = partTexts(el, 'email-pending')[0]!;
    expect(text).to.contain('We sent a link to alice.new@example.com');
    expect(text).to.contain('your email changes only once you do');
    expect(text).to.contain('A new request cancels this link');
    expect(partTexts(el, 'announcement')[0]).to.contain('We sent a link to alice.new@example.com');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part=resend-email]'));
    expect($(el, '[part=resend-email]')!.getAttribute('aria-describedby')).to.equal(
      'email-pending-text',
    );
    // The email itself is unchanged until the link is opened.
    expect(partTexts(el, 'profile')[0]).to.contain('alice@example.com');
    const [mail] = await mailbox('alice.new@example.com');
    expect(mail!.text).to.contain(`${location.origin}/acme/portal/verify-email?token=polar_cev_`);
    await expect(el).to.be.accessible();
  });

  it('sends a new link on request, and says the one before no longer works (it does not)', async () => {
    const el = await accountOf('alice@example.com');
    await requestChange(el, 'alice.new@example.com');
    await waitUntil(() => $(el, '[part=resend-email]'), 'the resend button', settle);
    const [first] = await mailbox('alice.new@example.com');
    expect(await tokenStatus(first!.code!)).to.equal(204);
    $<HTMLButtonElement>(el, '[part=resend-email]')!.click();
    await waitUntil(
      () => partTexts(el, 'announcement')[0]?.includes('The link sent before no longer works'),
      'the resend announced',
      settle,
    );
    expect(partTexts(el, 'announcement')[0]).to.contain('new link to alice.new@example.com');
    const mails = await mailbox('alice.new@example.com');
    expect(mails).to.have.length(2);
    expect(await tokenStatus(first!.code!)).to.equal(401);
    expect(await tokenStatus(mails[0]!.code!)).to.equal(204);
    await waitUntil(() => el.shadowRoot!.activeElement === $(el, '[part=resend-email]'));
  });

  it('asking again brings the pending address back and says sending cancels its link', async () => {
    const el = await accountOf('alice@example.com');
    await requestChange(el, 'alice.nwe@example.com');
    await waitUntil(() => $(el, '[part=email-pending]'), 'the pending link', settle);
    $<HTMLButtonElement>(el, '[part=change-email]')!.click();
    await waitUntil(() => $(el, '#new-email'), 'the form', settle);
    const input = $<HTMLInputElement>(el, '#new-email')!;
    expect(input.value).to.equal('alice.nwe@example.com');
    expect(input.getAttribute('aria-describedby')).to.equal('new-email-cancels');
    expect($(el, '#new-email-cancels')!.textContent).to.contain(
      'Sending cancels the link sent to alice.nwe@example.com',
    );
    await expect(el).to.be.accessible();
  });

  it('keeps what was typed when the request fails, and shows why', async () => {
    mock.worker.use(
      http.post('*/v1/customer-portal/customers/me/email-update/request', () =>
        HttpResponse.json({ error: 'Boom', detail: 'Email is down' }, { status: 500 }),
      ),
    );
    const el = await accountOf('alice@example.com');
    await requestChange(el, 'alice.new@example.com');
    await waitUntil(() => $(el, '[part=profile] [part~=outcome-error]'), 'the error', settle);
    expect($(el, '[part~=outcome-error]')!.getAttribute('role')).to.equal('alert');
    expect(partTexts(el, 'outcome-error')[0]).to.contain('Email is down');
    expect($<HTMLInputElement>(el, '#new-email')!.value).to.equal('alice.new@example.com');
    expect($(el, '[part=email-pending]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  for (const [lang, sent, resend] of [
    ['de', 'Wir haben einen Link an alice.new@example.com gesendet', 'Neuen Link senden'],
    ['es', 'Enviamos un enlace a alice.new@example.com', 'Enviar un enlace nuevo'],
  ] as const) {
    it(`speaks ${lang}`, async () => {
      const el = await accountOf('alice@example.com', lang);
      await requestChange(el, 'alice.new@example.com');
      await waitUntil(() => $(el, '[part=email-pending]'), 'the pending link', settle);
      expect(partTexts(el, 'email-pending')[0]).to.contain(sent);
      expect(partTexts(el, 'resend-email')[0]).to.equal(resend);
    });
  }
});
