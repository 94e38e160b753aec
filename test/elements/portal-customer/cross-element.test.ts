import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../../src/elements/portal-customer/define.js';
import type { PortalCustomer } from '../../../src/elements/portal-customer/portal-customer.js';
import { mockAttrs, signIn, useMockWorker } from '../support.js';

/**
 * Two `<portal-customer>` of the same session on one page (a header widget and the account
 * page, say): a change made in one shows in the other at once, with no reload, because both
 * read the session's one store.
 */

useMockWorker();

/** Room for a write and the reloads it causes, on a busy machine. */
const settle = { timeout: 4000 };

async function twoAccounts(): Promise<[PortalCustomer, PortalCustomer]> {
  const page = await fixture<HTMLDivElement>(
    `<div>
      <portal-customer ${mockAttrs('acme')}></portal-customer>
      <portal-customer ${mockAttrs('acme')} lang="de"></portal-customer>
    </div>`,
  );
  const [first, second] = [...page.querySelectorAll('portal-customer')];
  await signIn('alice@example.com', 'acme');
  for (const el of [first!, second!])
    await waitUntil(() => method(el, '4444'), 'the cards of both', settle);
  return [first!, second!];
}

const method = (el: PortalCustomer, last4: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=payment-method]')].find((li) =>
    li.textContent!.includes(last4),
  );
const isDefault = (el: PortalCustomer, last4: string) =>
  method(el, last4)?.querySelector('[part=default-badge]') != null;

describe('two <portal-customer> of one session', function () {
  this.timeout(20000);
  it('shows a card made default in one as the default in the other, without a reload', async () => {
    const [first, second] = await twoAccounts();
    expect(isDefault(second, '4242')).to.equal(true);
    const loads: string[] = [];
    const observe = new PerformanceObserver((list) =>
      loads.push(...list.getEntries().map((entry) => entry.name)),
    );
    observe.observe({ type: 'resource' });
    method(first, '4444')!.querySelector<HTMLButtonElement>('[part=default-button]')!.click();
    await waitUntil(() => isDefault(second, '4444'), 'the other shows the new default', settle);
    expect(isDefault(second, '4242')).to.equal(false);
    expect(isDefault(first, '4444')).to.equal(true);
    // The second learnt it from the first's write (its answer), not by loading the customer.
    observe.disconnect();
    expect(
      loads.filter((url) => /\/customers\/me$/.test(url)),
      'the PATCH only',
    ).to.have.length(1);
    expect(method(second, '4444')!.querySelector('[part=default-button]')).to.equal(null);
    expect(method(second, '4242')!.querySelector('[part=default-button]')).not.to.equal(null);
  });

  it('drops a card deleted in one from the other', async () => {
    const [first, second] = await twoAccounts();
    method(first, '4444')!.querySelector<HTMLButtonElement>('[part=delete-button]')!.click();
    const dialog = first.shadowRoot!.querySelector<HTMLElement & { open: boolean }>(
      '.delete-method',
    )!;
    await waitUntil(() => dialog.open, undefined, settle);
    dialog.querySelector<HTMLButtonElement>('[part=confirm-button]')!.click();
    await waitUntil(() => !method(second, '4444'), 'gone from the other', settle);
    expect(method(second, '4242')).not.to.equal(undefined);
  });

  it('shows billing details saved in one in the other’s form', async () => {
    const [first, second] = await twoAccounts();
    const name = (el: PortalCustomer) =>
      el.shadowRoot!.querySelector<HTMLInputElement>('#billing-name')!;
    name(first).value = 'Saved from the first';
    name(first).dispatchEvent(new Event('input'));
    first.shadowRoot!.querySelector<HTMLButtonElement>('[part=save-billing]')!.click();
    await waitUntil(
      () => name(second).value === 'Saved from the first',
      'the other’s form',
      settle,
    );
  });
});
