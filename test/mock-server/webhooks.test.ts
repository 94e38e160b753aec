import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { validateEvent } from '@polar-sh/sdk/webhooks';
import { startMock, type Harness } from './harness.js';

const SECRET = 'whsec_portalElementsTestSecret0123456789abcdefghij';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A merchant's webhook endpoint: records what arrives; fails `failing.type` `failing.times` times. */
const received: Received[] = [];
const failing = { type: '', times: 0 };
const receiver = createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk: string) => (body += chunk));
  req.on('end', () => {
    received.push({ headers: req.headers, body });
    if ((JSON.parse(body) as { type: string }).type === failing.type && failing.times > 0) {
      failing.times--;
      res.writeHead(500).end();
    } else res.writeHead(204).end();
  });
});

let mock: Harness;
before(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhooks/polar`;
  mock = await startMock({ webhook: { url, secret: SECRET, retryBaseMs: 20 } });
});
after(async () => {
  await mock.close();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});

const headersOf = (r: Received) =>
  Object.fromEntries(Object.entries(r.headers).map(([k, v]) => [k, String(v)]));

async function deliveredTypes(): Promise<string[]> {
  await mock.mock.state.webhooks.settled();
  return received.map((r) => (JSON.parse(r.body) as { type: string }).type);
}

async function cancelAlice(): Promise<string> {
  const token = await mock.signIn('alice@example.com', 'acme');
  const [sub] = (await mock.sdk.customerPortal.subscriptions.list({ customerSession: token }, {}))
    .result.items;
  await mock.sdk.customerPortal.subscriptions.cancel({ customerSession: token }, { id: sub!.id });
  return token;
}

describe('webhooks', () => {
  test('a cancel is delivered signed, and Polar’s SDK verifies and parses every event', async () => {
    received.length = 0;
    await mock.reset();
    await cancelAlice();
    assert.deepEqual(await deliveredTypes(), [
      'subscription.updated',
      'subscription.canceled',
      'customer.state_changed',
    ]);
    for (const delivery of received) {
      const headers = headersOf(delivery);
      assert.equal(headers['user-agent'], 'polar.sh webhooks');
      assert.match(headers['webhook-signature']!, /^v1,[A-Za-z0-9+/]+=*$/);
      const event = validateEvent(delivery.body, headers, SECRET);
      if (event.type === 'subscription.canceled') {
        assert.equal(event.data.cancelAtPeriodEnd, true);
        assert.equal(event.data.customer.email, 'alice@example.com');
      }
    }
    assert.throws(() => validateEvent(received[0]!.body, headersOf(received[0]!), 'whsec_wrong'));
  });

  test('every kind of portal change emits the events Polar emits, each accepted by the SDK', async () => {
    received.length = 0;
    await mock.reset();
    const token = await cancelAlice();
    const auth = { customerSession: token };
    const [sub] = (await mock.sdk.customerPortal.subscriptions.list(auth, {})).result.items;
    await mock.sdk.customerPortal.subscriptions.update(auth, {
      id: sub!.id,
      customerSubscriptionUpdate: { cancelAtPeriodEnd: false },
    });
    await mock.sdk.customerPortal.customers.update(auth, { billingName: 'Alice A.' });
    const [order] = (await mock.sdk.customerPortal.orders.list(auth, {})).result.items;
    await mock.sdk.customerPortal.orders.generateInvoice(auth, { id: order!.id });
    const added = await mock.sdk.customerPortal.customers.addPaymentMethod(auth, {
      confirmationTokenId: 'ctok_visa_1111_01_2031',
      setDefault: false,
      returnUrl: 'https://merchant.example',
    });
    assert.ok(added.status === 'succeeded');
    await mock.sdk.customerPortal.customers.deletePaymentMethod(auth, {
      id: added.paymentMethod.id,
    });
    const owner = await mock.signIn('olivia@northwind.example', 'teamly');
    const [team] = (await mock.sdk.customerPortal.subscriptions.list({ memberSession: owner }, {}))
      .result.items;
    const seat = await mock.sdk.customerPortal.seats.assignSeat(
      { memberSession: owner },
      { subscriptionId: team!.id, email: 'eve@northwind.example' },
    );
    await mock.sdk.customerPortal.seats.revokeSeat({ memberSession: owner }, { seatId: seat.id });

    const types = await deliveredTypes();
    for (const expected of [
      'subscription.uncanceled',
      'customer.updated',
      'order.updated',
      'payment_method.created',
      'payment_method.deleted',
      'customer_seat.assigned',
      'customer_seat.revoked',
    ]) {
      assert.ok(types.includes(expected), `${expected} in ${types.join(', ')}`);
    }
    for (const delivery of received) {
      const { type } = JSON.parse(delivery.body) as { type: string };
      if (type.startsWith('payment_method.')) continue; // not an event Polar's SDK knows
      validateEvent(delivery.body, headersOf(delivery), SECRET);
    }
    const log = (await (await mock.call('/__dev/webhooks?type=order.updated')).json()) as {
      payload: { data: { is_invoice_generated: boolean } };
    }[];
    assert.equal(log.length, 1);
    assert.equal(log[0]!.payload.data.is_invoice_generated, true);
  });

  test('a failing endpoint gets retries with the same webhook-id and a fresh signature', async () => {
    received.length = 0;
    await mock.reset();
    Object.assign(failing, { type: 'customer.updated', times: 2 });
    const token = await mock.signIn('bob@example.com', 'acme');
    await mock.sdk.customerPortal.customers.update(
      { customerSession: token },
      { billingName: 'Bob B.' },
    );
    await mock.mock.state.webhooks.settled();
    const customerUpdated = received.filter(
      (r) => (JSON.parse(r.body) as { type: string }).type === 'customer.updated',
    );
    assert.equal(customerUpdated.length, 3, 'two failures, then success');
    const ids = new Set(customerUpdated.map((r) => r.headers['webhook-id']));
    assert.equal(ids.size, 1);
    validateEvent(customerUpdated[2]!.body, headersOf(customerUpdated[2]!), SECRET);
    const [logged] = (await (await mock.call('/__dev/webhooks?type=customer.updated')).json()) as {
      deliveries: { status: number }[];
    }[];
    assert.deepEqual(
      logged!.deliveries.map((d) => d.status),
      [500, 500, 204],
    );
  });
});
