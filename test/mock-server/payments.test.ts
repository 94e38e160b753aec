import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mockForThisFile } from './harness.js';

/**
 * Paying a failed order again, held to Polar's rules (notes §5; `order/service.py`
 * `process_retry_payment`, `handle_payment`, `endpoints/order.py` `get_payment_status`): a
 * confirmed payment is not a paid order until Stripe's webhook, 3-D Secure answers
 * `requires_action` with a client secret, and the sixth manual attempt is a 429.
 */

const ORDERS = '/v1/customer-portal/orders';
const mock = mockForThisFile();

/** Carol's pending renewal and her saved card. */
async function carolsPending() {
  const carol = await mock.session('carol@example.com', { prefix: ORDERS });
  const order = (await carol.call('/')).body!.items.find(
    (o: { status: string }) => o.status === 'pending',
  );
  const card = mock.mock.state.db.paymentMethods.find(
    (pm) => pm.customer_id === order.customer_id,
  )!;
  return { carol, order, card };
}

/** Moves the mock's clock, as Stripe's webhook takes its time. */
const advance = (seconds: number) =>
  mock.call('/__dev/clock', { method: 'POST', json: { advance_seconds: seconds } });

const retry = (
  carol: Awaited<ReturnType<typeof carolsPending>>['carol'],
  orderId: string,
  json: object,
) => carol.call(`/${orderId}/confirm-payment`, { method: 'POST', json });

describe('payment retry settles later', () => {
  test('succeeded now, pending for a while, then paid and the subscription active again', async () => {
    const { carol, order, card } = await carolsPending();
    assert.deepEqual((await carol.call(`/${order.id}/payment-status`)).body, {
      status: 'failed',
      error: 'Your card was declined.',
    });
    const confirmed = await retry(carol, order.id, { payment_method_id: card.id });
    assert.equal(confirmed.status, 200);
    assert.deepEqual(confirmed.body, { status: 'succeeded', client_secret: null, error: null });
    // Polar pays the order when the webhook arrives, not in the request.
    assert.equal((await carol.call(`/${order.id}`)).body!.status, 'pending');
    assert.deepEqual((await carol.call(`/${order.id}/payment-status`)).body, {
      status: 'pending',
      error: null,
    });
    await advance(3);
    assert.deepEqual((await carol.call(`/${order.id}/payment-status`)).body, {
      status: 'succeeded',
      error: null,
    });
    const paid = (await carol.call(`/${order.id}`)).body!;
    assert.equal(paid.status, 'paid');
    assert.equal(paid.paid, true);
    assert.equal(paid.next_payment_attempt_at, null);
    assert.ok(paid.receipt_number);
    const sub = await mock.sdk.customerPortal.subscriptions.get(carol.auth, {
      id: order.subscription_id,
    });
    assert.equal(sub.status, 'active');
    const types = ((await (await mock.call('/__dev/webhooks')).json()) as { type: string }[]).map(
      (w) => w.type,
    );
    assert.ok(types.includes('order.paid') && types.includes('subscription.updated'));
    const again = await retry(carol, order.id, { payment_method_id: card.id });
    assert.equal(again.status, 422);
    assert.equal(again.body!.error, 'OrderNotEligibleForRetry');
  });

  test('a declined card is 200 failed with Stripe’s message, and dunning keeps its date', async () => {
    const { carol, order } = await carolsPending();
    const declined = await retry(carol, order.id, { confirmation_token_id: 'ctok_fail_0002' });
    assert.equal(declined.status, 200);
    assert.deepEqual(declined.body, {
      status: 'failed',
      client_secret: null,
      error: 'Your card was declined.',
    });
    const after = (await carol.call(`/${order.id}`)).body!;
    assert.equal(after.status, 'pending');
    assert.equal(after.next_payment_attempt_at, order.next_payment_attempt_at);
  });
});

describe('Stripe’s test cards typed for a retry', () => {
  test('4000 0000 0000 9995 is declined for insufficient funds, as Stripe words it', async () => {
    const { carol, order } = await carolsPending();
    const res = await retry(carol, order.id, { confirmation_token_id: 'ctok_visa_9995_12_2031' });
    assert.deepEqual(res.body, {
      status: 'failed',
      client_secret: null,
      error: 'Your card has insufficient funds.',
    });
  });
});

describe('3-D Secure', () => {
  test('requires_action with a client secret; pending until authenticated, then paid', async () => {
    const { carol, order } = await carolsPending();
    const action = await retry(carol, order.id, { confirmation_token_id: 'ctok_3ds_3184_12_2030' });
    assert.equal(action.status, 200);
    assert.equal(action.body!.status, 'requires_action');
    assert.equal(action.body!.error, null);
    assert.match(action.body!.client_secret, /^pi_\w+_secret_\w+$/);
    await advance(10);
    assert.equal((await carol.call(`/${order.id}/payment-status`)).body!.status, 'pending');
    assert.equal((await carol.call(`/${order.id}`)).body!.status, 'pending', 'not without 3DS');
    // What Stripe.js `handleNextAction` does, against the mock's Stripe.
    const done = await mock.call('/__dev/stripe/payment-intents/authenticate', {
      method: 'POST',
      json: { client_secret: action.body!.client_secret },
    });
    assert.equal(done.status, 200);
    await advance(3);
    assert.equal((await carol.call(`/${order.id}/payment-status`)).body!.status, 'succeeded');
    assert.equal((await carol.call(`/${order.id}`)).body!.status, 'paid');
  });

  test('a saved card that always asks for 3-D Secure (Stripe’s 4000 0027 6000 3184)', async () => {
    const { carol, order } = await carolsPending();
    const me = await mock.session('carol@example.com', {
      prefix: '/v1/customer-portal/customers/me',
    });
    const setup = await me.call('/payment-methods', {
      method: 'POST',
      json: {
        confirmation_token_id: 'ctok_3ds_3184_12_2030',
        set_default: false,
        return_url: 'https://x.example',
      },
    });
    const intent = String(setup.body!.client_secret).replace(/_secret_mock$/, '');
    const saved = await me.call('/payment-methods/confirm', {
      method: 'POST',
      json: { setup_intent_id: intent, set_default: false },
    });
    const action = await retry(carol, order.id, {
      payment_method_id: saved.body!.payment_method.id,
    });
    assert.equal(action.body!.status, 'requires_action');
  });
});

describe('the manual retry limit', () => {
  test('five attempts of any outcome, then 429 ManualRetryLimitExceeded with Polar’s body', async () => {
    const { carol, order, card } = await carolsPending();
    for (let i = 0; i < 5; i++) {
      const res = await retry(carol, order.id, { confirmation_token_id: 'ctok_fail' });
      assert.equal(res.status, 200, `attempt ${i + 1}`);
      assert.equal(res.body!.status, 'failed');
    }
    const sixth = await retry(carol, order.id, { payment_method_id: card.id });
    assert.equal(sixth.status, 429);
    assert.deepEqual(sixth.body, {
      error: 'ManualRetryLimitExceeded',
      detail: `Maximum number of manual payment retry attempts has been reached for order ${order.id}.`,
    });
    assert.equal(sixth.headers.get('retry-after'), null, 'not the rate limiter');
  });

  test('a burst from two sessions of the same customer still gets five attempts in all', async () => {
    const { carol, order } = await carolsPending();
    const again = await mock.session('carol@example.com', { prefix: ORDERS });
    const answers = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        retry(i % 2 ? carol : again, order.id, { confirmation_token_id: 'ctok_fail' }),
      ),
    );
    const statuses = answers.map((res) => res.status);
    assert.equal(statuses.filter((status) => status === 200).length, 5, statuses.join(' '));
    assert.equal(statuses.filter((status) => status === 429).length, 19, statuses.join(' '));
    const stored = mock.mock.state.db.orders.get(order.id)!;
    assert.equal(stored.payments.filter((p) => p.manual).length, 5);
  });

  test('exactly one way to pay, and a card of one’s own', async () => {
    const { carol, order } = await carolsPending();
    const neither = await retry(carol, order.id, {});
    assert.equal(neither.status, 422);
    assert.equal(
      neither.body!.detail[0].msg,
      'Value error, Either confirmation_token_id or payment_method_id must be provided',
    );
    const alicesCard = mock.mock.state.db.paymentMethods.find(
      (pm) => pm.customer_id === mock.customer('alice@example.com').id,
    )!;
    const foreign = await retry(carol, order.id, { payment_method_id: alicesCard.id });
    assert.equal(foreign.status, 422);
    assert.equal(foreign.body!.error, 'PaymentRetryValidationError');
  });
});

describe('receipts are rendered on first request', () => {
  test('202 with an empty body first, then 200 {url}', async () => {
    const alice = await mock.session('alice@example.com', { prefix: ORDERS });
    const latest = (await alice.call('/')).body!.items.find(
      (o: { status: string; subscription_id: string | null }) =>
        o.status === 'paid' && o.subscription_id,
    );
    const first = await alice.call(`/${latest.id}/receipt`);
    assert.equal(first.status, 202);
    assert.equal(first.text, '', 'Polar answers `Response(status_code=202)`: no body at all');
    assert.equal((await alice.call(`/${latest.id}/receipt`)).status, 202, 'still rendering');
    await advance(2);
    const ready = await alice.call(`/${latest.id}/receipt`);
    assert.equal(ready.status, 200);
    assert.match(ready.body!.url, /^http/);
  });
});
