import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ManualClock } from '../../mock-server/index.js';
import { mockForThisFile } from './harness.js';
import { assertMatches2026 } from './schema-2026.js';

const BASE = '/v1/customer-portal/subscriptions';
const clock = new ManualClock();
const mock = mockForThisFile({ clock });

const session = (email: string) => mock.session(email, { prefix: BASE });

async function onlySubscriptionId(email: string) {
  const { auth } = await session(email);
  const page = await mock.sdk.customerPortal.subscriptions.list(auth, {});
  assert.equal(page.result.items.length, 1);
  return page.result.items[0]!.id;
}

describe('list and get', () => {
  test('each customer lists only their own subscriptions, valid for both Polar SDKs', async () => {
    for (const [email, status] of [
      ['alice@example.com', 'active'],
      ['bob@example.com', 'active'],
      ['carol@example.com', 'past_due'],
      ['dave@example.com', 'trialing'],
    ] as const) {
      const { auth, call } = await session(email);
      const page = await mock.sdk.customerPortal.subscriptions.list(auth, {});
      assert.equal(page.result.items.length, 1, email);
      const [sub] = page.result.items;
      assert.equal(sub!.status, status);
      assert.equal(sub!.customerId, mock.customer(email).id);
      const raw = await call('/');
      assertMatches2026('ListResourceCustomerSubscription', raw.body);
    }
  });

  test('bob’s subscription shows it cancels at the end of the period, with his reason', async () => {
    const { auth } = await session('bob@example.com');
    const [sub] = (await mock.sdk.customerPortal.subscriptions.list(auth, {})).result.items;
    assert.equal(sub!.cancelAtPeriodEnd, true);
    assert.equal(sub!.endsAt?.getTime(), sub!.currentPeriodEnd.getTime());
    assert.equal(sub!.customerCancellationReason, 'too_expensive');
  });

  test('a team member reads the team’s subscription, seats included', async () => {
    const { auth } = await session('mia@northwind.example');
    const [sub] = (await mock.sdk.customerPortal.subscriptions.list(auth, {})).result.items;
    assert.equal(sub!.product.name, 'Teamly Team');
    assert.equal(sub!.seats, 5);
    assert.equal(sub!.prices[0]!.amountType, 'seat_based');
  });

  test('get returns one subscription; another customer’s id is 404, a malformed id 422', async () => {
    const bobs = await onlySubscriptionId('bob@example.com');
    const alices = await onlySubscriptionId('alice@example.com');
    const { auth, call } = await session('alice@example.com');
    const sub = await mock.sdk.customerPortal.subscriptions.get(auth, { id: alices });
    assert.equal(sub.id, alices);
    const other = await call(`/${bobs}`);
    assert.equal(other.status, 404);
    assert.deepEqual(other.body, { error: 'ResourceNotFound', detail: 'Not found' });
    const malformed = await call('/not-a-uuid');
    assert.equal(malformed.status, 422);
    assert.deepEqual((malformed.body!.detail as { loc: string[] }[])[0]!.loc, ['path', 'id']);
  });

  test('pagination, filters and sorting follow Polar’s rules', async () => {
    const { call } = await session('alice@example.com');
    const clamped = await call('/?limit=500');
    assert.deepEqual(clamped.body!.pagination, { total_count: 1, max_page: 1 });
    const secondPage = await call('/?page=2&limit=1');
    assert.deepEqual(secondPage.body!.items, []);
    assert.equal(((await call('/?active=false')).body!.items as unknown[]).length, 0);
    assert.equal(
      ((await call('/?active=true&query=acme%20pro')).body!.items as unknown[]).length,
      1,
    );
    assert.equal(((await call('/?query=teamly')).body!.items as unknown[]).length, 0);
    for (const bad of [
      '/?limit=0',
      '/?page=-1',
      '/?limit=ten',
      '/?sorting=price',
      '/?active=maybe',
    ]) {
      const res = await call(bad);
      assert.equal(res.status, 422, bad);
      assert.equal(res.body!.error, 'RequestValidationError');
      assert.equal((res.body!.detail as { loc: string[] }[])[0]!.loc[0], 'query');
    }
    const noSlash = await mock.call(BASE, { redirect: 'manual' });
    assert.equal(noSlash.status, 307);
    assert.match(noSlash.headers.get('location')!, /\/subscriptions\/$/);
  });
});

describe('cancel and uncancel', () => {
  test('DELETE cancels at period end; a second cancel is AlreadyCanceledSubscription', async () => {
    const id = await onlySubscriptionId('alice@example.com');
    const { auth, call } = await session('alice@example.com');
    const canceled = await mock.sdk.customerPortal.subscriptions.cancel(auth, { id });
    assert.equal(canceled.cancelAtPeriodEnd, true);
    assert.equal(canceled.status, 'active', 'access lasts until the period ends');
    assert.equal(canceled.endsAt?.getTime(), canceled.currentPeriodEnd.getTime());
    assert.equal(canceled.canceledAt?.getTime(), clock.now());
    const again = await call(`/${id}`, { method: 'DELETE' });
    assert.equal(again.status, 403);
    assert.equal(again.body!.error, 'AlreadyCanceledSubscription');
  });

  test('PATCH records the reason and comment, and uncancel clears them', async () => {
    const id = await onlySubscriptionId('alice@example.com');
    const { auth } = await session('alice@example.com');
    const canceled = await mock.sdk.customerPortal.subscriptions.update(auth, {
      id,
      customerSubscriptionUpdate: {
        cancelAtPeriodEnd: true,
        cancellationReason: 'missing_features',
        cancellationComment: 'I need <b>SSO</b>',
      },
    });
    assert.equal(canceled.customerCancellationReason, 'missing_features');
    assert.equal(canceled.customerCancellationComment, 'I need <b>SSO</b>');
    const resumed = await mock.sdk.customerPortal.subscriptions.update(auth, {
      id,
      customerSubscriptionUpdate: { cancelAtPeriodEnd: false },
    });
    assert.equal(resumed.cancelAtPeriodEnd, false);
    assert.equal(resumed.endsAt, null);
    assert.equal(resumed.canceledAt, null);
    assert.equal(resumed.customerCancellationReason, null);
  });

  test('uncancel of a running subscription is a 400, an empty PATCH a no-op 200', async () => {
    const id = await onlySubscriptionId('alice@example.com');
    const { call } = await session('alice@example.com');
    const before = await call(`/${id}`);
    const bad = await mock.call(`${BASE}/${id}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${(await session('alice@example.com')).token}` },
      json: { cancel_at_period_end: false },
    });
    assert.equal(bad.status, 400);
    assert.deepEqual(await bad.json(), { error: 'BadRequest', detail: 'Bad request' });
    const noop = await mock.call(`${BASE}/${id}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${(await session('alice@example.com')).token}` },
      json: {},
    });
    assert.equal(noop.status, 200);
    assert.deepEqual(await noop.json(), before.body);
  });

  test('concurrent cancels: exactly one succeeds, the rest are AlreadyCanceledSubscription', async () => {
    const id = await onlySubscriptionId('alice@example.com');
    const { call } = await session('alice@example.com');
    const results = await Promise.all(
      Array.from({ length: 20 }, () => call(`/${id}`, { method: 'DELETE' })),
    );
    assert.equal(results.filter((r) => r.status === 200).length, 1);
    assert.ok(
      results.every((r) => r.status === 200 || r.body!.error === 'AlreadyCanceledSubscription'),
    );
  });

  test('revoke ends a past-due subscription now and refuses an active one', async () => {
    const carols = await onlySubscriptionId('carol@example.com');
    const carol = await session('carol@example.com');
    const revoked = await mock.call(`${BASE}/${carols}/revoke`, {
      method: 'POST',
      headers: { authorization: `Bearer ${carol.token}` },
      json: { cancellation_reason: 'unused' },
    });
    assert.equal(revoked.status, 200);
    const body = (await revoked.json()) as Record<string, unknown>;
    assertMatches2026('CustomerSubscription', body);
    assert.equal(body.status, 'canceled');
    assert.equal(body.ended_at, body.ends_at);
    assert.equal(body.customer_cancellation_reason, 'unused');

    const alices = await onlySubscriptionId('alice@example.com');
    const alice = await session('alice@example.com');
    const refused = await mock.call(`${BASE}/${alices}/revoke`, {
      method: 'POST',
      headers: { authorization: `Bearer ${alice.token}` },
      json: {},
    });
    assert.equal(refused.status, 409);
    assert.equal(((await refused.json()) as { error: string }).error, 'RevokeNotAllowed');
  });
});

describe('plan and seat changes', () => {
  test('switching to the yearly plan changes product, price and amount', async () => {
    const id = await onlySubscriptionId('alice@example.com');
    const alice = await session('alice@example.com');
    const before = await mock.sdk.customerPortal.subscriptions.get(alice.auth, { id });
    assert.equal(before.product.name, 'Acme Pro');
    const orgProducts = mock.mock.state.db.products.filter(
      (p) => p.organization_id === mock.org('acme'),
    );
    const target = orgProducts.find((p) => p.name === 'Acme Pro (yearly)')!;
    const changed = await mock.sdk.customerPortal.subscriptions.update(alice.auth, {
      id,
      customerSubscriptionUpdate: { productId: target.id },
    });
    assert.equal(changed.productId, target.id);
    assert.equal(changed.amount, 12000);
    assert.equal(changed.recurringInterval, 'year');
    const oneTime = orgProducts.find((p) => p.recurring_interval === null)!;
    const noBody = await alice.call(`/${id}`, { method: 'PATCH' });
    assert.equal(noBody.status, 422, 'a PATCH without a body is a validation error');
    const notRecurring = await mock.call(`${BASE}/${id}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${alice.token}` },
      json: { product_id: oneTime.id },
    });
    assert.equal(notRecurring.status, 422);
    const detail = ((await notRecurring.json()) as { detail: { loc: string[]; msg: string }[] })
      .detail;
    assert.deepEqual(detail[0]!.loc, ['body', 'product_id']);
    assert.equal(detail[0]!.msg, 'Product is not recurring.');
  });

  test('another organization’s product does not exist for this subscription', async () => {
    const id = await onlySubscriptionId('alice@example.com');
    const alice = await session('alice@example.com');
    const foreign = mock.mock.state.db.products.find(
      (p) => p.organization_id === mock.org('teamly'),
    )!;
    const res = await mock.call(`${BASE}/${id}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${alice.token}` },
      json: { product_id: foreign.id },
    });
    assert.equal(res.status, 422);
    assert.equal(
      ((await res.json()) as { detail: { msg: string }[] }).detail[0]!.msg,
      'Product does not exist.',
    );
  });

  test('seats change within the limits; never below the seats in use', async () => {
    const owner = await session('olivia@northwind.example');
    const [team] = (await mock.sdk.customerPortal.subscriptions.list(owner.auth, {})).result.items;
    const more = await mock.sdk.customerPortal.subscriptions.update(owner.auth, {
      id: team!.id,
      customerSubscriptionUpdate: { seats: 6 },
    });
    assert.equal(more.seats, 6);
    assert.equal(more.amount, 6 * 800);
    const res = await mock.call(`${BASE}/${team!.id}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${owner.token}` },
      json: { seats: 2 },
    });
    assert.equal(res.status, 400);
    assert.deepEqual(await res.json(), {
      error: 'SeatsAlreadyAssigned',
      detail: 'Cannot decrease seats to 2. Currently 4 seats are assigned. Revoke seats first.',
    });
    const zero = await mock.call(`${BASE}/${team!.id}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${owner.token}` },
      json: { seats: 0 },
    });
    assert.equal(zero.status, 422);
    assert.deepEqual(((await zero.json()) as { detail: { loc: string[] }[] }).detail[0]!.loc, [
      'body',
      'CustomerSubscriptionUpdateSeats',
      'seats',
    ]);

    const alices = await onlySubscriptionId('alice@example.com');
    const alice = await session('alice@example.com');
    const notSeats = await mock.call(`${BASE}/${alices}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${alice.token}` },
      json: { seats: 3 },
    });
    assert.equal(notSeats.status, 400);
    assert.equal(((await notSeats.json()) as { error: string }).error, 'NotASeatBasedSubscription');
  });
});

describe('roles', () => {
  test('a member reads but cannot cancel, change or preview a change; nothing changes', async () => {
    const mia = await session('mia@northwind.example');
    const [team] = (await mock.sdk.customerPortal.subscriptions.list(mia.auth, {})).result.items;
    const before = await mia.call(`/${team!.id}`);
    const writes: [string, RequestInit & { json?: unknown }][] = [
      [`/${team!.id}`, { method: 'DELETE' }],
      [`/${team!.id}`, { method: 'PATCH', json: { seats: 9 } }],
      [`/${team!.id}`, { method: 'PATCH', json: { cancel_at_period_end: true } }],
      [`/${team!.id}/change-preview`, { method: 'POST', json: { seats: 9 } }],
      [`/${team!.id}/revoke`, { method: 'POST', json: {} }],
    ];
    for (const [path, init] of writes) {
      const res = await mock.call(BASE + path, {
        ...init,
        headers: { authorization: `Bearer ${mia.token}` },
      });
      assert.equal(res.status, 403, `${init.method} ${path}`);
      assert.deepEqual(await res.json(), {
        error: 'NotPermitted',
        detail: 'Only owners and billing managers can access billing features.',
      });
    }
    assert.deepEqual((await mia.call(`/${team!.id}`)).body, before.body);
    assert.equal(
      (await mia.call(`/${team!.id}/charge-preview`)).status,
      200,
      'previews of the next charge are readable',
    );
  });

  test('a billing manager may change the team’s seats', async () => {
    const ben = await session('ben@northwind.example');
    const [team] = (await mock.sdk.customerPortal.subscriptions.list(ben.auth, {})).result.items;
    const updated = await mock.sdk.customerPortal.subscriptions.update(ben.auth, {
      id: team!.id,
      customerSubscriptionUpdate: { seats: 7 },
    });
    assert.equal(updated.seats, 7);
  });
});

describe('previews', () => {
  test('charge preview: the next renewal with tax, less her $5.00 of credit', async () => {
    const id = await onlySubscriptionId('alice@example.com');
    const { call } = await session('alice@example.com');
    const res = await call(`/${id}/charge-preview`);
    assert.equal(res.status, 200);
    assert.deepEqual(res.body, {
      base_amount: 1200,
      metered_amount: 0,
      proration_amount: 0,
      prorations: [],
      subtotal_amount: 1200,
      discount_amount: 0,
      net_amount: 1200,
      tax_amount: 120,
      total_amount: 1320,
      applied_balance_amount: -500,
      due_amount: 820,
    });
  });

  test('cancel preview names what is still owed', async () => {
    const id = await onlySubscriptionId('carol@example.com');
    const { call } = await session('carol@example.com');
    const res = await call(`/${id}/cancel-preview`);
    assert.deepEqual(res.body, { stops_collection: true, outstanding_amount: 1320 });
  });

  test('change preview of an interval change: base 0, the new year whole, the unused month back', async () => {
    const id = await onlySubscriptionId('alice@example.com');
    const alice = await session('alice@example.com');
    const yearly = mock.mock.state.db.products.find((p) => p.name === 'Acme Pro (yearly)')!;
    const res = await mock.call(`${BASE}/${id}/change-preview`, {
      method: 'POST',
      headers: { authorization: `Bearer ${alice.token}` },
      json: { product_id: yearly.id },
    });
    assert.equal(res.status, 200);
    const body = (await res.json()) as {
      base_amount: number;
      prorations: { label: string; amount: number }[];
      proration_amount: number;
      total_amount: number;
    };
    assert.equal(body.base_amount, 0);
    // The seed puts alice 10 days into a 30-day period: two thirds remain (subscription-money.test.ts).
    assert.deepEqual(body.prorations, [
      { label: 'Acme Pro (yearly) — From Jan 15, 2026 to Jan 15, 2027', amount: 12000 },
      { label: 'Remaining time on Acme Pro — From Jan 15, 2026 to Feb 4, 2026', amount: -800 },
    ]);
    assert.equal(body.proration_amount, 11200);
    assert.equal(body.total_amount, 11200 + 1120);
    const sub = await alice.call(`/${id}`);
    assert.equal(
      sub.body!.product_id,
      mock.mock.state.db.products.find((p) => p.name === 'Acme Pro')!.id,
      'a preview changes nothing',
    );
  });
});
