import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mockForThisFile } from './harness.js';
import { assertMatches2026 } from './schema-2026.js';

const ORDERS = '/v1/customer-portal/orders';
const mock = mockForThisFile();

const session = (email: string) => mock.session(email, { prefix: ORDERS });

describe('order history', () => {
  test('lists the customer’s orders newest first, with totals that add up', async () => {
    const alice = await session('alice@example.com');
    const { result } = await mock.sdk.customerPortal.orders.list(alice.auth, {});
    assert.equal(result.pagination.totalCount, 5, 'four renewals and one one-time purchase');
    const dates = result.items.map((o) => o.createdAt.getTime());
    assert.deepEqual(
      dates,
      [...dates].sort((a, b) => b - a),
    );
    for (const order of result.items) {
      assert.equal(order.customerId, mock.customer('alice@example.com').id);
      assert.equal(
        order.totalAmount,
        order.subtotalAmount - order.discountAmount + order.taxAmount,
      );
      assert.equal(
        order.items.reduce((sum, item) => sum + item.amount, 0),
        order.subtotalAmount,
      );
    }
    assertMatches2026('ListResourceCustomerOrder', (await alice.call('/')).body);
  });

  test('a renewal that fell due is in the list even when no subscription was read since', async () => {
    const alice = await session('alice@example.com');
    const before = (await alice.call('/')).body!.pagination.total_count as number;
    const sub = mock.mock.state.db.subscriptions.find(
      (s) => s.customer_id === mock.customer('alice@example.com').id && s.status === 'active',
    )!;
    const seconds = Math.ceil(
      (Date.parse(sub.current_period_end) - mock.mock.state.clock.now()) / 1000,
    );
    await mock.call('/__dev/clock', { method: 'POST', json: { advance_seconds: seconds + 60 } });
    // Weeks later the old session has expired: the customer signs in again.
    const after = (await (await session('alice@example.com')).call('/')).body!;
    assert.equal(after.pagination.total_count, before + 1);
    assert.equal(after.items[0].subscription_id, sub.id);
    assert.equal(after.items[0].billing_reason, 'subscription_cycle');
    assert.equal(after.items[0].subtotal_amount, 1200, "Acme Pro's $12 a month");
  });

  test('filters by billing type and product name; another customer’s order is 404', async () => {
    const alice = await session('alice@example.com');
    const oneTime = await alice.call('/?product_billing_type=one_time');
    assert.deepEqual(
      oneTime.body!.items.map((o: { product: { name: string } }) => o.product.name),
      ['Acme Icon Pack'],
    );
    assert.equal((await alice.call('/?query=icon')).body!.items.length, 1);
    const bobsOrder = mock.mock.state.db.orders.find(
      (o) => o.customer_id === mock.customer('bob@example.com').id,
    )!;
    const foreign = await alice.call(`/${bobsOrder.id}`);
    assert.equal(foreign.status, 404);
    assert.equal(foreign.body!.error, 'ResourceNotFound');
  });

  test('orders are billing data: a member gets 403, a billing manager reads them', async () => {
    const mia = await session('mia@northwind.example');
    const res = await mia.call('/');
    assert.equal(res.status, 403);
    assert.equal(res.body!.error, 'NotPermitted');
    const ben = await session('ben@northwind.example');
    const { result } = await mock.sdk.customerPortal.orders.list(ben.auth, {});
    assert.ok(result.items.length > 0);
    assert.ok(result.items.every((o) => o.seats === 5));
  });
});

describe('invoices and receipts', () => {
  test('an invoice is generated on request and is a real document at the URL returned', async () => {
    const alice = await session('alice@example.com');
    const [order] = (await mock.sdk.customerPortal.orders.list(alice.auth, {})).result.items;
    const before = await alice.call(`/${order!.id}/invoice`);
    assert.equal(before.status, 404);
    assert.equal(before.body!.error, 'InvoiceDoesNotExist');
    const generated = await alice.call(`/${order!.id}/invoice`, { method: 'POST' });
    assert.equal(generated.status, 202);
    assert.equal(generated.text, 'null');
    const { url } = await mock.sdk.customerPortal.orders.invoice(alice.auth, { id: order!.id });
    const doc = await fetch(url);
    assert.equal(doc.status, 200);
    assert.match(doc.headers.get('content-type')!, /text\/html/);
    const html = await doc.text();
    assert.ok(html.includes(`Invoice ${order!.invoiceNumber}`));
    assert.ok(html.includes('Alice Anders'));
    assert.ok(html.includes('$13.20'), 'the total with tax');
    const tampered = await fetch(
      url.replace(
        /\.(.)([^.]*)$/,
        (_, c: string, rest: string) => `.${c === 'A' ? 'B' : 'A'}${rest}`,
      ),
    );
    assert.equal(tampered.status, 404);
    assert.equal((await alice.call(`/${order!.id}`)).body!.is_invoice_generated, true);
  });

  test('an invoice needs a billing name and address', async () => {
    const bob = await session('bob@example.com');
    const [order] = (await mock.sdk.customerPortal.orders.list(bob.auth, {})).result.items;
    const refused = await bob.call(`/${order!.id}/invoice`, { method: 'POST' });
    assert.equal(refused.status, 422);
    assert.deepEqual(refused.body, {
      error: 'MissingInvoiceBillingDetails',
      detail: 'Billing name and address are required to generate an invoice for this order.',
    });
    const updated = await mock.sdk.customerPortal.orders.update(bob.auth, {
      id: order!.id,
      customerOrderUpdate: {
        billingName: 'Brandt GmbH',
        billingAddress: { country: 'DE', city: 'Berlin', line1: 'Unter den Linden 1' },
      },
    });
    assert.equal(updated.billingName, 'Brandt GmbH');
    assert.equal((await bob.call(`/${order!.id}/invoice`, { method: 'POST' })).status, 202);
    const moved = await bob.call(`/${order!.id}`, {
      method: 'PATCH',
      json: { billing_address: { country: 'FR', city: 'Paris' } },
    });
    assert.equal(moved.status, 422);
    assert.deepEqual(
      moved.body!.detail.map((d: { loc: string[]; msg: string }) => [d.loc.join('.'), d.msg]),
      [['body.billing_address.country', 'Country cannot be changed']],
    );
  });

  test('a paid order has a receipt; a pending one has none yet', async () => {
    const carol = await session('carol@example.com');
    const { result } = await mock.sdk.customerPortal.orders.list(carol.auth, {});
    const paid = result.items.find((o) => o.status === 'paid')!;
    const pending = result.items.find((o) => o.status === 'pending')!;
    const receipt = await carol.call(`/${paid.id}/receipt`);
    assert.equal(receipt.status, 200);
    const doc = await fetch(receipt.body!.url);
    assert.ok((await doc.text()).includes(`Receipt ${paid.receiptNumber}`));
    const none = await carol.call(`/${pending.id}/receipt`);
    assert.equal(none.status, 404);
    assert.equal(none.body!.error, 'ReceiptNotAllocated');
  });
});
