import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { SentEmail } from '../../../mock-server/index.js';
import '../../../src/elements/customer-portal/define.js';
import type { CustomerPortal } from '../../../src/elements/customer-portal/customer-portal.js';
import type { PortalLogin } from '../../../src/elements/portal-login/portal-login.js';
import { mockAttrs, signIn, useMockWorker } from '../support.js';

useMockWorker();

const ENDED = 'Your session has ended. Sign in again to continue where you left off.';
const TYPED = 'Anders Consulting GmbH';

const inShadow = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot?.querySelector<T>(selector) ?? null;
const loginOf = (el: CustomerPortal) => inShadow<PortalLogin>(el, 'portal-login')!;
const customerView = (el: CustomerPortal) => inShadow(el, 'portal-customer');
const billingName = (el: CustomerPortal) =>
  inShadow<HTMLInputElement>(customerView(el)!, '#billing-name');
const selectedTab = (el: CustomerPortal) =>
  inShadow<HTMLButtonElement>(el, '[role=tab][aria-selected=true]')!;
const tabsShown = (el: CustomerPortal) =>
  inShadow(el, '[role=tablist]')?.checkVisibility() ?? false;

function type(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** Signed in, at the Account tab, with a billing name typed and not saved. */
async function typingBillingDetails(): Promise<CustomerPortal> {
  const el = await fixture<CustomerPortal>(
    `<customer-portal ${mockAttrs('acme')}></customer-portal>`,
  );
  await signIn('alice@example.com', 'acme');
  await waitUntil(() => tabsShown(el), 'the tabs');
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role=tab]')]
    .find((tab) => tab.textContent!.trim() === 'Account')!
    .click();
  await waitUntil(() => customerView(el) && billingName(el), 'the billing form', { timeout: 4000 });
  type(billingName(el)!, TYPED);
  return el;
}

/** Past the session's hour on the mock's clock (`POST /__dev/clock`). */
async function advancePastSession(): Promise<void> {
  const moved = await fetch('/__dev/clock', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ advance_seconds: 61 * 60 }),
  });
  expect(moved.status).to.equal(200);
}

/** Tries to save the billing details: the API answers 401, the session ends everywhere. */
async function saveIntoExpiry(el: CustomerPortal): Promise<void> {
  const save = inShadow<HTMLButtonElement>(customerView(el)!, '[part=save-billing]')!;
  save.focus();
  save.click();
  await waitUntil(() => inShadow(loginOf(el), '#email'), 'the sign-in form', { timeout: 4000 });
}

/** Signs in through the portal's own form, as the customer would; `email` replaces the typed one. */
async function signInAgain(el: CustomerPortal, email?: string): Promise<void> {
  const login = loginOf(el);
  if (email) type(inShadow<HTMLInputElement>(login, '#email')!, email);
  await login.updateComplete;
  inShadow<HTMLButtonElement>(login, '[part=submit-button]')!.click();
  await waitUntil(() => inShadow(login, '#code'), 'the code step');
  const to = email ?? 'alice@example.com';
  const [mail] = (await (
    await fetch(`/__dev/emails?to=${encodeURIComponent(to)}`)
  ).json()) as SentEmail[];
  type(inShadow<HTMLInputElement>(login, '#code')!, mail!.code!);
  await waitUntil(() => tabsShown(el), 'the tabs again', { timeout: 4000 });
}

describe('<customer-portal> when the session ends mid-action', () => {
  it('signs the same customer in again at the same tab, with what they typed', async () => {
    const el = await typingBillingDetails();
    const view = customerView(el)!;
    await advancePastSession();
    await saveIntoExpiry(el);

    const login = loginOf(el);
    expect(inShadow<HTMLInputElement>(login, '#email')!.value).to.equal('alice@example.com');
    expect(inShadow(login, '[part=session-ended]')!.textContent!.trim()).to.equal(ENDED);
    expect(tabsShown(el), 'the panels wait, hidden').to.equal(false);
    // (`===`: chai would print the whole element graph on a failure.)
    expect(customerView(el) === view, 'the view is kept').to.equal(true);
    await waitUntil(
      () => login.shadowRoot!.activeElement?.id === 'email',
      'focus moved from the hidden panel to the sign-in',
    );

    await signInAgain(el);
    expect(selectedTab(el).textContent!.trim()).to.equal('Account');
    expect(el.view).to.equal('customer');
    expect(customerView(el) === view, 'the same view, not a new one').to.equal(true);
    await waitUntil(() => el.shadowRoot!.activeElement === selectedTab(el), 'focus on the tab');
    await waitUntil(() => billingName(el), 'the billing form again', { timeout: 4000 });
    expect(billingName(el)!.value, 'the typed billing name').to.equal(TYPED);
  });

  it('gives a different customer fresh panels', async () => {
    const el = await typingBillingDetails();
    const view = customerView(el)!;
    await advancePastSession();
    await saveIntoExpiry(el);

    await signInAgain(el, 'bob@example.com');
    expect(customerView(el) === view, 'a new view').to.equal(false);
    expect(
      el.shadowRoot!.querySelectorAll('[role=tabpanel]'),
      'only the open tab’s panel, none of alice’s',
    ).to.have.length(1);
    await waitUntil(() => billingName(el), 'bob’s billing form', { timeout: 4000 });
    expect(billingName(el)!.value).not.to.equal(TYPED);
    expect(inShadow(loginOf(el), '[part=signed-in]')!.textContent).to.contain('Bob');
  });
});
