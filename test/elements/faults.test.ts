import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { mock, mockAttrs, signIn, useMockWorker } from './support.js';

/**
 * Fault injection: with the mock's fault switch on (`/__dev/faults`: a share of 500s and of
 * dropped connections), every element ends in an error with a retry, never a blank or a spinner
 * that turns forever; with the faults off again, the retry recovers.
 */

useMockWorker();

const ELEMENTS = [
  { tag: 'portal-subscriptions', email: 'alice@example.com', slug: 'acme', ready: '[part=list]' },
  { tag: 'portal-orders', email: 'alice@example.com', slug: 'acme', ready: '[part=list]' },
  { tag: 'portal-customer', email: 'alice@example.com', slug: 'acme', ready: '[part=profile]' },
  { tag: 'portal-benefits', email: 'alice@example.com', slug: 'acme', ready: '[part=group]' },
  {
    tag: 'portal-seats',
    email: 'olivia@northwind.example',
    slug: 'teamly',
    ready: '[part=list]',
  },
];

const FAULTS = [
  { name: 'every request a 500', faults: { error_rate: 1, drop_rate: 0 } },
  { name: 'every connection dropped', faults: { error_rate: 0, drop_rate: 1 } },
  { name: 'half 500s, half dropped', faults: { error_rate: 0.5, drop_rate: 0.5 } },
];

const SETTLE = { timeout: 8000 };
const query = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);

async function signedInElement(tag: string, email: string, slug: string) {
  await signIn(email, slug); // before the faults: the sign-in goes through the same API
  return (faults: { error_rate: number; drop_rate: number }) => {
    mock.state.faults = faults;
    return fixture<HTMLElement>(`<${tag} ${mockAttrs(slug)}></${tag}>`);
  };
}

for (const { tag, email, slug, ready } of ELEMENTS) {
  describe(`<${tag}> under injected faults`, function () {
    // Each wait may take SETTLE: the client's backoff (3 attempts) runs for every resource an
    // element shows, before the error or the content; mocha's 5 s default is shorter than that.
    this.timeout(3 * SETTLE.timeout);
    for (const { name, faults } of FAULTS) {
      it(`${name}: shows a readable error with a retry that recovers`, async () => {
        const el = await (await signedInElement(tag, email, slug))(faults);
        await waitUntil(() => query(el, '[part=error]'), 'an error state', SETTLE);
        expect(query(el, '[part=loading]'), 'no spinner left').to.equal(null);
        const error = query(el, '[part=error]')!;
        const message = error.querySelector('[role=alert]')!.textContent!.trim();
        expect(message).to.match(/\w{3,}/);
        expect(message).not.to.match(/undefined|\[object|TypeError/);
        const retry = error.querySelector('button')!;
        expect(retry.textContent!.trim()).to.equal('Try again');

        mock.state.faults = { error_rate: 0, drop_rate: 0 };
        retry.click();
        await waitUntil(() => query(el, ready) && !query(el, '[part=error]'), 'recovered', SETTLE);
        await expect(el).to.be.accessible();
      });
    }

    it('with a share of faults, always settles: content or an error, never a spinner', async () => {
      const open = await signedInElement(tag, email, slug);
      for (let i = 0; i < 6; i++) {
        const el = await open({ error_rate: 0.3, drop_rate: 0.3 });
        await waitUntil(
          () => !query(el, '[part=loading]') && (query(el, ready) || query(el, '[part=error]')),
          'settled',
          SETTLE,
        );
        el.remove();
      }
    });
  });
}
