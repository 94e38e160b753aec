import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mockForThisFile } from './harness.js';

/**
 * Cards, the organization's switches, billing details and the seed's arithmetic, each held to
 * Polar's rule (notes §6, §7; `server/polar/kit/address.py`), not to the mock's code.
 */

const ME = '/v1/customer-portal/customers/me';
const mock = mockForThisFile();

const DAY = 24 * 60 * 60 * 1000;

interface Settings {
  customer_portal_settings: { usage: { show: boolean }; customer: { allow_email_change: boolean } };
}
const addCard = (me: Awaited<ReturnType<typeof mock.session>>, token: string) =>
  me.call('/payment-methods', {
    method: 'POST',
    json: { confirmation_token_id: token, set_default: false, return_url: 'https://x.example' },
  });

describe('deleting a card (Polar’s `requires_payment_method`)', () => {
  test('a subscription that cancels at the period’s end, with no usage billed, needs no card', async () => {
    const bob = await mock.session('bob@example.com', { prefix: ME });
    const sub = mock.mock.state.db.subscriptions.find(
      (s) => s.customer_id === mock.customer('bob@example.com').id,
    )!;
    assert.equal(sub.cancel_at_period_end, true);
    const res = await bob.call(`/payment-methods/${sub.payment_method_id}`, { method: 'DELETE' });
    assert.equal(res.status, 204);
    assert.equal(mock.mock.state.db.subscriptions.get(sub.id)!.payment_method_id, null);
  });

  test('needed, with another card: allowed, and the subscription moves to that card', async () => {
    const carol = await mock.session('carol@example.com', { prefix: ME });
    const added = await addCard(carol, 'ctok_mastercard_5100_01_2031');
    const sub = mock.mock.state.db.subscriptions.find(
      (s) => s.customer_id === mock.customer('carol@example.com').id,
    )!;
    const res = await carol.call(`/payment-methods/${sub.payment_method_id}`, { method: 'DELETE' });
    assert.equal(res.status, 204);
    assert.equal(
      mock.mock.state.db.subscriptions.get(sub.id)!.payment_method_id,
      added.body!.payment_method.id,
    );
    assert.equal((await carol.call('')).body!.default_payment_method_id, null, 'no default left');
  });

  test('needed and the only card: 400 PaymentMethodInUseByActiveSubscription', async () => {
    const sam = await mock.session('sam@example.com', {
      prefix: ME,
      customerId: mock.customer('sam@example.com').id,
    });
    const [card] = (await sam.call('/payment-methods')).body!.items;
    const res = await sam.call(`/payment-methods/${card.id}`, { method: 'DELETE' });
    assert.equal(res.status, 400);
    assert.deepEqual(res.body, {
      error: 'PaymentMethodInUseByActiveSubscription',
      detail:
        'This payment method is still needed to bill a subscription. Add another one or cancel the subscription first.',
    });
  });
});

describe('settings the organization sets', () => {
  test('customer_portal_settings are served as Polar serves them', async () => {
    const { organization } = (await (
      await mock.call('/v1/customer-portal/organizations/acme')
    ).json()) as { organization: Settings };
    assert.deepEqual(organization.customer_portal_settings.usage, { show: true });
    assert.equal(organization.customer_portal_settings.customer.allow_email_change, true);
    const teamly = (await (await mock.call('/v1/customer-portal/organizations/teamly')).json()) as {
      organization: Settings;
    };
    assert.equal(teamly.organization.customer_portal_settings.customer.allow_email_change, false);
  });

  test('email change is 403 NotPermitted where the organization does not allow it', async () => {
    const sam = await mock.session('sam@example.com', {
      prefix: ME,
      customerId: mock.customer('sam@example.com').id,
    });
    const res = await sam.call('/email-update/request', {
      method: 'POST',
      json: { email: 'sam.new@example.com' },
    });
    assert.equal(res.status, 403);
    assert.deepEqual(res.body, {
      error: 'NotPermitted',
      detail: 'Email changes are not enabled for this organization.',
    });
  });

  test('seats are 403 FeatureNotEnabled without seat-based pricing (Polar’s exact body)', async () => {
    const alice = await mock.session('alice@example.com', { prefix: '/v1/customer-portal' });
    const sub = mock.mock.state.db.subscriptions.find(
      (s) => s.customer_id === mock.customer('alice@example.com').id,
    )!;
    const res = await alice.call(`/seats?subscription_id=${sub.id}`);
    assert.equal(res.status, 403);
    assert.deepEqual(res.body, {
      error: 'FeatureNotEnabled',
      detail: 'Seat-based pricing is not enabled for this organization',
    });
    const ben = await mock.session('ben@northwind.example', { prefix: '/v1/customer-portal' });
    const team = mock.mock.state.db.subscriptions.find((s) => s.seats !== null)!;
    assert.equal((await ben.call(`/seats?subscription_id=${team.id}`)).status, 200);
  });
});

describe('billing details are validated as Polar’s AddressInput does', () => {
  test('a bad US state is one model-level error naming the address', async () => {
    const alice = await mock.session('alice@example.com', { prefix: ME });
    const res = await alice.call('', {
      method: 'PATCH',
      json: { billing_address: { country: 'CA', state: 'XX', city: 'Toronto' } },
    });
    assert.equal(res.status, 422);
    assert.equal(res.body!.error, 'RequestValidationError');
    assert.deepEqual(
      res.body!.detail.map((d: { loc: string[]; msg: string; type: string }) => [
        d.loc.join('.'),
        d.type,
        d.msg,
      ]),
      [['body.billing_address', 'value_error', 'Value error, Invalid CA subdivision']],
    );
  });

  test('blank parts are null; a blank state is no state; Polar checks no postal code', async () => {
    const orders = await mock.session('alice@example.com', {
      prefix: '/v1/customer-portal/orders',
    });
    const [order] = (await orders.call('/')).body!.items;
    mock.mock.state.db.orders.update(order.id, { billing_address: null });
    const res = await orders.call(`/${order.id}`, {
      method: 'PATCH',
      json: { billing_address: { country: 'US', state: '', line1: ' ', postal_code: 'ABCDE' } },
    });
    assert.equal(res.status, 200);
    assert.deepEqual(res.body!.billing_address, {
      line1: null,
      line2: null,
      postal_code: 'ABCDE',
      city: null,
      state: null,
      country: 'US',
    });
  });

  test('an order’s country and state cannot change once set, both said at once', async () => {
    const orders = await mock.session('alice@example.com', {
      prefix: '/v1/customer-portal/orders',
    });
    const [order] = (await orders.call('/')).body!.items;
    const res = await orders.call(`/${order.id}`, {
      method: 'PATCH',
      json: { billing_address: { country: 'CA', state: 'QC' } },
    });
    assert.equal(res.status, 422);
    assert.equal(res.body!.error, 'PolarRequestValidationError');
    assert.deepEqual(
      res.body!.detail.map((d: { loc: string[]; msg: string }) => [d.loc.join('.'), d.msg]),
      [
        ['body.billing_address.country', 'Country cannot be changed'],
        ['body.billing_address.state', 'State cannot be changed'],
      ],
    );
  });
});

describe('the seed tells one story', () => {
  test('each subscription has one order per period since it started, for its amount', () => {
    const { db } = mock.mock.state;
    for (const sub of db.subscriptions.all()) {
      const orders = db.orders
        .filter((o) => o.subscription_id === sub.id)
        .sort((a, b) => a.created_at.localeCompare(b.created_at));
      if (sub.status === 'trialing' || sub.amount === 0) {
        assert.equal(orders.length, 0, sub.id);
        continue;
      }
      const period = sub.recurring_interval === 'year' ? 365 : 30;
      const elapsed = (Date.parse(sub.current_period_start) - Date.parse(sub.started_at!)) / DAY;
      assert.equal(orders.length, elapsed / period + 1, `${sub.id}: one order a period`);
      assert.equal(orders[0]!.created_at, sub.started_at);
      assert.equal(orders.at(-1)!.created_at, sub.current_period_start);
      for (const [i, o] of orders.entries()) {
        assert.equal(o.subtotal_amount, sub.amount, 'the subscription’s amount');
        if (i > 0)
          assert.equal(
            (Date.parse(o.created_at) - Date.parse(orders[i - 1]!.created_at)) / DAY,
            period,
          );
      }
    }
    const bobs = db.orders.filter((o) => o.customer_id === mock.customer('bob@example.com').id);
    assert.equal(bobs.length, 2, 'a yearly plan started over a year ago: two yearly orders');
    assert.ok(bobs.every((o) => o.subtotal_amount === 12000));
  });

  test('invoice numbers count up per organization in the order billed', () => {
    const { db } = mock.mock.state;
    for (const slug of ['ACME', 'TEAMLY']) {
      const numbers = db.orders
        .filter((o) => o.invoice_number.startsWith(`${slug}-`))
        .sort((a, b) => a.created_at.localeCompare(b.created_at))
        .map((o) => Number(o.invoice_number.split('-')[1]));
      assert.deepEqual(
        numbers,
        numbers.map((_, i) => i + 1),
      );
    }
  });

  test('a meter’s balance is credited minus consumed, in whole calls', async () => {
    const ben = await mock.session('ben@northwind.example', { prefix: '/v1/customer-portal' });
    const [meter] = (await ben.call('/meters/')).body!.items;
    assert.equal(meter.balance, meter.credited_units - meter.consumed_units);
    assert.ok(Number.isInteger(meter.consumed_units));
    assert.equal(meter.credited_units, 1000, 'one month of the 1,000-call credit');
  });
});
