import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createMockApi, ManualClock } from '../../mock-server/index.js';
import { isoDate } from '../../mock-server/clock.js';
import { uuidFor } from '../../mock-server/db/ids.js';
import { createSeed } from '../../mock-server/db/seed/index.js';
import type { MockDatabase } from '../../mock-server/db/store.js';
import type { Subject } from '../../mock-server/db/table.js';
import { mockForThisFile } from './harness.js';

/**
 * The mock's store as typed tables (`mock-server/db/table.ts`): frozen rows replaced on every
 * change, inserts with their defaults, whose rows a caller may see, and the seed, pinned: the
 * hash was first computed on the store of plain arrays, before the tables, so moving to tables
 * provably changed no seeded row. It changed once on purpose since: subscriptions gained
 * `discount`, `pending_update` and `pending_prorations` (null, null, [] in every seeded row),
 * and the orders, meters and balances were made to tell one story (issue 15); then every
 * subscription gained its `anchor_day` (the day its current period ends on) and its pause
 * columns; then Acme let customers pause, and Erin's subscription is paused until a date; then
<<<<<<< HEAD
 * every order gained its `applied_balance_amount` (0 in the seed).
=======
 * customers and members gained the merchant's `external_id` (`usr_<name>`, `team_<name>`) and
 * each organization its organization access tokens (issue 16, backend-made sessions).
>>>>>>> customer-sessions
 * Restoring saved tables is in `state-file.test.ts`.
 */

/** The seed at the default `ManualClock` moment, 2026-01-15 12:00 UTC. */
const SEED_AT = Date.UTC(2026, 0, 15, 12, 0, 0);
const SEED_SHA256 = '822c8ce912f8c06db7148c534eef3eccc35359b9a7a00303db340da88dc5d9f1';
const UUID4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function store() {
  const clock = new ManualClock(SEED_AT);
  return { clock, db: createMockApi({ clock }).state.db };
}

/** Who a seeded person is when signed in: the customer, the member if any, the organization. */
function subjectOf(db: MockDatabase, customerKey: string, memberKey?: string): Subject {
  const customer = db.customers.get(uuidFor(`customer:${customerKey}`))!;
  return {
    customer,
    member: memberKey ? db.members.get(uuidFor(`member:${memberKey}`))! : null,
    organization: db.organizations.get(customer.organization_id)!,
  };
}

const ids = (rows: readonly { id: string }[]) => rows.map((row) => row.id).sort();

describe('the seed', () => {
  test('a fresh seed at a fixed clock is exactly the pinned one', () => {
    assert.equal(sha256(JSON.stringify(createSeed(SEED_AT))), SEED_SHA256);
  });

  test('the database holds the seed as it was made, table by table', () => {
    const { db } = store();
    const snapshot = db.snapshot();
    const names = Object.keys(createSeed(SEED_AT));
    const tables = Object.fromEntries(names.map((name) => [name, snapshot[name]]));
    assert.equal(sha256(JSON.stringify(tables)), SEED_SHA256);
  });
});

describe('rows', () => {
  test('cannot be edited in place: they are frozen, nested objects and lists too', () => {
    const { db } = store();
    const row = db.subscriptions.all()[0]!;
    assert.ok(Object.isFrozen(row));
    assert.throws(() => {
      (row as { status: string }).status = 'canceled';
    }, TypeError);
    const customer = db.customers.find((c) => c.billing_address !== null)!;
    assert.throws(() => {
      (customer.billing_address as { city: string | null }).city = 'Elsewhere';
    }, TypeError);
    const product = db.products.all()[0]!;
    assert.throws(() => (product.prices as unknown[]).push({}), TypeError);
    assert.equal(db.subscriptions.get(row.id)!.status, row.status, 'nothing changed');
  });

  test('update replaces the row, stamps modified_at from the mock’s clock, leaves the old one', () => {
    const { db, clock } = store();
    const before = db.subscriptions.all()[0]!;
    const copy = JSON.stringify(before);
    clock.advance(90_000);
    const after = db.subscriptions.update(before, { cancel_at_period_end: true });
    assert.notEqual(after, before);
    assert.equal(after.cancel_at_period_end, true);
    assert.equal(after.modified_at, isoDate(SEED_AT + 90_000));
    assert.ok(Object.isFrozen(after));
    assert.equal(JSON.stringify(before), copy, 'the old object is as it was');
    assert.equal(db.subscriptions.get(before.id), after, 'the table holds the new one');
    assert.equal(db.subscriptions.all().indexOf(after), 0, 'in the old one’s place');
    assert.throws(() => db.subscriptions.update('no-such-id', { seats: 1 }), /no row/);
  });

  test('update applies to the stored row, not to a stale copy the caller holds', () => {
    const { db } = store();
    const stale = db.subscriptions.all()[0]!;
    db.subscriptions.update(stale, { seats: 7 });
    const latest = db.subscriptions.update(stale, { cancel_at_period_end: true });
    assert.equal(latest.seats, 7, 'the first change is kept');
    assert.equal(db.subscriptions.latest(stale), latest);
  });

  test('insert fills the id, created_at, modified_at and the table’s defaults', () => {
    const { db, clock } = store();
    clock.advance(5_000);
    const organization = db.organizations.all()[1]!;
    const member = db.members.insert({
      organization_id: organization.id,
      customer_id: uuidFor('customer:northwind'),
      email: 'new@northwind.example',
    });
    assert.match(member.id, UUID4);
    assert.equal(member.created_at, isoDate(SEED_AT + 5_000));
    assert.equal(member.modified_at, null);
    assert.equal(member.role, 'member');
    assert.deepEqual(
      [member.name, member.external_id, member.deleted_at, member.oauth_accounts],
      [null, null, null, {}],
    );
    assert.deepEqual(Object.keys(member), Object.keys(db.members.all()[0]!), 'columns in order');
    assert.ok(Object.isFrozen(member));
    assert.equal(db.members.get(member.id), member);
    const card = db.paymentMethods.insert({
      customer_id: uuidFor('customer:alice'),
      brand: 'visa',
      last4: '4242',
      exp_month: 1,
      exp_year: 2030,
    });
    assert.equal(card.type, 'card');
    assert.throws(() => db.members.insert({ ...member }), /already has a row/);
  });

  test('prune drops expired codes and keeps the newest 10,000 of a kind', () => {
    const { db, clock } = store();
    const code = (i: number, expires_at: number) => ({
      code_hash: `h${i}`,
      email: 'alice@example.com',
      customer_id: uuidFor('customer:alice'),
      expires_at,
    });
    db.sessionCodes.insert(code(-1, SEED_AT - 1));
    for (let i = 0; i < 10_005; i++) db.sessionCodes.insert(code(i, SEED_AT + 60_000));
    db.prune(clock.now());
    assert.equal(db.sessionCodes.size, 10_000);
    assert.equal(db.sessionCodes.all()[0]!.code_hash, 'h5', 'the oldest went first');
    assert.equal(
      db.sessionCodes.find((c) => c.code_hash === 'h4'),
      undefined,
    );
  });
});

describe('ownership', () => {
  test('two customers each see only their own rows', () => {
    const { db } = store();
    const alice = subjectOf(db, 'alice');
    const bob = subjectOf(db, 'bob');
    for (const table of [db.subscriptions, db.orders, db.paymentMethods, db.grants]) {
      const mine = table.ownedBy(alice);
      const theirs = table.ownedBy(bob);
      assert.ok(mine.length > 0 && theirs.length > 0, table.name);
      assert.ok(
        mine.every((row) => row.customer_id === alice.customer.id),
        table.name,
      );
      assert.ok(
        theirs.every((row) => row.customer_id === bob.customer.id),
        table.name,
      );
      assert.equal(table.getOwned(theirs[0]!.id, alice), undefined, `${table.name}: not alice’s`);
      assert.equal(table.getOwned(mine[0]!.id, alice), mine[0]);
    }
    assert.deepEqual(ids(db.customers.ownedBy(alice)), [alice.customer.id]);
    assert.deepEqual(ids(db.seats.ownedBy(alice)), [], 'alice has no seat-based plan');
  });

  test('a team’s members share its subscriptions and seats, and see only their own grants', () => {
    const { db } = store();
    const mia = subjectOf(db, 'northwind', 'mia');
    const olivia = subjectOf(db, 'northwind', 'olivia');
    assert.deepEqual(ids(db.subscriptions.ownedBy(mia)), ids(db.subscriptions.ownedBy(olivia)));
    const seats = db.seats.ownedBy(olivia);
    assert.ok(seats.length > 0, 'seats are owned through their subscription');
    assert.deepEqual(ids(db.seats.ownedBy(mia)), ids(seats));
    const miasGrants = db.grants.ownedBy(mia);
    assert.ok(miasGrants.length > 0);
    assert.ok(miasGrants.every((g) => g.member_id === mia.member!.id));
    const oliviasGrants = db.grants.ownedBy(olivia);
    assert.ok(oliviasGrants.every((g) => g.member_id === olivia.member!.id));
    assert.equal(db.grants.getOwned(oliviasGrants[0]!.id, mia), undefined);
    const others = subjectOf(db, 'alice');
    assert.deepEqual(db.seats.ownedBy(others), [], 'another customer sees none of the seats');
    const catalog = db.products.ownedBy(mia);
    assert.ok(catalog.every((p) => p.organization_id === mia.organization.id));
  });

  const mock = mockForThisFile();

  test('over HTTP, each caller’s lists are exactly the rows the tables say they own', async () => {
    const { db } = mock.mock.state;
    const lists = [
      {
        path: '/subscriptions/?limit=100',
        owned: (who: Subject) => db.subscriptions.ownedBy(who).filter((s) => s.started_at),
      },
      { path: '/license-keys/?limit=100', owned: (who: Subject) => db.licenseKeys.ownedBy(who) },
      {
        path: '/benefit-grants/?limit=100',
        owned: (who: Subject) => db.grants.ownedBy(who).filter((g) => g.revoked_at === null),
      },
    ];
    for (const [email, customer, member] of [
      ['alice@example.com', 'alice'],
      ['bob@example.com', 'bob'],
      ['mia@northwind.example', 'northwind', 'mia'],
      ['olivia@northwind.example', 'northwind', 'olivia'],
    ] as const) {
      const session = await mock.session(email);
      const who = subjectOf(db, customer, member);
      for (const { path, owned } of lists) {
        const { status, body } = await session.call(path);
        assert.equal(status, 200, `${email} ${path}`);
        const listed = (body!.items as { id: string }[]).map((item) => item.id).sort();
        assert.deepEqual(listed, ids(owned(who)), `${email} ${path}`);
      }
    }
  });
});
