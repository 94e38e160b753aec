import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { changePreview, monthsLater, roundHalfEven, share, tax, usDate } from './polar-formulas.js';
import {
  DAY,
  previewChange,
  subscriptionMockForThisFile,
  updateSubscription,
} from './subscription-support.js';

/**
 * Plan changes priced as Polar prices them (notes §0, §1.3, §1.5, §1.6, §2, §4): every amount
 * is worked out here from Polar's formulas (`polar-formulas.ts`) and the subscription's own
 * dates, at the mock's clock. The seed puts each monthly plan 10 days into a 30-day period, so
 * 20 of 30 days are left; Alice has a billing address (10 % tax) and $5.00 of credit.
 */

const { clock, mock, db, product, settings, signedIn } = subscriptionMockForThisFile();

/** A monthly plan at $24, for same-interval changes (the seed sells none). */
function plusPlan(): string {
  return db().products.insert({
    organization_id: mock.org('acme'),
    name: 'Acme Pro Plus',
    description: null,
    recurring_interval: 'month',
    recurring_interval_count: 1,
    trial_interval: null,
    trial_interval_count: null,
    visibility: 'public',
    is_archived: false,
    prices: [
      { id: crypto.randomUUID(), amount_type: 'fixed', price_amount: 2400, price_currency: 'usd' },
    ],
    benefit_ids: [],
  }).id;
}

const credit = (
  name: string,
  amount: number,
  from: number,
  to: string,
  left: [bigint, bigint],
) => ({
  label: `Remaining time on ${name} — From ${usDate(from)} to ${usDate(to)}`,
  amount: -roundHalfEven(amount, left),
});
const debit = (
  name: string,
  amount: number,
  from: number,
  to: string | number,
  left: [bigint, bigint],
) => ({
  label: `${name} — From ${usDate(from)} to ${usDate(to)}`,
  amount: roundHalfEven(amount, left),
});

describe('interval changes start a new cycle now', () => {
  for (const org of ['prorate', 'invoice']) {
    test(`monthly $12 → yearly $120 with 20 of 30 days left (${org}): $112 + tax charged now`, async () => {
      await settings('acme', { proration_behavior: org });
      const alice = await signedIn('alice@example.com');
      const now = clock.now();
      const { current_period_start: start, current_period_end: end } = alice.sub;
      const yearEnd = monthsLater(now, 12);
      const prorations = [
        debit('Acme Pro (yearly)', 12000, now, yearEnd, [1n, 1n]),
        credit('Acme Pro', 1200, now, end!, share(start!, end!, now)),
      ];
      assert.deepEqual(
        prorations.map((p) => p.amount),
        [12000, -800],
        'the worked example',
      );
      const expected = changePreview(prorations, { hasAddress: true, balance: 500 });
      const res = await previewChange(alice, { product_id: product('Acme Pro (yearly)').id });
      assert.deepEqual(res.body, expected);
      assert.equal(expected.total_amount, 11200 + 1120);

      const changed = await updateSubscription(alice, {
        product_id: product('Acme Pro (yearly)').id,
      });
      assert.equal(changed.status, 200);
      assert.equal(changed.body!.amount, 12000);
      assert.equal(Date.parse(changed.body!.current_period_start), now, 'the new cycle starts now');
      assert.equal(Date.parse(changed.body!.current_period_end), yearEnd, 'and ends a year on');
      const order = db().orders.find(
        (o) => o.subscription_id === alice.sub.id && o.billing_reason === 'subscription_update',
      )!;
      assert.equal(order.subtotal_amount, 11200);
      assert.equal(order.tax_amount, 1120);
      assert.equal(order.status, 'pending', 'paid when Stripe’s webhook comes');
      assert.equal(
        db().wallets.find((w) => w.customer_id === alice.sub.customer_id)!.balance,
        0,
        'her $5 credit was used',
      );
    });
  }

  test('yearly $120 → monthly $12 with 355 of 365 days left: a credit to the wallet, nothing due', async () => {
    const bob = await signedIn('bob@example.com');
    await updateSubscription(bob, { cancel_at_period_end: false });
    const now = clock.now();
    const { current_period_start: start, current_period_end: end } = bob.sub;
    const prorations = [
      debit('Acme Pro', 1200, now, monthsLater(now, 1), [1n, 1n]),
      credit('Acme Pro (yearly)', 12000, now, end!, share(start!, end!, now)),
    ];
    const expected = changePreview(prorations, { hasAddress: false, balance: 0 });
    const monthly = product('Acme Pro').id;
    assert.deepEqual((await previewChange(bob, { product_id: monthly })).body, expected);
    assert.ok(expected.total_amount < 0 && expected.due_amount === 0);
    const changed = await updateSubscription(bob, { product_id: monthly });
    assert.equal(Date.parse(changed.body!.current_period_end), monthsLater(now, 1));
    const wallet = db().wallets.find((w) => w.customer_id === bob.sub.customer_id)!;
    assert.equal(wallet.balance, -expected.total_amount, 'the credit waits in his wallet');
  });
});

describe('same interval', () => {
  test('prorate: both lines now, nothing charged; the next invoice carries them', async () => {
    const plus = plusPlan();
    const alice = await signedIn('alice@example.com');
    const now = clock.now();
    const { current_period_start: start, current_period_end: end } = alice.sub;
    const left = share(start!, end!, now);
    const prorations = [
      debit('Acme Pro Plus', 2400, now, end!, left),
      credit('Acme Pro', 1200, now, end!, left),
    ];
    assert.deepEqual(
      prorations.map((p) => p.amount),
      [1600, -800],
    );
    const expected = changePreview(prorations, { hasAddress: true, balance: 500 });
    assert.deepEqual((await previewChange(alice, { product_id: plus })).body, expected);
    const orders = db().orders.size;
    const changed = await updateSubscription(alice, { product_id: plus });
    assert.equal(changed.body!.current_period_end, end, 'the period is kept');
    assert.equal(db().orders.size, orders, 'nothing is invoiced today');
    const next = await alice.call(`/${alice.sub.id}/charge-preview`);
    const subtotal = 2400 + 800;
    assert.deepEqual(next.body, {
      ...changePreview(prorations, { hasAddress: true, balance: 500 }),
      base_amount: 2400,
      subtotal_amount: subtotal,
      net_amount: subtotal,
      tax_amount: tax(subtotal, true),
      total_amount: subtotal + tax(subtotal, true),
      applied_balance_amount: -500,
      due_amount: subtotal + tax(subtotal, true) - 500,
    });
  });

  test('invoice: upgrade charged now; downgrade credited to the wallet', async () => {
    await settings('acme', { proration_behavior: 'invoice' });
    const plus = plusPlan();
    const alice = await signedIn('alice@example.com');
    const now = clock.now();
    const { current_period_start: start, current_period_end: end } = alice.sub;
    const left = share(start!, end!, now);
    const up = changePreview(
      [debit('Acme Pro Plus', 2400, now, end!, left), credit('Acme Pro', 1200, now, end!, left)],
      { hasAddress: true, balance: 500 },
    );
    assert.deepEqual((await previewChange(alice, { product_id: plus })).body, up);
    assert.equal(up.due_amount, 880 - 500);
    const free = product('Acme Free').id;
    const down = changePreview([credit('Acme Pro', 1200, now, end!, left)], {
      hasAddress: true,
      balance: 500,
    });
    assert.deepEqual((await previewChange(alice, { product_id: free })).body, down);
    assert.equal(down.total_amount, -880);
    await updateSubscription(alice, { product_id: free });
    const wallet = db().wallets.find((w) => w.customer_id === alice.sub.customer_id)!;
    assert.equal(wallet.balance, 500 + 880);
  });

  test('rounding is half to even, at the exact second', async () => {
    // 1200 × left / 30 days = 798.5 exactly, 54 minutes after the seed's moment.
    clock.advance(54 * 60_000);
    const plus = plusPlan();
    const alice = await signedIn('alice@example.com');
    const { current_period_start: start, current_period_end: end } = alice.sub;
    const left = share(start!, end!, clock.now());
    assert.equal((1200 * Number(left[0])) / Number(left[1]), 798.5);
    const res = await previewChange(alice, { product_id: plus });
    assert.equal(res.body!.prorations[1].amount, -798, 'to the even cent, not 799');
    assert.equal(res.body!.prorations[0].amount, 1597);
  });
});

describe('reset and discounts', () => {
  test('reset: no credit, the whole new period, a new cycle even on the same interval', async () => {
    await settings('acme', { proration_behavior: 'reset' });
    const plus = plusPlan();
    const alice = await signedIn('alice@example.com');
    const now = clock.now();
    const yearly = product('Acme Pro (yearly)').id;
    const toYear = changePreview(
      [debit('Acme Pro (yearly)', 12000, now, monthsLater(now, 12), [1n, 1n])],
      {
        hasAddress: true,
        balance: 500,
      },
    );
    assert.deepEqual((await previewChange(alice, { product_id: yearly })).body, toYear);
    const same = changePreview([debit('Acme Pro Plus', 2400, now, monthsLater(now, 1), [1n, 1n])], {
      hasAddress: true,
      balance: 500,
    });
    assert.deepEqual((await previewChange(alice, { product_id: plus })).body, same);
    const changed = await updateSubscription(alice, { product_id: plus });
    assert.equal(Date.parse(changed.body!.current_period_start), now);
    assert.equal(Date.parse(changed.body!.current_period_end), monthsLater(now, 1));
  });

  test('a 25 % discount is in each line, never taken off the prorations again', async () => {
    await settings('acme', { proration_behavior: 'invoice' });
    const plus = plusPlan();
    const alice = await signedIn('alice@example.com');
    db().subscriptions.update(alice.sub.id, {
      discount: {
        id: crypto.randomUUID(),
        name: 'Quarter off',
        type: 'percentage',
        basis_points: 2500,
      },
    });
    const now = clock.now();
    const { current_period_start: start, current_period_end: end } = alice.sub;
    const left = share(start!, end!, now);
    const prorations = [
      debit('Acme Pro Plus', 2400 - 600, now, end!, left),
      credit('Acme Pro', 1200 - 300, now, end!, left),
    ];
    assert.deepEqual(
      prorations.map((p) => p.amount),
      [1200, -600],
    );
    const res = await previewChange(alice, { product_id: plus });
    assert.deepEqual(res.body, changePreview(prorations, { hasAddress: true, balance: 500 }));
    assert.equal(res.body!.discount_amount, 0);
    const next = await alice.call(`/${alice.sub.id}/charge-preview`);
    assert.equal(next.body!.discount_amount, 300, 'the renewal is discounted');
    assert.equal(next.body!.total_amount, 900 + tax(900, true));
  });
});

describe('trials have no proration', () => {
  test('a plan without a trial ends it now and bills a whole period, in the background', async () => {
    const dave = await signedIn('dave@example.com');
    const now = clock.now();
    const yearly = product('Acme Pro (yearly)').id;
    const expected = changePreview([], { hasAddress: false, balance: 0, discountable: 12000 });
    assert.deepEqual((await previewChange(dave, { product_id: yearly })).body, expected);
    assert.equal(expected.due_amount, 12000);
    const changed = await updateSubscription(dave, { product_id: yearly });
    assert.equal(changed.status, 200, 'a failed background charge is no 402');
    assert.equal(Date.parse(changed.body!.trial_end), now);
    assert.equal(Date.parse(changed.body!.current_period_end), monthsLater(now, 12));
    assert.equal(changed.body!.status, 'past_due', 'Dave has no card: dunning starts');
  });

  test('a plan with a trial lets the trial go on, from its start, and nothing is due', async () => {
    const yearly = product('Acme Pro (yearly)');
    db().products.update(yearly.id, { trial_interval: 'day', trial_interval_count: 30 });
    const dave = await signedIn('dave@example.com');
    const trialEnd = Date.parse(dave.sub.trial_start!) + 30 * DAY;
    const expected = changePreview([], { hasAddress: false, balance: 0 });
    assert.deepEqual((await previewChange(dave, { product_id: yearly.id })).body, expected);
    const changed = await updateSubscription(dave, { product_id: yearly.id });
    assert.equal(changed.body!.status, 'trialing');
    assert.equal(Date.parse(changed.body!.trial_end), trialEnd);
    assert.equal(Date.parse(changed.body!.current_period_end), trialEnd);
    assert.equal(changed.body!.product_id, yearly.id);
  });
});

describe('a charge that fails', () => {
  test('a declined card is 402 PaymentFailed, and nothing changed', async () => {
    const carol = await signedIn('carol@example.com');
    const before = await carol.call(`/${carol.sub.id}`);
    const orders = db().orders.size;
    const res = await updateSubscription(carol, { product_id: product('Acme Pro (yearly)').id });
    assert.equal(res.status, 402);
    assert.deepEqual(res.body, {
      error: 'PaymentFailed',
      detail: 'Payment failed with reason: card_error.',
    });
    assert.deepEqual((await carol.call(`/${carol.sub.id}`)).body, before.body);
    assert.equal(db().orders.size, orders);
  });

  test('no card at all is 402 missing_payment_method', async () => {
    const alice = await signedIn('alice@example.com');
    db().customers.update(alice.sub.customer_id!, { default_payment_method_id: null });
    db().subscriptions.update(alice.sub.id, { payment_method_id: null });
    const res = await updateSubscription(alice, { product_id: product('Acme Pro (yearly)').id });
    assert.equal(res.status, 402);
    assert.deepEqual(res.body, {
      error: 'PaymentFailed',
      detail: 'Payment failed with reason: missing_payment_method.',
    });
    assert.equal((await alice.call(`/${alice.sub.id}`)).body!.product_id, product('Acme Pro').id);
  });
});
