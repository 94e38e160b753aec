import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mockForThisFile } from './harness.js';
import { assertMatches2026 } from './schema-2026.js';

const mock = mockForThisFile();

const session = (email: string, org?: string, customerId?: string) =>
  mock.session(email, { org, customerId });

async function teamSubscription(owner: Awaited<ReturnType<typeof session>>) {
  const [sub] = (await mock.sdk.customerPortal.subscriptions.list(owner.auth, {})).result.items;
  return sub!.id;
}

const claimToken = async (email: string) => (await mock.emails(email))[0]!.code!;

describe('seats', () => {
  test('lists the team’s seats with used and available counts', async () => {
    const owner = await session('olivia@northwind.example');
    const id = await teamSubscription(owner);
    const list = await mock.sdk.customerPortal.seats.listSeats(owner.auth, { subscriptionId: id });
    assert.equal(list.totalSeats, 5);
    assert.equal(list.availableSeats, 1);
    assert.deepEqual(list.seats.map((s) => s.status).sort(), [
      'claimed',
      'claimed',
      'claimed',
      'pending',
    ]);
    assertMatches2026('SeatsList', (await owner.call(`/seats?subscription_id=${id}`)).body);
    const missing = await owner.call('/seats');
    assert.equal(missing.status, 400);
    assert.deepEqual(missing.body, {
      error: 'BadRequest',
      detail: 'Either subscription_id or order_id must be provided',
    });
  });

  test('an invitation is emailed, and claiming it makes the invitee a member with a session', async () => {
    const owner = await session('olivia@northwind.example');
    const id = await teamSubscription(owner);
    const seat = await mock.sdk.customerPortal.seats.assignSeat(owner.auth, {
      subscriptionId: id,
      email: 'zoe@northwind.example',
    });
    assert.equal(seat.status, 'pending');
    assert.ok(seat.invitationTokenExpiresAt);
    const [mail] = await mock.emails('zoe@northwind.example');
    assert.match(mail!.subject, /invited to Teamly Team/);
    const token = mail!.code!;
    assert.ok(
      !JSON.stringify(seat).includes(token),
      'the invitation token is never in an API answer',
    );

    const info = await mock.call(`/v1/customer-seats/claim/${token}`);
    assert.equal(info.status, 200);
    assert.equal(((await info.json()) as { product_name: string }).product_name, 'Teamly Team');
    const claimed = await mock.call('/v1/customer-seats/claim', {
      method: 'POST',
      json: { invitation_token: token },
    });
    assert.equal(claimed.status, 200);
    const { seat: claimedSeat, customer_session_token } = (await claimed.json()) as {
      seat: { status: string };
      customer_session_token: string;
    };
    assert.equal(claimedSeat.status, 'claimed');
    assert.match(customer_session_token, /^polar_mst_/);
    const user = await mock.sdk.customerPortal.customerSession.getAuthenticatedUser({
      memberSession: customer_session_token,
    });
    assert.equal(user.email, 'zoe@northwind.example');
    assert.equal(user.role, 'member');
    const again = await mock.call('/v1/customer-seats/claim', {
      method: 'POST',
      json: { invitation_token: token },
    });
    assert.equal(again.status, 400, 'an invitation is claimed once');
  });

  test('claims of one invitation racing each other: one is claimed, the rest refused', async () => {
    const owner = await session('olivia@northwind.example');
    const id = await teamSubscription(owner);
    await owner.call('/seats', {
      method: 'POST',
      json: { subscription_id: id, email: 'racer@northwind.example' },
    });
    const token = await claimToken('racer@northwind.example');
    const claims = await Promise.all(
      Array.from({ length: 8 }, () =>
        mock.call('/v1/customer-seats/claim', {
          method: 'POST',
          json: { invitation_token: token },
        }),
      ),
    );
    const statuses = claims.map((c) => c.status).sort();
    assert.deepEqual(statuses, [200, 400, 400, 400, 400, 400, 400, 400]);
    const members = mock.mock.state.db.members.filter((m) => m.email === 'racer@northwind.example');
    assert.equal(members.length, 1, 'one member, not one per claim');
  });

  test('the seat limit holds, even for assigns racing for the last seat', async () => {
    const owner = await session('olivia@northwind.example');
    const id = await teamSubscription(owner);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        owner.call('/seats', {
          method: 'POST',
          json: { subscription_id: id, email: `racer${i}@northwind.example` },
        }),
      ),
    );
    assert.equal(results.filter((r) => r.status === 200).length, 1);
    for (const r of results.filter((r) => r.status !== 200)) {
      assert.equal(r.status, 400);
      assert.equal(r.body!.error, 'SeatNotAvailable');
    }
    const list = await mock.sdk.customerPortal.seats.listSeats(owner.auth, { subscriptionId: id });
    assert.equal(list.availableSeats, 0);
    assert.equal(list.seats.filter((s) => s.status !== 'revoked').length, 5);
  });

  test('one seat per email; revoking frees a seat and is idempotent', async () => {
    const owner = await session('olivia@northwind.example');
    const id = await teamSubscription(owner);
    const twice = await owner.call('/seats', {
      method: 'POST',
      json: { subscription_id: id, email: 'MIA@northwind.example' },
    });
    assert.equal(twice.status, 400);
    assert.equal(twice.body!.error, 'SeatAlreadyAssigned');
    const pending = (
      await mock.sdk.customerPortal.seats.listSeats(owner.auth, { subscriptionId: id })
    ).seats.find((s) => s.status === 'pending')!;
    const revoked = await mock.sdk.customerPortal.seats.revokeSeat(owner.auth, {
      seatId: pending.id,
    });
    assert.equal(revoked.status, 'revoked');
    assert.equal(revoked.email, null);
    assert.equal((await owner.call(`/seats/${pending.id}`, { method: 'DELETE' })).status, 200);
    assert.equal(
      (await mock.sdk.customerPortal.seats.listSeats(owner.auth, { subscriptionId: id }))
        .availableSeats,
      2,
    );
  });

  test('resending an invitation replaces its token', async () => {
    const owner = await session('olivia@northwind.example');
    const id = await teamSubscription(owner);
    const seat = await mock.sdk.customerPortal.seats.assignSeat(owner.auth, {
      subscriptionId: id,
      email: 'liam@northwind.example',
    });
    const first = await claimToken('liam@northwind.example');
    await mock.sdk.customerPortal.seats.resendInvitation(owner.auth, { seatId: seat.id });
    const second = await claimToken('liam@northwind.example');
    assert.notEqual(first, second);
    assert.equal((await mock.call(`/v1/customer-seats/claim/${first}`)).status, 404);
    assert.equal((await mock.call(`/v1/customer-seats/claim/${second}`)).status, 200);
    const claimedSeat = (
      await mock.sdk.customerPortal.seats.listSeats(owner.auth, { subscriptionId: id })
    ).seats.find((s) => s.status === 'claimed')!;
    const notPending = await owner.call(`/seats/${claimedSeat.id}/resend`, { method: 'POST' });
    assert.equal(notPending.status, 400);
    assert.equal(notPending.body!.error, 'SeatNotPending');
  });

  test('a member reads seats but cannot assign, revoke or resend; others’ seats are 404', async () => {
    const mia = await session('mia@northwind.example');
    const id = await teamSubscription(mia);
    assert.equal((await mia.call(`/seats?subscription_id=${id}`)).status, 200);
    const seats = (await mia.call(`/seats?subscription_id=${id}`)).body!.seats as { id: string }[];
    for (const [path, init] of [
      ['/seats', { method: 'POST', json: { subscription_id: id, email: 'x@northwind.example' } }],
      [`/seats/${seats[0]!.id}`, { method: 'DELETE' }],
      [`/seats/${seats[0]!.id}/resend`, { method: 'POST' }],
    ] as const) {
      const res = await mia.call(path, init);
      assert.equal(res.status, 403, path);
    }
    assert.equal(
      (await mia.call(`/seats?subscription_id=${id}`)).body!.seats.length,
      seats.length,
      'nothing changed',
    );
    const alice = await session('alice@example.com');
    assert.equal((await alice.call(`/seats?subscription_id=${id}`)).status, 404);
    assert.equal((await alice.call(`/seats/${seats[0]!.id}`, { method: 'DELETE' })).status, 404);
  });

  test('a member lists the subscriptions they hold a seat on', async () => {
    const mia = await session('mia@northwind.example');
    const { result } = await mock.sdk.customerPortal.seats.listClaimedSubscriptions(mia.auth, {});
    assert.deepEqual(
      result.items.map((s) => s.product.name),
      ['Teamly Team'],
    );
  });
});

describe('members', () => {
  test('only owners and billing managers of a team manage members', async () => {
    const alice = await session('alice@example.com');
    assert.equal(
      (await alice.call('/members')).status,
      401,
      'a customer session is anonymous here',
    );
    const mia = await session('mia@northwind.example');
    const forbidden = await mia.call('/members');
    assert.equal(forbidden.status, 403);
    assert.deepEqual(forbidden.body, {
      error: 'NotPermitted',
      detail: 'Insufficient role for this operation',
    });
    const sam = await session(
      'sam@example.com',
      'teamly',
      mock.customer('sam@example.com', 'teamly').id,
    );
    const individual = await sam.call('/members');
    assert.equal(individual.status, 403);
    assert.match(individual.body!.detail, /only available for team customers/);
    const ben = await session('ben@northwind.example');
    const { result } = await ben.sdk.customerPortal.members.listMembers({});
    assert.deepEqual(result.items.map((m) => m.role).sort(), [
      'billing_manager',
      'member',
      'owner',
    ]);
  });

  test('add a member; the same email again returns the same member; never a second owner', async () => {
    const owner = await session('olivia@northwind.example');
    const added = await owner.sdk.customerPortal.members.addMember({
      email: 'ava@northwind.example',
      name: 'Ava',
    });
    assert.equal(added.role, 'member');
    const again = await owner.sdk.customerPortal.members.addMember({
      email: 'AVA@northwind.example',
    });
    assert.equal(again.id, added.id);
    const secondOwner = await owner.call('/members', {
      method: 'POST',
      json: { email: 'boss@northwind.example', role: 'owner' },
    });
    assert.equal(secondOwner.status, 422);
    assert.equal(
      secondOwner.body!.detail[0].msg,
      'Cannot add a member as owner. There must be exactly one owner.',
    );
  });

  test('roles: no changing one’s own, only the owner hands on ownership', async () => {
    const owner = await session('olivia@northwind.example');
    const ben = await session('ben@northwind.example');
    const members = (await ben.sdk.customerPortal.members.listMembers({})).result.items;
    const id = (email: string) => members.find((m) => m.email === email)!.id;
    const own = await ben.call(`/members/${id('ben@northwind.example')}`, {
      method: 'PATCH',
      json: { role: 'member' },
    });
    assert.equal(own.status, 422);
    assert.equal(own.body!.detail[0].msg, 'You cannot modify your own role.');
    const usurp = await ben.call(`/members/${id('mia@northwind.example')}`, {
      method: 'PATCH',
      json: { role: 'owner' },
    });
    assert.equal(usurp.status, 422);
    assert.equal(usurp.body!.detail[0].msg, 'Only the owner can transfer ownership.');
    const transferred = await owner.sdk.customerPortal.members.updateMember({
      id: id('mia@northwind.example'),
      customerPortalMemberUpdate: { role: 'owner' },
    });
    assert.equal(transferred.role, 'owner');
    const after = (await ben.sdk.customerPortal.members.listMembers({})).result.items;
    assert.equal(
      after.find((m) => m.email === 'olivia@northwind.example')!.role,
      'billing_manager',
    );
    assert.equal(after.filter((m) => m.role === 'owner').length, 1);
  });

  test('removing a member ends their access; nobody removes themselves or the owner', async () => {
    const owner = await session('olivia@northwind.example');
    const mia = await session('mia@northwind.example');
    const members = (await owner.sdk.customerPortal.members.listMembers({})).result.items;
    const id = (email: string) => members.find((m) => m.email === email)!.id;
    const self = await owner.call(`/members/${id('olivia@northwind.example')}`, {
      method: 'DELETE',
    });
    assert.equal(self.status, 422);
    assert.equal(self.body!.detail[0].msg, 'You cannot remove yourself from the team.');
    const ben = await session('ben@northwind.example');
    const theOwner = await ben.call(`/members/${id('olivia@northwind.example')}`, {
      method: 'DELETE',
    });
    assert.equal(theOwner.status, 422);
    assert.equal(
      theOwner.body!.detail[0].msg,
      'Cannot delete the only owner. Transfer ownership first.',
    );
    await owner.sdk.customerPortal.members.removeMember({ id: id('mia@northwind.example') });
    const gone = await mia.call('/customer-session/user');
    assert.equal(gone.status, 401);
    const id2 = await teamSubscription(owner);
    const seats = (await owner.call(`/seats?subscription_id=${id2}`)).body!.seats as {
      member_id: string | null;
      status: string;
    }[];
    assert.ok(
      !seats.some((s) => s.member_id === id('mia@northwind.example')),
      'her seat was revoked',
    );
  });
});

describe('meters and wallets', () => {
  test('usage meters are customer-wide: every team member sees the team’s balance', async () => {
    for (const email of ['olivia@northwind.example', 'mia@northwind.example']) {
      const person = await session(email);
      const { result } = await mock.sdk.customerPortal.customerMeters.list(person.auth, {});
      assert.equal(result.items.length, 1);
      assert.equal(result.items[0]!.balance, 588);
      assert.equal(result.items[0]!.meter.name, 'API calls');
    }
    const alice = await session('alice@example.com');
    assertMatches2026('ListResourceCustomerCustomerMeter', (await alice.call('/meters/')).body);
    assert.deepEqual((await alice.call('/meters/')).body!.items, []);
  });

  test('wallets are billing data; another customer’s wallet is 404', async () => {
    const alice = await session('alice@example.com');
    const { result } = await mock.sdk.customerPortal.wallets.list(alice.auth, {});
    assert.deepEqual(
      result.items.map((w) => [w.balance, w.currency]),
      [[500, 'usd']],
    );
    assertMatches2026('ListResourceCustomerWallet', (await alice.call('/wallets/')).body);
    const mia = await session('mia@northwind.example');
    assert.equal((await mia.call('/wallets/')).status, 403);
    const bob = await session('bob@example.com');
    assert.equal((await bob.call(`/wallets/${result.items[0]!.id}`)).status, 404);
  });
});
