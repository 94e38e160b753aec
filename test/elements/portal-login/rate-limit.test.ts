import { expect, fixture, waitUntil } from '@open-wc/testing';
import { createBrowserMock } from '../../../mock-server/browser.js';
import { PortalClient } from '../../../src/api/client.js';
import '../../../src/elements/portal-login/define.js';
import type { PortalLogin } from '../../../src/elements/portal-login/portal-login.js';
import { runMockWorker } from '../support.js';

/**
 * Sign-in under Polar's limiter, with the mock's own limiter on: the `customer-session-login`
 * zone allows 6 requests a minute, then blocks for 15 minutes (`server/polar/rate_limit.py`).
 * The 429 carries `Retry-After`, which Polar's CORS does not expose, and the browser mock
 * answers as a merchant's page sees it: the element cannot know the wait.
 */

const mock = createBrowserMock({ rateLimit: 'polar' });
const seed = runMockWorker(mock);
const org = (slug: string) => seed().organizations.find((o) => o.slug === slug)!.id;

const $ = <T extends Element = HTMLElement>(el: PortalLogin, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const outcomeText = (el: PortalLogin) =>
  $(el, '[part=form] [part~=outcome-error] > span')?.textContent!.trim();
const submitLabel = (el: PortalLogin) => $(el, '[part=submit-button]')!.textContent!.trim();

async function login(lang: string) {
  const container = await fixture<HTMLDivElement>(
    `<div lang="${lang}"><portal-login api-base="${location.origin}" organization-id="${org('acme')}" persist="memory"></portal-login></div>`,
  );
  return container.querySelector('portal-login')!;
}

/** Uses up the sign-in zone's minute: six code requests, all accepted. */
async function useUpTheMinute() {
  const api = new PortalClient({ baseUrl: location.origin });
  for (let i = 0; i < 6; i++)
    await api.requestCode({ email: 'alice@example.com', organization_id: org('acme') });
}

async function submitEmail(el: PortalLogin, email: string) {
  const input = $<HTMLInputElement>(el, '#email')!;
  input.value = email;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  $<HTMLButtonElement>(el, '[part=submit-button]')!.click();
  await waitUntil(() => outcomeText(el), 'the refusal beside the form');
}

const BLOCKED = {
  en: ['Too many sign-in attempts. Signing in may be blocked for up to 15 minutes.', 'Send code'],
  de: [
    'Zu viele Anmeldeversuche. Die Anmeldung kann bis zu 15 Minuten gesperrt sein.',
    'Code senden',
  ],
  es: [
    'Demasiados intentos de inicio de sesión. El acceso puede quedar bloqueado hasta 15 minutos.',
    'Enviar código',
  ],
};

describe('<portal-login> under Polar’s sign-in limit', () => {
  for (const [lang, [message, sendCode]] of Object.entries(BLOCKED)) {
    it(`says the block may last up to 15 minutes and counts nothing down (${lang})`, async () => {
      await useUpTheMinute();
      const el = await login(lang);
      await submitEmail(el, 'alice@example.com');
      expect(outcomeText(el)).to.equal(message);
      expect($<HTMLInputElement>(el, '#email')!.value).to.equal('alice@example.com');
      // No countdown: the page was not told when the block ends.
      await new Promise((resolve) => setTimeout(resolve, 1100));
      expect(submitLabel(el)).to.equal(sendCode);
      expect($<HTMLButtonElement>(el, '[part=submit-button]')!.disabled).to.equal(false);
      expect(el.shadowRoot!.textContent).not.to.match(/\d+:\d\d/);
      await expect(el).to.be.accessible();
    });
  }

  it('counts down only a wait the answer let the page read (a same-origin proxy passing Retry-After on)', async () => {
    const original = window.fetch;
    window.fetch = async (input, init) => {
      if (
        String(input instanceof Request ? input.url : input).endsWith('/customer-session/request')
      )
        return new Response(null, { status: 429, headers: { 'retry-after': '90' } });
      return original(input, init);
    };
    try {
      const el = await login('en');
      await submitEmail(el, 'alice@example.com');
      expect(outcomeText(el)).to.equal('Too many attempts. Try again in 2 min.');
      const button = $<HTMLButtonElement>(el, '[part=submit-button]')!;
      expect(button.disabled).to.equal(true);
      expect(submitLabel(el)).to.match(/^Try again in 1:(30|29)$/);
      await waitUntil(() => /^Try again in 1:2\d$/.test(submitLabel(el)), 'the countdown', {
        timeout: 3000,
      });
    } finally {
      window.fetch = original;
    }
  });
});
