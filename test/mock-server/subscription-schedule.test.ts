import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { changePreview, monthsLater, share, tax, truncate, usDate } from './polar-formulas.js';
import {
  DAY,
  previewChange,
  subscriptionMockForThisFile,
  updateSubscription,
} from './subscription-support.js';

/**
 * Seat changes (notes §1.4), pending updates under `next_period` (§3) and the merchant's portal
 * settings (§7), with amounts from Polar's formulas (`polar-formulas.ts`). Northwind pays $8 a
 * seat for 5 seats, 20 of 30 days left, no billing address (no tax); 4 seats are in use.
 */

const { clock, db, product, settings, signedIn } = subscriptionMockForThisFile();

const seatLine = (from: number, to: number, now: number, end: string, amount: number) => ({
  label: `Teamly Team (${from} → ${to} seats) — From ${usDate(now)} to ${usDate(end)}`,
  amount,
});

describe('seats', () => {
  for (const [from, to] of [
    [5, 8],
    [5, 4],
  ] as const) {
    test(`prorate ${from} → ${to}: the difference for the time left, truncated`, async () => {
      const olivia = await signedIn('olivia@northwind.example');
      const now = clock.now();
      const { current_period_start: start, current_period_end: end } = olivia.sub;
      const amount = truncate((to - from) * 800, share(start!, end!, now));
      assert.equal(amount, to > from ? 1600 : -533);
      const expected = changePreview([seatLine(from, to, now, end!, amount)], {
        hasAddress: false,
        balance: 0,
      });
      const res = await previewChange(olivia, { seats: to });
      assert.deepEqual(res.body, expected);
      const orders = db().orders.size;
      const changed = await updateSubscription(olivia, { seats: to });
      assert.equal(changed.body!.seats, to);
      assert.equal(db().orders.size, orders, 'prorate waits for the renewal');
      const next = await olivia.call(`/${olivia.sub.id}/charge-preview`);
      assert.equal(next.body!.total_amount, to * 800 + amount);
    });
  }

  test('invoice: billed now; reset: the whole new count and a new period', async () => {
    await settings('teamly', { proration_behavior: 'invoice' });
    const olivia = await signedIn('olivia@northwind.example');
    const now = clock.now();
    const { current_period_start: start, current_period_end: end } = olivia.sub;
    const orders = db().orders.size;
    await updateSubscription(olivia, { seats: 8 });
    const order = db().orders.all().at(-1)!;
    assert.equal(db().orders.size, orders + 1);
    assert.equal(order.subtotal_amount, truncate(3 * 800, share(start!, end!, now)));
    assert.equal(order.billing_reason, 'subscription_update');

    await settings('teamly', { proration_behavior: 'reset' });
    const res = await previewChange(olivia, { seats: 6 });
    const periodEnd = new Date(monthsLater(now, 1)).toISOString();
    assert.deepEqual(
      res.body,
      changePreview([seatLine(8, 6, now, periodEnd, 6 * 800)], { hasAddress: false, balance: 0 }),
    );
    const changed = await updateSubscription(olivia, { seats: 6 });
    assert.equal(Date.parse(changed.body!.current_period_end), monthsLater(now, 1));
  });
});

describe('next_period: a pending update', () => {
  test('is stored, changes nothing now, previews zero, and can be cleared once', async () => {
    await settings('acme', { proration_behavior: 'next_period' });
    const alice = await signedIn('alice@example.com');
    const yearly = product('Acme Pro (yearly)').id;
    const zero = changePreview([], { hasAddress: true, balance: 500 });
    const res = await previewChange(alice, { product_id: yearly });
    assert.deepEqual(res.body, zero);
    const orders = db().orders.size;
    const changed = await updateSubscription(alice, { product_id: yearly });
    assert.equal(changed.status, 200);
    assert.equal(changed.body!.product_id, alice.sub.product_id, 'still the monthly plan');
    assert.equal(changed.body!.amount, 1200);
    const pending = changed.body!.pending_update;
    assert.equal(pending.applies_at, alice.sub.current_period_end);
    assert.equal(pending.product_id, yearly);
    assert.equal(pending.seats, null);
    assert.equal(pending.units, null);
    assert.equal(db().orders.size, orders, 'nothing billed');
    const next = await alice.call(`/${alice.sub.id}/charge-preview`);
    assert.equal(next.body!.base_amount, 12000, 'the next charge is the new plan');

    const cleared = await updateSubscription(alice, { pending_update: null });
    assert.equal(cleared.status, 200);
    assert.equal(cleared.body!.pending_update, null);
    const again = await updateSubscription(alice, { pending_update: null });
    assert.equal(again.status, 422);
    assert.deepEqual(again.body, {
      error: 'PolarRequestValidationError',
      detail: [
        {
          type: 'value_error',
          loc: ['body', 'pending_update'],
          msg: 'This subscription has no pending update to clear.',
          input: null,
        },
      ],
    });
  });

  test('applies at the period’s end: the new plan, a year from the old end, its renewal billed', async () => {
    await settings('acme', { proration_behavior: 'next_period' });
    const alice = await signedIn('alice@example.com');
    const yearly = product('Acme Pro (yearly)').id;
    await updateSubscription(alice, { product_id: yearly });
    const oldEnd = alice.sub.current_period_end!;
    clock.set(Date.parse(oldEnd) + 1000);
    const later = await signedIn('alice@example.com');
    assert.equal(later.sub.product_id, yearly);
    assert.equal(later.sub.pending_update, null);
    assert.equal(later.sub.current_period_start, oldEnd);
    assert.equal(Date.parse(later.sub.current_period_end!), monthsLater(oldEnd, 12));
    const renewal = db()
      .orders.all()
      .filter((o) => o.subscription_id === alice.sub.id)
      .at(-1)!;
    assert.equal(renewal.billing_reason, 'subscription_cycle');
    assert.equal(renewal.subtotal_amount, 12000);
    assert.equal(renewal.tax_amount, tax(12000, true));
  });

  test('seats: 5 → 8 from the next period; the current count again withdraws it', async () => {
    await settings('teamly', { proration_behavior: 'next_period' });
    const olivia = await signedIn('olivia@northwind.example');
    const changed = await updateSubscription(olivia, { seats: 8 });
    assert.equal(changed.body!.seats, 5);
    assert.equal(changed.body!.pending_update.seats, 8);
    const withdrawn = await updateSubscription(olivia, { seats: 5 });
    assert.equal(withdrawn.body!.pending_update, null);
  });

  test('a trial’s scheduled change applies at the trial’s end', async () => {
    await settings('acme', { proration_behavior: 'next_period' });
    const dave = await signedIn('dave@example.com');
    const changed = await updateSubscription(dave, { product_id: product('Acme Pro (yearly)').id });
    assert.equal(changed.body!.pending_update.applies_at, dave.sub.trial_end);
    assert.equal(changed.body!.status, 'trialing');
    assert.ok(Date.parse(dave.sub.trial_end!) - clock.now() === 10 * DAY);
  });
});

describe('the merchant’s portal settings', () => {
  test('update_seats off: seat previews and changes are 403', async () => {
    await settings('teamly', { subscription: { update_seats: false } });
    const olivia = await signedIn('olivia@northwind.example');
    for (const [path, method] of [
      [`/${olivia.sub.id}/change-preview`, 'POST'],
      [`/${olivia.sub.id}`, 'PATCH'],
    ] as const) {
      const res = await olivia.call(path, { method, json: { seats: 6 } });
      assert.equal(res.status, 403);
      assert.deepEqual(res.body, {
        error: 'UpdateSubscriptionSeatsNotAllowed',
        detail: 'Updating subscription seats is not allowed.',
      });
    }
  });

  test('update_plan off: plan previews and changes are 403; clearing a pending update is not gated', async () => {
    await settings('acme', { proration_behavior: 'next_period' });
    const alice = await signedIn('alice@example.com');
    const yearly = product('Acme Pro (yearly)').id;
    await updateSubscription(alice, { product_id: yearly });
    await settings('acme', { subscription: { update_plan: false } });
    const res = await previewChange(alice, { product_id: yearly });
    assert.equal(res.status, 403);
    assert.equal(res.body!.error, 'UpdateSubscriptionPlanNotAllowed');
    const cleared = await updateSubscription(alice, { pending_update: null });
    assert.equal(cleared.status, 200);
  });
});
