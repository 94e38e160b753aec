import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createMockApi } from '../../mock-server/index.js';
import type { Table } from '../../mock-server/db/table.js';
import type { Route } from '../../mock-server/routing.js';
import { mockForThisFile } from './harness.js';
import { EXPECTED, type Call, type Expected, type Own, type Subject } from './role-table.js';

/**
 * Who may call what, route by route: every route the mock serves (`routes.api`, so a route added
 * later without an entry in `role-table.ts` fails here), called over HTTP with no token, as a
 * customer and as a member of each role, each with ids of its own rows. The expected answer is
 * the one of the Polar dependency the table names (contract README "Who may call what").
 */

const mock = mockForThisFile();
const ROUTES = createMockApi().routes.api;
const keyOf = (route: Pick<Route, 'method' | 'path'>) => `${route.method} ${route.path}`;

const PEOPLE: Record<Subject, string | null> = {
  anonymous: null,
  customer: 'alice@example.com',
  owner: 'olivia@northwind.example',
  billing_manager: 'ben@northwind.example',
  member: 'mia@northwind.example',
};

/** The first row found, or a copy of `template` made the caller's, so every id is a real row. */
function ensure<T extends { id: string }>(
  table: Table<T>,
  found: T | undefined,
  template: T,
  changes: Partial<T>,
): string {
  if (found) return found.id;
  const row: T = { ...structuredClone(template), id: randomUUID(), ...changes };
  table.replaceAll([...table.all(), row]);
  return row.id;
}

async function ownRows(subject: Subject): Promise<Own> {
  const person = PEOPLE[subject];
  const token = person ? (await mock.session(person)).token : null;
  const email = person ?? 'alice@example.com';
  const { db } = mock.mock.state;
  const customer = db.customer(mock.customer(email).id)!;
  const member = db.members.find((m) => m.email === email && m.customer_id === customer.id);
  const memberId = member?.id ?? null;
  const mine = <T extends { id: string; customer_id: string }>(table: Table<T>) =>
    table.filter((r) => r.customer_id === customer.id);
  const subscription = mine(db.subscriptions).find((s) => s.status === 'active')!;
  const northwind = mock.customer('olivia@northwind.example').id;
  const ownKey = mine(db.licenseKeys).find((k) => k.member_id === memberId);
  const ownSeat = db.seats.find(
    (s) => s.status === 'pending' && s.subscription_id === subscription.id,
  );
  // Roles are what this table checks: alice's organization gets seats too, or every seat
  // endpoint would answer 403 FeatureNotEnabled before any role is looked at.
  const org = db.organization(customer.organization_id)!;
  if (!org.seat_based_pricing_enabled)
    db.organizations.update(org, { seat_based_pricing_enabled: true });
  return {
    subject,
    token,
    email,
    org: db.organization(customer.organization_id)!,
    subscription,
    grant: mine(db.grants).find((g) => g.member_id === memberId)!,
    ids: {
      order: mine(db.orders).find((o) => o.status === 'paid')!.id,
      card: mine(db.paymentMethods).at(-1)!.id,
      // Northwind's plan grants no license key and alice has no meter nor seat: copies.
      key: ensure(db.licenseKeys, ownKey, db.licenseKeys.all()[0]!, {
        customer_id: customer.id,
        member_id: memberId,
        organization_id: customer.organization_id,
        key: `ROLE-${randomUUID()}`,
        activations: [],
      }),
      meter: ensure(db.customerMeters, mine(db.customerMeters)[0], db.customerMeters.all()[0]!, {
        customer_id: customer.id,
      }),
      wallet: ensure(db.wallets, mine(db.wallets)[0], db.wallets.all()[0]!, {
        customer_id: customer.id,
      }),
      seat: ensure(
        db.seats,
        ownSeat,
        db.seats.find((s) => s.status === 'pending')!,
        {
          subscription_id: subscription.id,
          email: 'seat.copy@example.com',
        },
      ),
      // Someone the caller may rename or remove: not the owner, not themselves.
      teammate: db.members.find(
        (m) => m.customer_id === northwind && m.role !== 'owner' && m.id !== memberId,
      )!.id,
    },
  };
}

function fill(path: string, params: Record<string, string> = {}): string {
  return path.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${path}: the table's call gives no :${name}`);
    return encodeURIComponent(value);
  });
}

async function send(route: Route, own: Own, call: Call) {
  const query = call.query ? `?${new URLSearchParams(call.query)}` : '';
  const res = await mock.call(fill(route.path, call.params) + query, {
    method: route.method,
    redirect: 'manual', // downloads and the OAuth callback answer with redirects
    headers: own.token ? { authorization: `Bearer ${own.token}` } : {},
    ...(call.body === undefined ? {} : { json: call.body }),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // Not JSON (no refusal is): kept as text for the failure message.
  }
  return { status: res.status, headers: res.headers, body };
}

type Outcome = 'allowed' | 'unauthorized' | 'billing' | 'role';
const REFUSALS: Record<Exclude<Outcome, 'allowed'>, { status: number; body: unknown }> = {
  unauthorized: { status: 401, body: { error: 'Unauthorized', detail: 'Unauthorized' } },
  billing: {
    status: 403,
    body: {
      error: 'NotPermitted',
      detail: 'Only owners and billing managers can access billing features.',
    },
  },
  role: {
    status: 403,
    body: { error: 'NotPermitted', detail: 'Insufficient role for this operation' },
  },
};

/** `customer_portal/auth.py`, read as a table. */
function outcome({ dependency, anonymousRefused }: Expected, subject: Subject): Outcome {
  if (dependency === 'CustomerSessionWrite') return 'unauthorized'; // for every portal subject
  if (subject === 'anonymous') {
    const open = dependency === 'none' || (dependency === 'OAuthAccount' && !anonymousRefused);
    return open ? 'allowed' : 'unauthorized';
  }
  if (dependency === 'BillingManager') {
    if (subject === 'customer') return 'unauthorized'; // a customer session counts as anonymous
    return subject === 'member' ? 'role' : 'allowed';
  }
  const billing = dependency === 'UnionBillingRead' || dependency === 'UnionBillingWrite';
  return billing && subject === 'member' ? 'billing' : 'allowed';
}

const snapshot = () => JSON.stringify({ ...mock.mock.state.db.snapshot(), sessions: undefined });

describe('role table', () => {
  test('every route the mock serves has an expected permission, and every entry a route', () => {
    const served = ROUTES.map(keyOf);
    const missing = served.filter((key) => !EXPECTED[key]);
    assert.deepEqual(missing, [], 'add each to role-table.ts with the Polar function deciding it');
    const stale = Object.keys(EXPECTED).filter((key) => !served.includes(key));
    assert.deepEqual(stale, [], 'entries for routes the mock no longer serves');
  });

  for (const route of ROUTES) {
    test(keyOf(route), async (t) => {
      const expected = EXPECTED[keyOf(route)];
      assert.ok(expected, `no expected permission for ${keyOf(route)} in role-table.ts`);
      for (const subject of Object.keys(PEOPLE) as Subject[]) {
        // A subtest each: the file's beforeEach puts the store back to the seed before it.
        await t.test(`${subject} (${expected.dependency}, ${expected.polar})`, async () => {
          const own = await ownRows(subject);
          const call = (await expected.call?.(own, mock)) ?? {};
          const want = outcome(expected, subject);
          const before = want === 'allowed' ? null : snapshot();
          const res = await send(route, own, call);
          const seen = `${res.status} ${JSON.stringify(res.body)}`;
          if (want === 'allowed') {
            assert.ok(res.status !== 401 && res.status !== 403 && res.status < 500, seen);
            return;
          }
          assert.equal(res.status, REFUSALS[want].status, seen);
          assert.deepEqual(res.body, REFUSALS[want].body);
          if (want === 'unauthorized')
            assert.equal(res.headers.get('www-authenticate'), 'Bearer realm="polar"');
          assert.equal(snapshot(), before, 'a refused call changes nothing in the store');
        });
      }
    });
  }
});

describe('export', () => {
  const exported = async (email: string) =>
    (await (await mock.session(email)).call('/customers/me/export')).body!;

  test('a member’s export leaves out orders, cards and the team, which her other routes refuse', async () => {
    const res = await (await mock.session('mia@northwind.example')).call('/customers/me/export');
    assert.equal(res.status, 200, 'Polar lets every role export (UnionRead)');
    assert.deepEqual(Object.keys(res.body!).sort(), ['customer', 'exported_at', 'subscriptions']);
    const { db } = mock.mock.state;
    const northwind = mock.customer('olivia@northwind.example').id;
    const invoices = db.orders.filter((o) => o.customer_id === northwind);
    for (const secret of [
      ...invoices.map((o) => o.invoice_number!),
      '"last4"',
      'olivia@northwind.example',
      'ben@northwind.example',
    ]) {
      assert.ok(!res.text.includes(secret), `a member's export shows ${secret}`);
    }
  });

  test('owners and billing managers get it all; a customer session gets no member list', async () => {
    for (const email of ['olivia@northwind.example', 'ben@northwind.example']) {
      const body = await exported(email);
      assert.ok(body.orders.length > 0, email);
      assert.equal(body.payment_methods.length, 1, email);
      const roles = body.members.map((m: { role: string }) => m.role).sort();
      assert.deepEqual(roles, ['billing_manager', 'member', 'owner'], email);
    }
    const alice = await exported('alice@example.com');
    assert.ok(alice.orders.length > 0);
    assert.equal(alice.payment_methods.length, 2);
    assert.equal(alice.members, undefined, 'a customer session is anonymous to member management');
  });
});
