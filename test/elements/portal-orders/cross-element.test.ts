import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/elements/portal-orders/define.js';
import '../../../src/elements/portal-subscriptions/define.js';
import type { PortalOrders } from '../../../src/elements/portal-orders/portal-orders.js';
import type { PortalSubscriptions } from '../../../src/elements/portal-subscriptions/portal-subscriptions.js';
import { mock, org, partTexts, settled, signIn, useMockWorker } from '../support.js';
import { bankAnswers, quickPolling } from './payment-support.js';

useMockWorker();
quickPolling();

/**
 * Two elements of one session on one page read the same store: what one changes, the other
 * shows at once, without a reload. Carol's monthly order failed (the seed), so her subscription
 * is past due until she pays.
 */
describe('<portal-orders> and <portal-subscriptions> on one page', () => {
  it('paying the failed order ends "Past due" in the subscriptions view too', async () => {
    const attrs = { api: location.origin, org: org('acme') };
    const page = await fixture<HTMLElement>(
      html`<div>
        <portal-subscriptions
          api-base=${attrs.api}
          organization-id=${attrs.org}
          persist="memory"
        ></portal-subscriptions>
        <portal-orders
          api-base=${attrs.api}
          organization-id=${attrs.org}
          persist="memory"
        ></portal-orders>
      </div>`,
    );
    const subscriptions = page.querySelector<PortalSubscriptions>('portal-subscriptions')!;
    const orders = page.querySelector<PortalOrders>('portal-orders')!;
    await signIn('carol@example.com', 'acme');
    await settled(subscriptions);
    await settled(orders);
    const pastDue = () => partTexts(subscriptions, 'status').includes('Past due');
    expect(pastDue(), 'the seed: carol is past due').to.equal(true);
    expect(mock.state.db.subscriptions.some((s) => s.status === 'past_due')).to.equal(true);

    const paid = oneEvent(orders, 'portal-order-paid');
    orders.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry-button]')!.click();
    const dialog = orders.shadowRoot!.querySelector<HTMLElement & { open: boolean }>(
      'portal-dialog.retry',
    )!;
    await waitUntil(() => dialog.open, 'the payment dialog');
    dialog.querySelector<HTMLButtonElement>('[part=confirm-button]')!.click();
    await bankAnswers();
    await paid;

    await waitUntil(() => !pastDue(), 'the subscriptions view follows, without a reload');
    expect(partTexts(orders, 'status')).not.to.include('Payment failed');
    expect(partTexts(subscriptions, 'status')).to.include('Active');
  });
});
