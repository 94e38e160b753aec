import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import { http, HttpResponse } from 'msw';
import '../../../src/elements/portal-customer/define.js';
import type { PortalCustomer } from '../../../src/elements/portal-customer/portal-customer.js';
import { parseEmbedMessage } from '../../../src/payments/embed-protocol.js';
import { mock, mockAttrs, partTexts, signIn, useMockWorker } from '../support.js';

/**
 * Adding a card through Polar's card embed, against the mock's stand-in frame at Polar's path
 * (`mock-server/embed/`): the frame is a real page, typed into as a customer types, and every
 * message it posts is read back through the elements' own protocol parser.
 */

useMockWorker();

declare const axe: {
  run(context: Element, options: object): Promise<{ violations: { id: string }[] }>;
};

/**
 * axe on the element without descending into Polar's frame: the frame is another origin's page
 * (axe would wait for a copy of itself there), and its content is Polar's, not ours.
 */
async function expectAccessible(el: Element) {
  const { violations } = await axe.run(el, { iframes: false, resultTypes: ['violations'] });
  expect(violations.map((v) => v.id)).to.deep.equal([]);
}

async function accountOf(email: string, attrs = '') {
  const el = await fixture<PortalCustomer>(
    `<portal-customer ${mockAttrs('acme')} ${attrs}></portal-customer>`,
  );
  await signIn(email, 'acme');
  await waitUntil(
    () =>
      el.shadowRoot!.querySelector('[part=add-button]') &&
      !el.shadowRoot!.querySelector('[part=payment-methods] .skeleton'),
    'the payment methods',
  );
  return el;
}

const $ = <T extends HTMLElement = HTMLElement>(el: PortalCustomer, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const method = (el: PortalCustomer, last4: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=payment-method]')].find((li) =>
    li.textContent!.includes(last4),
  );
const inlineFrame = (el: PortalCustomer) =>
  el.querySelector<HTMLIFrameElement>(':scope > [slot=card-embed] > iframe');
const modalFrame = () => document.querySelector<HTMLIFrameElement>('body > iframe');
const frameDoc = (frame: HTMLIFrameElement) => frame.contentDocument!;
const alice = () => mock.state.db.customers.find((c) => c.email === 'alice@example.com')!;

/** Every message a frame posted to this page, as posted. */
const posted: unknown[] = [];
const record = (event: MessageEvent) => posted.push(event.data);
beforeEach(() => {
  posted.length = 0;
  window.addEventListener('message', record);
});
afterEach(() => {
  window.removeEventListener('message', record);
  modalFrame()?.remove();
});

/** Waits for the stand-in's card form inside `frame`. */
async function formIn(frame: HTMLIFrameElement) {
  await waitUntil(() => frame.contentDocument?.querySelector('#card-number'), 'the card form');
  return frameDoc(frame);
}

function type(doc: Document, id: string, value: string) {
  const input = doc.getElementById(id) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function fillCard(doc: Document, number: string) {
  type(doc, 'card-number', number);
  type(doc, 'card-expiry', '12/30');
  type(doc, 'card-cvc', '123');
  doc.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
}

/** What the frame posted, as `parseEmbedMessage` reads it: it must read every one of them. */
function events(): string[] {
  return posted
    .filter((data) => (data as { type?: string })?.type === 'POLAR_PAYMENT_METHOD')
    .map((data) => {
      const message = parseEmbedMessage(data);
      expect(message, JSON.stringify(data)).not.to.equal(null);
      return message!.event;
    });
}

describe('<portal-customer> adding a card through Polar’s embed', () => {
  it('opens the frame inline with Polar’s parameters, and the token is in no attribute', async () => {
    const el = await accountOf('alice@example.com', 'lang="de" theme="dark"');
    $<HTMLButtonElement>(el, '[part=add-button]')!.click();
    await waitUntil(() => inlineFrame(el), 'the frame');
    const frame = inlineFrame(el)!;
    expect(frame.hasAttribute('src'), 'no src attribute').to.equal(false);
    expect(frame.title).to.equal('Polars sicheres Kartenformular');
    expect($(el, '[part=card-entry] h4')!.textContent).to.equal('Karte hinzufügen');
    const doc = await formIn(frame);
    const url = new URL(frame.contentWindow!.location.href);
    expect(url.pathname).to.equal('/embed/payment-method');
    expect(Object.fromEntries(url.searchParams)).to.include({
      embed: 'true',
      embed_origin: location.origin,
      mode: 'inline',
      theme: 'dark',
      locale: 'de',
    });
    expect(url.searchParams.get('session_token')).to.match(/^polar_cst_/);
    expect(
      url.searchParams.has('set_default'),
      'Polar’s default: the new card is default',
    ).to.equal(false);
    expect(doc.documentElement.lang).to.equal('de');
    expect(doc.querySelector('button[type=submit]')!.textContent).to.equal('Karte speichern');
    const all = [...document.querySelectorAll('*')].flatMap((node) =>
      [...node.attributes].map((attr) => attr.value),
    );
    expect(all.some((value) => value.includes(url.searchParams.get('session_token')!))).to.equal(
      false,
    );
    await waitUntil(() => parseFloat(frame.style.height) > 100, 'sized to its content');
    expect(events()).to.include.members(['loaded', 'resize']);
    await expectAccessible(el);
  });

  it('adds a card: shown in the list, focused, confirmed, default, and the frame gone', async () => {
    const el = await accountOf('alice@example.com');
    $<HTMLButtonElement>(el, '[part=add-button]')!.click();
    await waitUntil(() => inlineFrame(el));
    const doc = await formIn(inlineFrame(el)!);
    const added = oneEvent(el, 'portal-payment-method-added');
    fillCard(doc, '4000 0566 5566 5556');
    const { detail } = await added;
    expect(JSON.stringify(detail)).to.contain('"last4":"5556"');
    await waitUntil(() => method(el, '5556'), 'the new card');
    expect(el.shadowRoot!.activeElement).to.equal(method(el, '5556'));
    expect(partTexts(el, 'outcome-success')[0]).to.contain('Visa ending in 5556 was added.');
    expect(method(el, '5556')!.querySelector('[part~=default-badge]')).not.to.equal(null);
    expect(inlineFrame(el)).to.equal(null);
    expect($(el, '[part=card-entry]')).to.equal(null);
    expect(alice().default_payment_method_id).to.equal(detail.id);
    expect(events().filter((e) => e !== 'resize')).to.deep.equal([
      'loaded',
      'confirmed',
      'success',
    ]);
  });

  it('goes through 3-D Secure inside the frame', async () => {
    const el = await accountOf('alice@example.com');
    $<HTMLButtonElement>(el, '[part=add-button]')!.click();
    await waitUntil(() => inlineFrame(el));
    const doc = await formIn(inlineFrame(el)!);
    fillCard(doc, '4000 0027 6000 3184');
    await waitUntil(() => doc.getElementById('challenge-text'), 'the bank’s challenge');
    expect(partTexts(el, 'card-entry-status')[0]).to.equal('Saving your card…');
    expect($<HTMLButtonElement>(el, '[part=card-entry-cancel]')!.disabled).to.equal(true);
    const button = [...doc.querySelectorAll('button')].find((b) =>
      b.textContent!.startsWith('Complete'),
    )!;
    button.click();
    await waitUntil(() => method(el, '3184'), 'the authenticated card');
    expect(partTexts(el, 'outcome-success')[0]).to.contain('Visa ending in 3184 was added.');
  });

  it('keeps the frame open with what to do when the card is declined, then cancels', async () => {
    const el = await accountOf('alice@example.com');
    $<HTMLButtonElement>(el, '[part=add-button]')!.click();
    await waitUntil(() => inlineFrame(el));
    const doc = await formIn(inlineFrame(el)!);
    fillCard(doc, '4000 0000 0000 0002');
    await waitUntil(() => $(el, '[part=card-entry-error]'), 'the refusal');
    expect(partTexts(el, 'card-entry-error')[0]).to.equal(
      'The card could not be saved. Check the details in the form, or try another card.',
    );
    // Polar's answer is shown in the frame, and what was typed is still there to correct.
    expect(doc.getElementById('card-error')!.textContent).to.contain('declined');
    expect((doc.getElementById('card-number') as HTMLInputElement).value).to.equal(
      '4000 0000 0000 0002',
    );
    expect(inlineFrame(el)).not.to.equal(null);
    await expectAccessible(el);
    $<HTMLButtonElement>(el, '[part=card-entry-cancel]')!.click();
    await el.updateComplete;
    expect(inlineFrame(el)).to.equal(null);
    await waitUntil(() => el.shadowRoot!.activeElement === $(el, '[part=add-button]'));
    expect(method(el, '0002')).to.equal(undefined);
    expect(mock.state.db.paymentMethods.filter((m) => m.last4 === '0002')).to.have.length(0);
  });

  it('marks the field Stripe refused in the frame, and saves nothing', async () => {
    const el = await accountOf('alice@example.com');
    $<HTMLButtonElement>(el, '[part=add-button]')!.click();
    await waitUntil(() => inlineFrame(el));
    const doc = await formIn(inlineFrame(el)!);
    const before = mock.state.db.paymentMethods.filter(() => true).length;
    fillCard(doc, '4242 4242 4242 4241'); // fails Luhn
    await waitUntil(() => doc.querySelector('[aria-invalid=true]'), 'the marked field');
    expect(doc.querySelector('[aria-invalid=true]')!.id).to.equal('card-number');
    expect(doc.activeElement!.id).to.equal('card-number');
    expect(mock.state.db.paymentMethods.filter(() => true).length).to.equal(before);
    expect(events()).not.to.include('confirmed');
  });

  it('ends the session when the frame’s token is refused', async () => {
    const el = await accountOf('alice@example.com');
    mock.worker.use(
      http.get('*/v1/customer-portal/customers/me', () =>
        HttpResponse.json({ error: 'Unauthorized', detail: 'Unauthorized' }, { status: 401 }),
      ),
    );
    $<HTMLButtonElement>(el, '[part=add-button]')!.click();
    await waitUntil(() => $(el, '[part=session-ended], [part=card-entry-error]'), 'the refusal');
    await waitUntil(() => $(el, '[part=session-ended]'), 'the session ended');
    expect(inlineFrame(el)).to.equal(null);
    expect(events()).to.include.members(['error', 'loaded']);
  });

  it('ignores messages that are not its frame’s', async () => {
    const el = await accountOf('alice@example.com');
    $<HTMLButtonElement>(el, '[part=add-button]')!.click();
    await waitUntil(() => inlineFrame(el));
    const frame = inlineFrame(el)!;
    await formIn(frame);
    const forged = {
      type: 'POLAR_PAYMENT_METHOD',
      event: 'success',
      paymentMethodId: alice().default_payment_method_id,
    };
    // From this page, from another frame of the same origin, and a malformed one from the frame.
    window.postMessage(forged, '*');
    const other = document.createElement('iframe');
    document.body.append(other);
    (other.contentWindow as Window & typeof globalThis).eval(
      `parent.postMessage(${JSON.stringify(forged)}, '*')`,
    );
    (frame.contentWindow as Window & typeof globalThis).eval(
      `parent.postMessage({ type: 'POLAR_PAYMENT_METHOD', event: 'success', paymentMethodId: '<img src=x onerror=alert(1)>' }, '*');
       parent.postMessage({ type: 'POLAR_PAYMENT_METHOD', event: 'resize', height: 'calc(100vh)' }, '*');
       parent.postMessage({ type: 'POLAR_PAYMENT_METHOD', event: 'error', code: 'constructor' }, '*');`,
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    other.remove();
    expect(inlineFrame(el), 'still open').to.equal(frame);
    expect($(el, '[part=card-entry]')).not.to.equal(null);
    expect(partTexts(el, 'outcome-success')).to.deep.equal([]);
  });

  it('closes when the frame says so, and focus goes back to the add button', async () => {
    const el = await accountOf('alice@example.com');
    $<HTMLButtonElement>(el, '[part=add-button]')!.click();
    await waitUntil(() => inlineFrame(el));
    const frame = inlineFrame(el)!;
    await formIn(frame);
    (frame.contentWindow as Window & typeof globalThis).eval(
      `parent.postMessage({ type: 'POLAR_PAYMENT_METHOD', event: 'close' }, '*')`,
    );
    await waitUntil(() => !inlineFrame(el), 'closed');
    expect($(el, '[part=card-entry]')).to.equal(null);
    await waitUntil(() => el.shadowRoot!.activeElement === $(el, '[part=add-button]'));
  });

  it('opens as Polar’s modal: focus stays in the frame, Escape closes, focus comes back', async () => {
    const el = await accountOf('alice@example.com', 'card-entry="modal"');
    const add = $<HTMLButtonElement>(el, '[part=add-button]')!;
    add.focus();
    add.click();
    await waitUntil(() => modalFrame(), 'the modal');
    const frame = modalFrame()!;
    expect(getComputedStyle(frame).position).to.equal('fixed');
    await formIn(frame);
    expect(
      new URL(frame.contentWindow!.location.href).searchParams.get('embed_return_url'),
    ).to.equal(location.href);
    await waitUntil(() => document.activeElement === frame, 'focus in the frame');
    expect(document.documentElement.style.overflow).to.equal('hidden');
    expect(frameDoc(frame).querySelector('[role=dialog] h1')!.textContent).to.equal(
      'Add payment method',
    );
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !modalFrame(), 'closed');
    expect(document.documentElement.style.overflow).to.equal('');
    await waitUntil(() => el.shadowRoot!.activeElement === add, 'focus back on the button');
    expect(events()).to.include('close');
  });

  it('adds a card from the modal and closes it', async () => {
    const el = await accountOf('alice@example.com', 'card-entry="modal"');
    $<HTMLButtonElement>(el, '[part=add-button]')!.click();
    await waitUntil(() => modalFrame());
    fillCard(await formIn(modalFrame()!), '4000 0566 5566 5556');
    await waitUntil(() => method(el, '5556'), 'the new card');
    expect(modalFrame()).to.equal(null);
    expect(partTexts(el, 'outcome-success')[0]).to.contain('Visa ending in 5556 was added.');
  });

  it('refuses a card-embed-origin that is not a secure origin, and says so', async () => {
    const el = await accountOf('alice@example.com', 'card-embed-origin="http://evil.example"');
    $<HTMLButtonElement>(el, '[part=add-button]')!.click();
    await waitUntil(() => $(el, '[part=card-entry-error]'));
    expect(partTexts(el, 'card-entry-error')[0]).to.contain('not a secure origin');
    expect(inlineFrame(el)).to.equal(null);
  });
});

describe('<portal-customer> after Polar’s modal came back from a redirect', () => {
  it('says how it ended and takes the parameter out of the address', async () => {
    const before = location.href;
    history.replaceState(null, '', `${location.pathname}?polar_payment_method_status=failed`);
    try {
      const el = await accountOf('alice@example.com');
      expect(partTexts(el, 'outcome-error')[0]).to.contain(
        'Your card could not be added. Nothing was saved; try again.',
      );
      expect(location.search).to.equal('');
    } finally {
      history.replaceState(null, '', before);
    }
  });
});
