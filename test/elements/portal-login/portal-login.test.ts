import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { createBrowserMock } from '../../../mock-server/browser.js';
import type { SeedSummary, SentEmail } from '../../../mock-server/index.js';
import { PortalClient } from '../../../src/api/client.js';
import '../../../src/elements/portal-login/define.js';
import type { PortalLogin } from '../../../src/elements/portal-login/portal-login.js';
import { getSession, resetSessions } from '../../../src/session/session.js';

const mock = createBrowserMock({ rateLimit: 'off' });
let seed: SeedSummary;
const org = (slug: string) => seed.organizations.find((o) => o.slug === slug)!.id;

before(async () => {
  await mock.worker.start({ quiet: true, onUnhandledRequest: 'error' });
  seed = (await (await fetch('/__dev/seed')).json()) as SeedSummary;
});
afterEach(() => {
  mock.worker.resetHandlers();
  mock.state.reset();
  resetSessions();
  sessionStorage.clear();
  localStorage.clear();
  document.documentElement.lang = 'en';
});
after(() => mock.worker.stop());

const $ = <T extends Element = HTMLElement>(el: PortalLogin, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const text = (el: PortalLogin) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

async function login(slug = 'acme', attrs = '') {
  const container = await fixture<HTMLDivElement>(
    `<div><portal-login api-base="${location.origin}" organization-id="${org(slug)}" persist="memory" ${attrs}></portal-login></div>`,
  );
  return container.querySelector('portal-login')!;
}

function type(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

async function latestCode(email: string): Promise<string> {
  await waitUntil(
    async () =>
      ((await (await fetch(`/__dev/emails?to=${email}`)).json()) as SentEmail[]).length > 0,
  );
  const [mail] = (await (await fetch(`/__dev/emails?to=${email}`)).json()) as SentEmail[];
  return mail!.code!;
}

async function submitEmail(el: PortalLogin, email: string) {
  type($<HTMLInputElement>(el, '#email')!, email);
  await el.updateComplete;
  $<HTMLButtonElement>(el, '[part=submit-button]')!.click();
}

const atStep = (el: PortalLogin, selector: string) =>
  waitUntil(() => $(el, selector), `waiting for ${selector}`);

/** The message of the step's visible outcome, without its dismiss button. */
const outcomeText = (el: PortalLogin, kind: 'success' | 'error') =>
  $(el, `[part=form] [part~=outcome-${kind}] > span`)?.textContent!.trim();

describe('<portal-login>', () => {
  it('signs in with the emailed code, keyboard only, and fires portal-signed-in without the token', async () => {
    const el = await login();
    await el.updateComplete;
    $<HTMLInputElement>(el, '#email')!.focus();
    await sendKeys({ type: 'alice@example.com' });
    await sendKeys({ press: 'Enter' });
    await atStep(el, '#code');
    await waitUntil(
      () => el.shadowRoot!.activeElement?.id === 'code',
      'focus moved to the code field',
    );
    expect($(el, '[role=status]')!.textContent!.trim()).to.equal(
      'We sent a code to alice@example.com.',
    );

    const code = await latestCode('alice@example.com');
    const signedIn = oneEvent(el, 'portal-signed-in');
    await sendKeys({ type: code }); // a complete code submits by itself
    const event = await signedIn;
    expect(event.detail).to.include({ email: 'alice@example.com', kind: 'customer' });
    expect(JSON.stringify(event.detail)).not.to.contain('polar_cst_');
    await waitUntil(() => $(el, '[part=signed-in]'));
    expect(text(el)).to.contain('Signed in as Alice Anders');
  });

  it('accepts a pasted code with spaces and lower case (Polar’s letter codes)', async () => {
    const el = await login();
    await submitEmail(el, 'alice@example.com');
    await atStep(el, '#code');
    const code = await latestCode('alice@example.com');
    const spaced = ` ${code.slice(0, 3)} ${code.slice(3)} `.toLowerCase();
    type($<HTMLInputElement>(el, '#code')!, spaced);
    await waitUntil(() => $(el, '[part=signed-in]'), 'signed in');
  });

  it('lets one email with several customers choose the account', async () => {
    const el = await login('teamly');
    await submitEmail(el, 'sam@example.com');
    await atStep(el, 'fieldset');
    const radios = el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]');
    expect([...radios].map((r) => r.parentElement!.textContent!.trim()).sort()).to.deep.equal([
      'Sam Stone',
      'Stone Studio',
    ]);
    await waitUntil(() => el.shadowRoot!.activeElement === radios[0], 'focus on the first account');
    const studio = [...radios].find((r) => r.parentElement!.textContent!.includes('Stone Studio'))!;
    studio.click();
    $<HTMLButtonElement>(el, '[part=submit-button]')!.click();
    await atStep(el, '#code');
    type($<HTMLInputElement>(el, '#code')!, await latestCode('sam@example.com'));
    await waitUntil(() => $(el, '[part=signed-in]'));
    expect(
      getSession({ apiBase: location.origin, organizationId: org('teamly') }).info!.customerId,
    ).to.equal(seed.customers.find((c) => c.name === 'Stone Studio')!.id);
  });

  it('a wrong code: a readable alert, the typed value kept, focus back on the field', async () => {
    const el = await login();
    await submitEmail(el, 'alice@example.com');
    await atStep(el, '#code');
    type($<HTMLInputElement>(el, '#code')!, '000000');
    await waitUntil(() => $(el, '[role=alert]'));
    expect($(el, '[role=alert]')!.textContent).to.contain('That code is wrong or has expired.');
    expect($<HTMLInputElement>(el, '#code')!.value).to.equal('000000');
    expect($<HTMLInputElement>(el, '#code')!.getAttribute('aria-invalid')).to.equal('true');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'code');
  });

  it('an expired code says so', async () => {
    const el = await login();
    await submitEmail(el, 'alice@example.com');
    await atStep(el, '#code');
    const code = await latestCode('alice@example.com');
    mock.state.clock.offsetMs += 31 * 60_000;
    type($<HTMLInputElement>(el, '#code')!, code);
    await waitUntil(() => $(el, '[role=alert]'));
    expect($(el, '[role=alert]')!.textContent).to.contain('wrong or has expired');
  });

  it('network down: a readable error, and trying again works', async () => {
    mock.worker.use(
      http.post('*/v1/customer-portal/customer-session/request', () => HttpResponse.error()),
    );
    const el = await login();
    await submitEmail(el, 'alice@example.com');
    await waitUntil(() => $(el, '[role=alert]'));
    expect($(el, '[role=alert]')!.textContent).to.contain('could not reach the server');
    mock.worker.resetHandlers();
    $<HTMLButtonElement>(el, '[part=submit-button]')!.click();
    await atStep(el, '#code');
  });

  it('a refused step: the error beside the form, dismissable, the email kept', async () => {
    mock.worker.use(
      http.post('*/v1/customer-portal/customer-session/request', () => HttpResponse.error()),
    );
    const el = await login();
    await submitEmail(el, 'alice@example.com');
    await waitUntil(() => outcomeText(el, 'error'), 'the error beside the form');
    const outcome = $(el, '[part=form] [part~=outcome]')!;
    expect(outcome.getAttribute('role')).to.equal('alert');
    expect($(el, '#email')!.getAttribute('aria-describedby')).to.equal('outcome email-hint');
    outcome.querySelector<HTMLButtonElement>('[part=dismiss-button]')!.click();
    await waitUntil(() => !$(el, '[part~=outcome]'), 'dismissed');
    expect($<HTMLInputElement>(el, '#email')!.value).to.equal('alice@example.com');
    expect($(el, '#email')!.getAttribute('aria-invalid')).to.equal('false');
  });

  it('offers a new code after the countdown, and shows beside the form that it was sent', async () => {
    const el = await login();
    await submitEmail(el, 'alice@example.com');
    await atStep(el, '#code');
    const resend = () => $<HTMLButtonElement>(el, '[part=secondary-button]')!;
    expect(resend().textContent!.trim()).to.equal('Send a new code in 30 s');
    expect(resend().disabled).to.equal(true);
    const realNow = Date.now;
    Date.now = () => realNow() + 31_000;
    try {
      await waitUntil(() => !resend().disabled, 'the countdown ended', { timeout: 2000 });
      expect(resend().textContent!.trim()).to.equal('Send a new code');
      resend().click();
      const sent = 'A new code is on its way to alice@example.com.';
      await waitUntil(() => outcomeText(el, 'success'), 'the confirmation');
      expect(outcomeText(el, 'success')).to.equal(sent);
      expect($(el, '[part=announcement]')!.textContent!.trim()).to.equal(sent);
      expect(resend().disabled, 'a new countdown').to.equal(true);
      expect(
        ((await (await fetch('/__dev/emails?to=alice@example.com')).json()) as SentEmail[]).length,
      ).to.equal(2);
      $<HTMLButtonElement>(el, '[part~=outcome] [part=dismiss-button]')!.click();
      await waitUntil(() => !$(el, '[part~=outcome]'), 'dismissed');
    } finally {
      Date.now = realNow;
    }
  });

  it('signing out says so beside an empty form, with focus on the email', async () => {
    const el = await login();
    await submitEmail(el, 'alice@example.com');
    await atStep(el, '#code');
    type($<HTMLInputElement>(el, '#code')!, await latestCode('alice@example.com'));
    await waitUntil(() => $(el, '[part=signed-in]'));
    const signOut = $<HTMLButtonElement>(el, '[part=signed-in] button')!;
    signOut.focus();
    const signedOut = oneEvent(el, 'portal-signed-out');
    signOut.click();
    await signedOut;
    await atStep(el, '#email');
    expect(outcomeText(el, 'success')).to.equal('You are signed out.');
    expect($(el, '[part=announcement]')!.getAttribute('role')).to.equal('status');
    expect($(el, '[part=announcement]')!.textContent!.trim()).to.equal('You are signed out.');
    expect($(el, '[part=status]'), 'the live region is no longer part "status"').to.equal(null);
    expect($<HTMLInputElement>(el, '#email')!.value, 'a sign-out starts over').to.equal('');
    expect($(el, '[part=session-ended]')).to.equal(null);
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'email', 'focus on the email');
  });

  it('starts signed in from a session-token attribute, and drops the attribute', async () => {
    const api = new PortalClient({ baseUrl: location.origin });
    await api.requestCode({ email: 'bob@example.com', organization_id: org('acme') });
    const { token } = await api.authenticate(await latestCode('bob@example.com'));
    const el = await login('acme', `session-token="${token}"`);
    await waitUntil(() => $(el, '[part=signed-in]'), 'signed in from the attribute');
    expect(el.hasAttribute('session-token')).to.equal(false);
    expect(el.outerHTML).not.to.contain('polar_cst_');
  });

  it('uses a getSessionToken callback', async () => {
    const el = await login();
    el.getSessionToken = async () => {
      const api = new PortalClient({ baseUrl: location.origin });
      await api.requestCode({ email: 'carol@example.com', organization_id: org('acme') });
      return (await api.authenticate(await latestCode('carol@example.com'))).token;
    };
    await waitUntil(() => $(el, '[part=signed-in]'), 'signed in through the callback');
    expect(text(el)).to.contain('Carol Chen');
  });

  it('a 401 anywhere signs out every element of the session', async () => {
    const first = await login();
    const second = await login();
    await submitEmail(first, 'alice@example.com');
    await atStep(first, '#code');
    type($<HTMLInputElement>(first, '#code')!, await latestCode('alice@example.com'));
    await waitUntil(() => $(second, '[part=signed-in]'), 'the sibling shares the session');
    await fetch('/__dev/reset', { method: 'POST' });
    const expired = oneEvent(second, 'portal-session-expired');
    await getSession({ apiBase: location.origin, organizationId: org('acme') })
      .client.getCustomer()
      .catch(() => undefined);
    await expired;
    await waitUntil(() => $(first, '#email') && $(second, '#email'), 'both back to the email step');
  });

  it('persist="local" keeps the session in localStorage', async () => {
    const el = await login('acme', '');
    el.persist = 'local';
    await submitEmail(el, 'alice@example.com');
    await atStep(el, '#code');
    type($<HTMLInputElement>(el, '#code')!, await latestCode('alice@example.com'));
    await waitUntil(() => $(el, '[part=signed-in]'));
    expect(
      Object.keys(localStorage).some((k) => k.startsWith('portal-elements:session:')),
    ).to.equal(true);
    expect(sessionStorage.length).to.equal(0);
  });

  it('has no axe violations at any step', async () => {
    const el = await login('teamly');
    await expect(el).to.be.accessible();
    await submitEmail(el, 'sam@example.com');
    await atStep(el, 'fieldset');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part=submit-button]')!.click();
    await atStep(el, '#code');
    await expect(el).to.be.accessible();
    type($<HTMLInputElement>(el, '#code')!, '000000');
    await waitUntil(() => $(el, '[role=alert]'));
    await expect(el).to.be.accessible();
    type($<HTMLInputElement>(el, '#code')!, await latestCode('sam@example.com'));
    await waitUntil(() => $(el, '[part=signed-in]'));
    await expect(el).to.be.accessible();
  });

  it('speaks the language of its nearest lang ancestor, and follows the document’s', async () => {
    const container = await fixture<HTMLDivElement>(
      `<div lang="de"><portal-login api-base="${location.origin}" organization-id="${org('acme')}" persist="memory"></portal-login></div>`,
    );
    const el = container.querySelector('portal-login')!;
    await el.updateComplete;
    expect($(el, 'h2')!.textContent).to.equal('Bei Ihrem Konto anmelden');
    const english = await login();
    expect($(english, 'h2')!.textContent).to.equal('Sign in to your account');
    document.documentElement.lang = 'de';
    await waitUntil(
      () => $(english, 'h2')!.textContent === 'Bei Ihrem Konto anmelden',
      'the document language switch',
    );
  });

  it('reflects its theme for the dark palette', async () => {
    const el = await login('acme', 'theme="dark"');
    const light = await login();
    const background = (e: PortalLogin) => getComputedStyle(e).backgroundColor;
    expect(background(el)).not.to.equal(background(light));
    el.theme = 'light';
    await el.updateComplete;
    expect(background(el)).to.equal(background(light));
  });
});
