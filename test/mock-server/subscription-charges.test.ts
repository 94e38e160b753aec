import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { changePreview, monthsLater, roundHalfEven, share, usDate } from './polar-formulas.js';
import {
  DAY,
  subscriptionMockForThisFile,
  updateSubscription,
  type SignedInCustomer,
  webhooksOf,
} from './subscription-support.js';

/**
 * Money moving the way Polar's payments do, as a client meets it: an order is created `pending`
 * and paid when Stripe's webhook comes (`order/service.py` `_create_order`, `handle_payment`),
 * which the mock sends two seconds of its clock after the charge. A plan change is charged
 * within the request (`SubscriptionService._create_subscription_update_order`, `sync`): a card
 * that needs 3-D Secure is a 402 `PaymentActionRequired` and nothing changes. A resume is
 * charged by a background job (`resume` enqueues `order.create_subscription_order`): a decline
 * is dunning (`handle_payment_failure`), never a 402. A card typed to pay a failed order is
 * saved once it pays and bills the subscription from then on (`integrations/stripe/tasks.py`
 * `payment_intent_succeeded`). Amounts come from the products' prices and Polar's formulas.
 */

const { clock, mock, db, product, settings, signedIn } = subscriptionMockForThisFile();

/** Polar's first dunning interval (`DUNNING_RETRY_INTERVALS[0]`, `server/polar/config.py`). */
const FIRST_RETRY_MS = 2 * DAY;
/** Polar's message for an off-session charge that needs the customer (`PaymentActionRequired`). */
const ACTION_REQUIRED =
  /^Order [0-9a-f-]{36} payment requires customer authentication \(e\.g\. 3DS challenge\); off-session charge cannot complete\.$/;

/** The customer's own API under `/customers/me` and `/orders`. */
async function portalOf(email: string) {
  const me = await mock.session(email, { prefix: '/v1/customer-portal/customers/me' });
  const orders = await mock.session(email, { prefix: '/v1/customer-portal/orders' });
  return { me, orders };
}

type Portal = Awaited<ReturnType<typeof portalOf>>;

/** Saves a card through the hosted form's token, with its 3-D Secure step when it asks. */
async function addCard(portal: Portal, token: string, setDefault: boolean) {
  const json = { confirmation_token_id: token, set_default: setDefault, return_url: 'https://x' };
  const added = await portal.me.call('/payment-methods', { method: 'POST', json });
  assert.equal(added.status, 201, added.text);
  if (added.body!.status === 'succeeded') return added.body!.payment_method as { id: string };
  const intent = String(added.body!.client_secret).replace(/_secret_mock$/, '');
  const confirmed = await portal.me.call('/payment-methods/confirm', {
    method: 'POST',
    json: { setup_intent_id: intent, set_default: setDefault },
  });
  assert.equal(confirmed.status, 201, confirmed.text);
  return confirmed.body!.payment_method as { id: string };
}

/**
 * Makes `token`'s card the one the customer's subscription is billed on, as a client can: saved
 * as the default, then the old card deleted, so Polar moves the subscription to the default
 * (`payment_method_service.delete`).
 */
async function billOn(customer: SignedInCustomer, email: string, token: string) {
  const portal = await portalOf(email);
  const old = db().paymentMethods.get(
    db().subscriptions.get(customer.sub.id!)!.payment_method_id!,
  )!;
  const card = await addCard(portal, token, true);
  const deleted = await portal.me.call(`/payment-methods/${old.id}`, { method: 'DELETE' });
  assert.equal(deleted.status, 204, deleted.text);
  assert.equal(db().subscriptions.get(customer.sub.id!)!.payment_method_id, card.id);
  return { portal, card };
}

/** The fixed monthly or yearly price of a seeded plan. */
function price(name: string): number {
  const [first] = product(name).prices;
  assert.ok(first?.amount_type === 'fixed');
  return first.price_amount;
}

/** Alice's monthly plan to the yearly one, invoiced now: what Polar would charge. */
function aliceToYearly(alice: SignedInCustomer) {
  const now = clock.now();
  const { current_period_start: start, current_period_end: end } = alice.sub;
  const yearly = price('Acme Pro (yearly)');
  const monthly = price('Acme Pro');
  return changePreview(
    [
      {
        label: `Acme Pro (yearly) — From ${usDate(now)} to ${usDate(monthsLater(now, 12))}`,
        amount: yearly,
      },
      {
        label: `Remaining time on Acme Pro — From ${usDate(now)} to ${usDate(end!)}`,
        amount: -roundHalfEven(monthly, share(start!, end!, now)),
      },
    ],
    { hasAddress: true, balance: 500 },
  );
}

describe('a plan change invoiced now settles later', () => {
  test('pending with a pending payment, then paid 2 s later; order.paid only then', async () => {
    await settings('acme', { proration_behavior: 'invoice' });
    const alice = await signedIn('alice@example.com');
    const { orders } = await portalOf('alice@example.com');
    const expected = aliceToYearly(alice);
    assert.ok(expected.due_amount > 0);
    let changed: Awaited<ReturnType<typeof updateSubscription>> | undefined;
    const during = await webhooksOf(mock, async () => {
      changed = await updateSubscription(alice, { product_id: product('Acme Pro (yearly)').id });
    });
    assert.equal(changed!.status, 200, changed!.text);
    assert.equal(changed!.body!.product_id, product('Acme Pro (yearly)').id);
    const [order] = (await orders.call(`/?subscription_id=${alice.sub.id}`)).body!.items;
    assert.equal(order.billing_reason, 'subscription_update');
    assert.equal(order.status, 'pending');
    assert.equal(order.paid, false);
    assert.equal(order.total_amount, expected.total_amount);
    assert.equal(order.applied_balance_amount, expected.applied_balance_amount);
    assert.equal(order.due_amount, expected.due_amount);
    assert.equal(order.next_payment_attempt_at, null, 'not dunning: the charge went through');
    assert.equal(order.receipt_number, null);
    assert.deepEqual((await orders.call(`/${order.id}/payment-status`)).body, {
      status: 'pending',
      error: null,
    });
    assert.ok(during.includes('order.created'));
    assert.ok(!during.includes('order.paid'), during.join(', '));

    clock.advance(1000);
    assert.equal((await orders.call(`/${order.id}`)).body!.status, 'pending', 'one second on');
    const settled = await webhooksOf(mock, async () => {
      clock.advance(1000);
      assert.deepEqual((await orders.call(`/${order.id}/payment-status`)).body, {
        status: 'succeeded',
        error: null,
      });
    });
    assert.deepEqual(
      settled.filter((e) => e.startsWith('order.')),
      ['order.updated', 'order.paid'],
    );
    const paid = (await orders.call(`/${order.id}`)).body!;
    assert.equal(paid.status, 'paid');
    assert.equal(paid.paid, true);
    assert.ok(paid.receipt_number);
  });

  test('a seat change invoiced now is pending too', async () => {
    await mock.call('/__dev/organizations/teamly/settings', {
      method: 'POST',
      json: { proration_behavior: 'invoice' },
    });
    const owner = await mock.session('olivia@northwind.example', {
      org: 'teamly',
      prefix: '/v1/customer-portal/subscriptions',
    });
    const [team] = (await owner.call('/')).body!.items;
    const res = await owner.call(`/${team.id}`, {
      method: 'PATCH',
      json: { seats: team.seats + 1 },
    });
    assert.equal(res.status, 200, res.text);
    const order = db().orders.find(
      (o) => o.subscription_id === team.id && o.billing_reason === 'subscription_update',
    )!;
    assert.equal(order.status, 'pending');
    clock.advance(2000);
    await owner.call(`/${team.id}`);
    assert.equal(db().orders.get(order.id)!.status, 'paid');
  });
});

describe('a card that needs 3-D Secure cannot be charged off-session', () => {
  test('402 PaymentActionRequired with Polar’s body; the subscription as it was, no order', async () => {
    await settings('acme', { proration_behavior: 'invoice' });
    const alice = await signedIn('alice@example.com');
    const { orders } = (await billOn(alice, 'alice@example.com', 'ctok_3ds_3184_12_2030')).portal;
    const before = (await alice.call(`/${alice.sub.id}`)).body!;
    const ordersBefore = (await orders.call('/')).body!.items.length;
    const wallet = db().wallets.find((w) => w.customer_id === alice.sub.customer_id)!.balance;
    let res: Awaited<ReturnType<typeof updateSubscription>> | undefined;
    const events = await webhooksOf(mock, async () => {
      res = await updateSubscription(alice, { product_id: product('Acme Pro (yearly)').id });
    });
    assert.equal(res!.status, 402);
    assert.deepEqual(Object.keys(res!.body!), ['error', 'detail']);
    assert.equal(res!.body!.error, 'PaymentActionRequired');
    assert.match(res!.body!.detail, ACTION_REQUIRED);
    const after = (await alice.call(`/${alice.sub.id}`)).body!;
    assert.deepEqual(after, before);
    assert.equal(after.product_id, product('Acme Pro').id);
    assert.equal(after.amount, price('Acme Pro'));
    assert.equal((await orders.call('/')).body!.items.length, ordersBefore);
    assert.equal(
      db().wallets.find((w) => w.customer_id === alice.sub.customer_id)!.balance,
      wallet,
    );
    assert.deepEqual(events, [], 'a rolled-back request tells no one');
  });

  test('the same card on a resume (a background charge) is dunning, not a 402', async () => {
    const erin = await signedIn('erin@example.com');
    await billOn(erin, 'erin@example.com', 'ctok_3ds_3184_12_2030');
    const res = await updateSubscription(erin, { resume: true });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.body!.status, 'past_due');
    const { orders } = await portalOf('erin@example.com');
    const [order] = (await orders.call(`/?subscription_id=${erin.sub.id}`)).body!.items;
    assert.deepEqual((await orders.call(`/${order.id}/payment-status`)).body, {
      status: 'failed',
      error: 'Your card was declined. This transaction requires authentication.',
    });
  });
});

describe('Stripe’s insufficient-funds card (4000 0000 0000 9995) saves but never pays', () => {
  test('a plan change: 402 PaymentFailed card_error', async () => {
    await settings('acme', { proration_behavior: 'invoice' });
    const alice = await signedIn('alice@example.com');
    await billOn(alice, 'alice@example.com', 'ctok_visa_9995_12_2030');
    const res = await updateSubscription(alice, { product_id: product('Acme Pro (yearly)').id });
    assert.equal(res.status, 402);
    assert.deepEqual(res.body, {
      error: 'PaymentFailed',
      detail: 'Payment failed with reason: card_error.',
    });
  });

  test('a resume: dunning with Stripe’s decline message', async () => {
    const erin = await signedIn('erin@example.com');
    const { orders } = (await billOn(erin, 'erin@example.com', 'ctok_visa_9995_12_2030')).portal;
    assert.equal((await updateSubscription(erin, { resume: true })).body!.status, 'past_due');
    const [order] = (await orders.call(`/?subscription_id=${erin.sub.id}`)).body!.items;
    assert.deepEqual((await orders.call(`/${order.id}/payment-status`)).body, {
      status: 'failed',
      error: 'Your card has insufficient funds.',
    });
  });
});

describe('a resume is charged in the background', () => {
  test('a declined card: 200, the order in dunning, the subscription past due', async () => {
    const erin = await signedIn('erin@example.com');
    const { orders } = (await billOn(erin, 'erin@example.com', 'ctok_visa_0341_12_2030')).portal;
    const before = (await orders.call(`/?subscription_id=${erin.sub.id}`)).body!.items.length;
    const now = clock.now();
    let res: Awaited<ReturnType<typeof updateSubscription>> | undefined;
    const events = await webhooksOf(mock, async () => {
      res = await updateSubscription(erin, { resume: true });
    });
    assert.equal(res!.status, 200, res!.text);
    // `handle_payment_failure` → `_handle_first_dunning_attempt`: `mark_past_due`, and the next
    // attempt `DUNNING_RETRY_INTERVALS[0]` on.
    assert.equal(res!.body!.status, 'past_due');
    assert.equal(Date.parse(res!.body!.current_period_start), now, 'resumed all the same');
    const list = (await orders.call(`/?subscription_id=${erin.sub.id}`)).body!.items;
    assert.equal(list.length, before + 1);
    const [order] = list;
    assert.equal(order.billing_reason, 'subscription_cycle');
    assert.equal(order.status, 'pending');
    assert.equal(order.total_amount, price('Acme Pro'), 'Erin has no address: no tax');
    assert.equal(order.due_amount, price('Acme Pro'));
    assert.equal(Date.parse(order.next_payment_attempt_at), now + FIRST_RETRY_MS);
    assert.deepEqual((await orders.call(`/${order.id}/payment-status`)).body, {
      status: 'failed',
      error: 'Your card was declined.',
    });
    assert.deepEqual(
      events.filter((e) => e.startsWith('subscription.') || e.startsWith('order.')),
      [
        'subscription.updated',
        'subscription.resumed',
        'order.created',
        'subscription.updated',
        'subscription.past_due',
      ],
    );
    // Nothing settles it: dunning waits for its date.
    clock.advance(10_000);
    assert.equal((await orders.call(`/${order.id}`)).body!.status, 'pending');
  });

  test('a card that pays: pending, then paid when the webhook comes', async () => {
    const erin = await signedIn('erin@example.com');
    const res = await updateSubscription(erin, { resume: true });
    assert.equal(res.body!.status, 'active');
    const { orders } = await portalOf('erin@example.com');
    const [order] = (await orders.call(`/?subscription_id=${erin.sub.id}`)).body!.items;
    assert.equal(order.status, 'pending');
    assert.equal(order.next_payment_attempt_at, null);
    clock.advance(2000);
    assert.equal((await orders.call(`/${order.id}`)).body!.status, 'paid');
  });
});

describe('a card typed to pay a failed order is saved once it pays', () => {
  /** Carol's renewal that her 0341 card declined, and the subscription it bills. */
  async function carolsDeclinedRenewal() {
    const carol = await signedIn('carol@example.com');
    const portal = await portalOf('carol@example.com');
    const order = (await portal.orders.call('/')).body!.items.find(
      (o: { status: string }) => o.status === 'pending',
    );
    return { carol, portal, order };
  }

  test('ctok_visa_4444_12_2031: a Visa •••• 4444 in her cards, billing her subscription', async () => {
    const { carol, portal, order } = await carolsDeclinedRenewal();
    const cards = async () =>
      (await portal.me.call('/payment-methods')).body!.items as Record<string, unknown>[];
    const before = await cards();
    const defaultBefore = (await portal.me.call('')).body!.default_payment_method_id;
    const paid = await portal.orders.call(`/${order.id}/confirm-payment`, {
      method: 'POST',
      json: { confirmation_token_id: 'ctok_visa_4444_12_2031', payment_processor: 'stripe' },
    });
    assert.deepEqual(paid.body, { status: 'succeeded', client_secret: null, error: null });
    assert.equal((await cards()).length, before.length, 'not saved before Stripe’s webhook');

    const events = await webhooksOf(mock, async () => {
      clock.advance(2000);
      assert.equal((await portal.orders.call(`/${order.id}`)).body!.status, 'paid');
    });
    const after = await cards();
    assert.equal(after.length, before.length + 1);
    const saved = after.find((c) => !before.some((b) => b.id === c.id))!;
    assert.equal(saved.type, 'card');
    assert.deepEqual(saved.method_metadata, {
      brand: 'visa',
      last4: '4444',
      exp_month: 12,
      exp_year: 2031,
      wallet: null,
    });
    assert.equal(db().subscriptions.get(carol.sub.id!)!.payment_method_id, saved.id);
    // `upsert_from_stripe` leaves the customer's default alone.
    assert.equal((await portal.me.call('')).body!.default_payment_method_id, defaultBefore);
    assert.ok(events.includes('payment_method.created'), events.join(', '));
    assert.ok(!events.includes('customer.updated'), 'the customer did not change');

    // The subscription is billed on the new card: a plan change now goes through.
    await settings('acme', { proration_behavior: 'invoice' });
    const changed = await updateSubscription(carol, {
      product_id: product('Acme Pro (yearly)').id,
    });
    assert.equal(changed.status, 200, changed.text);
  });

  test('a saved card that pays becomes the subscription’s card', async () => {
    const { carol, portal, order } = await carolsDeclinedRenewal();
    const card = await addCard(portal, 'ctok_mastercard_5100_01_2031', false);
    assert.notEqual(db().subscriptions.get(carol.sub.id!)!.payment_method_id, card.id);
    await portal.orders.call(`/${order.id}/confirm-payment`, {
      method: 'POST',
      json: { payment_method_id: card.id },
    });
    assert.notEqual(db().subscriptions.get(carol.sub.id!)!.payment_method_id, card.id, 'not yet');
    clock.advance(2000);
    await portal.orders.call(`/${order.id}`);
    assert.equal(db().subscriptions.get(carol.sub.id!)!.payment_method_id, card.id);
    const cards = (await portal.me.call('/payment-methods')).body!.items as { id: string }[];
    assert.equal(cards.filter((c) => c.id === card.id).length, 1, 'stored once');
  });

  test('a typed card that declines is not saved', async () => {
    const { portal, order } = await carolsDeclinedRenewal();
    const before = (await portal.me.call('/payment-methods')).body!.items.length;
    const res = await portal.orders.call(`/${order.id}/confirm-payment`, {
      method: 'POST',
      json: { confirmation_token_id: 'ctok_fail_0002' },
    });
    assert.equal(res.body!.status, 'failed');
    clock.advance(10_000);
    assert.equal((await portal.me.call('/payment-methods')).body!.items.length, before);
  });
});
