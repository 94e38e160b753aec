import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import type { SentEmail } from '../../../mock-server/index.js';
import '../../../src/elements/portal-login/define.js';
import type { PortalLogin } from '../../../src/elements/portal-login/portal-login.js';
import { PortalElement } from '../../../src/internal/portal-element.js';
import { getSession } from '../../../src/session/session.js';
import { mockAttrs, org, signIn, useMockWorker } from '../support.js';

useMockWorker();

/** Any element of the session: it shows `renderSignedOut`, with its "Sign in again" button. */
class SignedOutProbe extends PortalElement {
  override render() {
    return this.sessions.signedIn ? html`<p>Signed in</p>` : this.renderSignedOut('Sign in.');
  }
}
customElements.define('signed-out-probe', SignedOutProbe);

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const session = () => getSession({ apiBase: location.origin, organizationId: org('acme') });

function type(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

async function latestCode(email: string): Promise<string> {
  const [mail] = (await (
    await fetch(`/__dev/emails?to=${encodeURIComponent(email)}`)
  ).json()) as SentEmail[];
  return mail!.code!;
}

/** Moves the mock past the session's hour (`POST /__dev/clock`), then lets a call find out. */
async function expireSession(): Promise<void> {
  const moved = await fetch('/__dev/clock', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ advance_seconds: 61 * 60 }),
  });
  expect(moved.status).to.equal(200);
  await session()
    .client.getCustomer()
    .catch(() => undefined);
}

async function signedInLogin(): Promise<PortalLogin> {
  const el = await fixture<PortalLogin>(`<portal-login ${mockAttrs('acme')}></portal-login>`);
  await signIn('alice@example.com', 'acme');
  await waitUntil(() => $(el, '[part=signed-in]'), 'signed in');
  return el;
}

const ENDED = 'Your session has ended. Sign in again to continue where you left off.';

describe('<portal-login> when the session ends', () => {
  it('says why, with the same person’s email typed, and signs them in again', async () => {
    const el = await signedInLogin();
    const expired = oneEvent(el, 'portal-session-expired');
    await expireSession();
    await expired;
    await waitUntil(() => $(el, '#email'), 'the sign-in form');
    expect($<HTMLInputElement>(el, '#email')!.value).to.equal('alice@example.com');
    expect($(el, '[part=form] [part=session-ended]')!.textContent!.trim()).to.equal(ENDED);
    expect($(el, '[part=announcement]')!.textContent!.trim()).to.equal(ENDED);
    expect($<HTMLButtonElement>(el, '[part=submit-button]')!.disabled).to.equal(false);
    await expect(el).to.be.accessible();

    $<HTMLButtonElement>(el, '[part=submit-button]')!.click();
    await waitUntil(() => $(el, '#code'), 'the code step');
    type($<HTMLInputElement>(el, '#code')!, await latestCode('alice@example.com'));
    await waitUntil(() => $(el, '[part=signed-in]'), 'signed in again');
    expect(session().info!.email).to.equal('alice@example.com');
    session().signOut();
    await waitUntil(() => $(el, '#email'));
    expect($(el, '[part=session-ended]'), 'not after a sign-out on purpose').to.equal(null);
  });

  it('leaves focus where the customer is', async () => {
    const el = await signedInLogin();
    const outside = await fixture<HTMLButtonElement>(html`<button>Elsewhere</button>`);
    outside.focus();
    await expireSession();
    await waitUntil(() => $(el, '#email'), 'the sign-in form');
    await el.updateComplete;
    expect(document.activeElement).to.equal(outside);
  });

  it('“Sign in again” in another element brings focus to the email, ready to send', async () => {
    const attrs = mockAttrs('acme');
    const page = await fixture<HTMLDivElement>(
      `<div><signed-out-probe ${attrs}></signed-out-probe><portal-login ${attrs}></portal-login></div>`,
    );
    const probe = page.querySelector('signed-out-probe')!;
    const login = page.querySelector('portal-login')!;
    await signIn('alice@example.com', 'acme');
    await waitUntil(() => $(login, '[part=signed-in]'), 'signed in');
    await expireSession();
    await waitUntil(
      () => $(probe, '[part=sign-in-again-button]'),
      'the probe’s session-ended panel',
    );
    expect(login.shadowRoot!.activeElement, 'the login did not take focus by itself').to.equal(
      null,
    );

    const requested = oneEvent(probe, 'portal-sign-in-requested');
    $<HTMLButtonElement>(probe, '[part=sign-in-again-button]')!.focus();
    await sendKeys({ press: 'Enter' });
    expect((await requested).detail.email).to.equal('alice@example.com');
    await waitUntil(() => login.shadowRoot!.activeElement?.id === 'email', 'focus on the email');
    expect(document.activeElement).to.equal(login);
    expect($<HTMLInputElement>(login, '#email')!.value).to.equal('alice@example.com');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(login, '#code'), 'the code is on its way');
  });

  it('session.requestSignIn() focuses the step the login is at', async () => {
    const el = await fixture<PortalLogin>(`<portal-login ${mockAttrs('acme')}></portal-login>`);
    type($<HTMLInputElement>(el, '#email')!, 'alice@example.com');
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[part=submit-button]')!.click();
    await waitUntil(() => $(el, '#code'), 'the code step');
    $<HTMLInputElement>(el, '#code')!.blur();
    session().requestSignIn();
    expect(el.shadowRoot!.activeElement?.id).to.equal('code');
  });
});
