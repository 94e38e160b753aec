import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/customer-portal/define.js';
import type { CustomerPortal } from '../../../src/elements/customer-portal/customer-portal.js';
import { mockAttrs, partTexts, signIn, useMockWorker } from '../support.js';

/**
 * The tabs of one `<customer-portal>` are views of one session's store: what one tab changes,
 * another shows when the customer goes there, without a reload and without stale copies kept
 * by the panel that was hidden meanwhile.
 */

useMockWorker();

const settle = { timeout: 5000 };
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const text = (node: Element | null | undefined) =>
  node?.textContent!.replace(/\s+/g, ' ').trim() ?? '';

async function portalOf(email: string, slug: string): Promise<CustomerPortal> {
  const el = await fixture<CustomerPortal>(
    `<customer-portal ${mockAttrs(slug)}></customer-portal>`,
  );
  await signIn(email, slug);
  await waitUntil(() => el.shadowRoot!.querySelector('[role=tab]'), 'the tabs', settle);
  return el;
}

const VIEWS: Record<string, string> = {
  Subscriptions: 'portal-subscriptions',
  Orders: 'portal-orders',
  'Team seats': 'portal-seats',
};

/** Opens a tab by its label and returns its view once that view shows and has loaded. */
async function openTab(el: CustomerPortal, label: string): Promise<Element> {
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role=tab]')]
    .find((tab) => tab.textContent!.trim() === label)!
    .click();
  const view = () =>
    el.shadowRoot!.querySelector(`[role=tabpanel]:not([hidden]) > ${VIEWS[label]!}`);
  await waitUntil(
    () => view()?.shadowRoot?.querySelector('[part=list], [part=empty], [part=error]'),
    `the ${label} tab`,
    settle,
  );
  return view()!;
}

describe('<customer-portal>: the tabs agree', function () {
  this.timeout(30000);

  it('paying the failed order in Orders ends "Past due" in Subscriptions', async () => {
    const el = await portalOf('carol@example.com', 'acme');
    const subscriptions = await openTab(el, 'Subscriptions');
    expect(partTexts(subscriptions, 'status')).to.include('Past due');

    const orders = await openTab(el, 'Orders');
    const paid = oneEvent(orders, 'portal-order-paid');
    $<HTMLButtonElement>(orders, '[part=retry-button]')!.click();
    const dialog = $<HTMLElement & { open: boolean }>(orders, 'portal-dialog.retry')!;
    await waitUntil(() => dialog.open, 'the payment dialog');
    dialog.querySelector<HTMLButtonElement>('[part=confirm-button]')!.click();
    await paid;

    const again = await openTab(el, 'Subscriptions');
    await waitUntil(
      () => !partTexts(again, 'status').includes('Past due'),
      'Subscriptions follows the payment',
      settle,
    );
    expect(partTexts(again, 'status')).to.include('Active');
  });

  it('a seat change in Subscriptions shows in Team seats', async () => {
    const el = await portalOf('olivia@northwind.example', 'teamly');
    const seatsBefore = await openTab(el, 'Team seats');
    await waitUntil(() => $(seatsBefore, '#seats-used'), 'the seat count', settle);
    expect(text($(seatsBefore, '#seats-used'))).to.match(/of 5 seats used/);

    const subscriptions = await openTab(el, 'Subscriptions');
    $(subscriptions, '[part=seats-button]')!.click();
    const dialog = () => $(subscriptions, 'portal-dialog.change-seats')!;
    const field = () => dialog().querySelector<HTMLInputElement>('input[name=seats]');
    await waitUntil(() => field(), 'the seats dialog');
    field()!.focus();
    field()!.select();
    await sendKeys({ type: '9' });
    await waitUntil(() => dialog().querySelector('input[name=consent]'), 'the preview', settle);
    dialog().querySelector<HTMLInputElement>('input[name=consent]')!.click();
    await (subscriptions as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    dialog().querySelector<HTMLButtonElement>('[part=confirm-button]')!.click();
    await waitUntil(
      () => text($(subscriptions, '[part=subscription]')).includes('9 seats'),
      'Subscriptions: 9 seats',
      settle,
    );

    const seats = await openTab(el, 'Team seats');
    await waitUntil(
      () => /of 9 seats used/.test(text($(seats, '#seats-used'))),
      'Team seats: 9 in all, without a reload',
      settle,
    );
  });
});
