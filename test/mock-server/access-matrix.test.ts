import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CUSTOMER_LISTS, mockForThisFile, type Harness } from './harness.js';

/**
 * Polar's permission matrix (contract README, reference.md §1.3) and customer isolation, checked
 * endpoint by endpoint rather than example by example.
 */

const PORTAL = '/v1/customer-portal';
const mock = mockForThisFile();

type Ids = ReturnType<typeof teamIds>;
interface Write {
  name: string;
  method: string;
  path: (ids: Ids) => string;
  body?: (ids: Ids) => unknown;
}

/** Northwind's resources, found in the store so the writes aim at real rows. */
function teamIds(harness: Harness) {
  const { db } = harness.mock.state;
  const team = harness.customer('olivia@northwind.example', 'teamly').id;
  const subscription = db.subscriptions.find((s) => s.customer_id === team)!;
  return {
    subscription: subscription.id,
    order: db.orders.find((o) => o.customer_id === team)!.id,
    card: db.paymentMethods.find((p) => p.customer_id === team)!.id,
    seat: db.seats.find((s) => s.subscription_id === subscription.id && s.status === 'pending')!.id,
    member: db.members.find((m) => m.customer_id === team && m.role === 'member')!.id,
    wallet: db.wallets.all()[0]!.id,
  };
}

/** Every billing write and billing read of the portal. */
const BILLING: Write[] = [
  {
    name: 'cancel a subscription',
    method: 'DELETE',
    path: (i) => `/subscriptions/${i.subscription}`,
  },
  {
    name: 'change seats',
    method: 'PATCH',
    path: (i) => `/subscriptions/${i.subscription}`,
    body: () => ({ seats: 6 }),
  },
  {
    name: 'preview a change',
    method: 'POST',
    path: (i) => `/subscriptions/${i.subscription}/change-preview`,
    body: () => ({ seats: 6 }),
  },
  {
    name: 'revoke a subscription',
    method: 'POST',
    path: (i) => `/subscriptions/${i.subscription}/revoke`,
    body: () => ({}),
  },
  { name: 'list orders', method: 'GET', path: () => '/orders/' },
  { name: 'read an order', method: 'GET', path: (i) => `/orders/${i.order}` },
  {
    name: 'edit an order',
    method: 'PATCH',
    path: (i) => `/orders/${i.order}`,
    body: () => ({ billing_name: 'X' }),
  },
  { name: 'generate an invoice', method: 'POST', path: (i) => `/orders/${i.order}/invoice` },
  {
    name: 'retry a payment',
    method: 'POST',
    path: (i) => `/orders/${i.order}/confirm-payment`,
    body: (i) => ({ payment_method_id: i.card }),
  },
  {
    name: 'edit the profile',
    method: 'PATCH',
    path: () => '/customers/me',
    body: () => ({ billing_name: 'X' }),
  },
  { name: 'list cards', method: 'GET', path: () => '/customers/me/payment-methods' },
  {
    name: 'add a card',
    method: 'POST',
    path: () => '/customers/me/payment-methods',
    body: () => ({
      confirmation_token_id: 'ctok_visa_1111_01_2030',
      set_default: true,
      return_url: 'https://x.example',
    }),
  },
  {
    name: 'delete a card',
    method: 'DELETE',
    path: (i) => `/customers/me/payment-methods/${i.card}`,
  },
  {
    name: 'request an email change',
    method: 'POST',
    path: () => '/customers/me/email-update/request',
    body: () => ({ email: 'new@northwind.example' }),
  },
  { name: 'list wallets', method: 'GET', path: () => '/wallets/' },
  {
    name: 'assign a seat',
    method: 'POST',
    path: () => '/seats',
    body: (i) => ({ subscription_id: i.subscription, email: 'n@northwind.example' }),
  },
  { name: 'revoke a seat', method: 'DELETE', path: (i) => `/seats/${i.seat}` },
  { name: 'resend an invitation', method: 'POST', path: (i) => `/seats/${i.seat}/resend` },
];

const MEMBER_MANAGEMENT: Write[] = [
  { name: 'list members', method: 'GET', path: () => '/members' },
  {
    name: 'add a member',
    method: 'POST',
    path: () => '/members',
    body: () => ({ email: 'm@northwind.example' }),
  },
  {
    name: 'change a role',
    method: 'PATCH',
    path: (i) => `/members/${i.member}`,
    body: () => ({ role: 'billing_manager' }),
  },
  { name: 'remove a member', method: 'DELETE', path: (i) => `/members/${i.member}` },
];

async function run(token: string, write: Write, ids: Ids) {
  const body = write.body?.(ids);
  const res = await mock.call(PORTAL + write.path(ids), {
    method: write.method,
    headers: { authorization: `Bearer ${token}` },
    ...(body === undefined ? {} : { json: body }),
  });
  const text = await res.text();
  return {
    status: res.status,
    body: text ? (JSON.parse(text) as { error?: string; detail?: unknown }) : null,
  };
}

const snapshot = () => JSON.stringify({ ...mock.mock.state.db.snapshot(), sessions: undefined });

describe('roles', () => {
  test('a member is refused every billing read and write with 403 NotPermitted, and nothing changes', async () => {
    const token = await mock.signIn('mia@northwind.example', 'teamly');
    const ids = teamIds(mock);
    const before = snapshot();
    for (const write of [...BILLING, ...MEMBER_MANAGEMENT]) {
      const res = await run(token, write, ids);
      assert.equal(res.status, 403, write.name);
      assert.equal(res.body!.error, 'NotPermitted', write.name);
    }
    assert.equal(snapshot(), before);
  });

  for (const email of ['olivia@northwind.example', 'ben@northwind.example']) {
    test(`${email.split('@')[0]} (owner or billing manager) may do every one of them`, async () => {
      for (const write of [...BILLING, ...MEMBER_MANAGEMENT]) {
        await mock.reset();
        const token = await mock.signIn(email, 'teamly');
        const res = await run(token, write, teamIds(mock));
        // Business rules may still refuse (email changes are off here); the role may not.
        const detail = String(res.body?.detail);
        const roleRefusal =
          res.status === 401 ||
          (res.status === 403 && /owners and billing managers|Insufficient role/.test(detail));
        assert.ok(!roleRefusal, `${write.name}: ${res.status} ${JSON.stringify(res.body)}`);
        assert.ok(res.status < 500, write.name);
      }
    });
  }

  test('a customer session does billing but is anonymous to member management (401)', async () => {
    const token = await mock.signIn('alice@example.com', 'acme');
    const ids = teamIds(mock);
    for (const write of MEMBER_MANAGEMENT) {
      const res = await run(token, write, ids);
      assert.equal(res.status, 401, write.name);
      assert.equal(res.body!.error, 'Unauthorized');
    }
    assert.equal((await run(token, BILLING[4]!, ids)).status, 200, 'a customer lists their orders');
  });
});

describe('isolation', () => {
  test('every resource of another customer is a 404 for alice, read or write, and nothing changes', async () => {
    const token = await mock.signIn('alice@example.com', 'acme');
    const { db } = mock.mock.state;
    const bob = mock.customer('bob@example.com').id;
    const others = {
      subscription: db.subscriptions.find((s) => s.customer_id === bob)!.id,
      order: db.orders.find((o) => o.customer_id === bob)!.id,
      card: db.paymentMethods.find((p) => p.customer_id === bob)!.id,
      grant: db.grants.find((g) => g.customer_id === bob)!.id,
      key: db.licenseKeys.find((k) => k.customer_id === bob)!.id,
      seat: db.seats.all()[0]!.id,
      meter: db.customerMeters.all()[0]!.id,
      team: db.subscriptions.find((s) => s.seats !== null)!.id,
    };
    const before = snapshot();
    const attempts: [string, string, unknown?][] = [
      ['GET', `/subscriptions/${others.subscription}`],
      ['GET', `/subscriptions/${others.subscription}/charge-preview`],
      ['GET', `/subscriptions/${others.subscription}/cancel-preview`],
      ['DELETE', `/subscriptions/${others.subscription}`],
      ['PATCH', `/subscriptions/${others.subscription}`, { cancel_at_period_end: true }],
      ['POST', `/subscriptions/${others.subscription}/revoke`, {}],
      ['GET', `/orders/${others.order}`],
      ['PATCH', `/orders/${others.order}`, { billing_name: 'X' }],
      ['GET', `/orders/${others.order}/invoice`],
      ['POST', `/orders/${others.order}/invoice`],
      ['GET', `/orders/${others.order}/receipt`],
      ['GET', `/orders/${others.order}/payment-status`],
      ['DELETE', `/customers/me/payment-methods/${others.card}`],
      ['GET', `/benefit-grants/${others.grant}`],
      ['PATCH', `/benefit-grants/${others.grant}`, { benefit_type: 'custom' }],
      ['GET', `/license-keys/${others.key}`],
      ['POST', `/license-keys/${others.key}/rotate`],
      ['GET', `/seats?subscription_id=${others.team}`],
      ['DELETE', `/seats/${others.seat}`],
      ['POST', `/seats/${others.seat}/resend`],
      ['GET', `/meters/${others.meter}`],
    ];
    for (const [method, path, body] of attempts) {
      const res = await mock.call(PORTAL + path, {
        method,
        headers: { authorization: `Bearer ${token}` },
        ...(body === undefined ? {} : { json: body }),
      });
      assert.equal(res.status, 404, `${method} ${path}`);
      assert.equal(((await res.json()) as { error: string }).error, 'ResourceNotFound');
    }
    assert.equal(snapshot(), before);
  });

  test('lists never show another customer’s rows', async () => {
    const token = await mock.signIn('alice@example.com', 'acme');
    const alice = mock.customer('alice@example.com').id;
    for (const path of [...CUSTOMER_LISTS, '/wallets/', '/meters/']) {
      const res = await mock.call(`${PORTAL}${path}?limit=100`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const { items } = (await res.json()) as { items: { customer_id: string }[] };
      assert.ok(
        items.every((item) => item.customer_id === alice),
        path,
      );
    }
  });
});
