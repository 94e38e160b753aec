import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mockForThisFile } from './harness.js';

/**
 * What cancelling does to a failed payment, as Polar decides it: `_revoke_stops_collection`
 * (past due with no benefit grace period, the organization's default of 0 days) drives both the
 * cancel preview and whether `revoke` is allowed (`CustomerSubscriptionService.revoke`: 409
 * `RevokeNotAllowed` otherwise). The outstanding amount is the pending orders' due amount: their
 * subtotal less discount plus tax, nothing of it paid.
 */

const BASE = '/v1/customer-portal/subscriptions';
const mock = mockForThisFile();
const db = () => mock.mock.state.db;
const settings = (json: unknown) =>
  mock.call('/__dev/organizations/acme/settings', { method: 'POST', json });

async function signedIn(email: string) {
  const s = await mock.session(email, { prefix: BASE });
  const [sub] = (await s.call('/')).body!.items as Record<string, string>[];
  return { ...s, sub: sub! };
}

const REVOKE_REFUSED = {
  error: 'RevokeNotAllowed',
  detail:
    'This subscription can only be revoked while it is past-due with no benefit grace period.',
};

describe('cancel preview and revoke', () => {
  test('past due, no grace period: stops collection, the debt is named, revoke ends it now', async () => {
    const carol = await signedIn('carol@example.com');
    assert.equal(carol.sub.status, 'past_due');
    const pending = db().orders.filter(
      (o) => o.subscription_id === carol.sub.id && o.status === 'pending',
    );
    assert.ok(pending.length > 0, 'the seed has her failed order');
    const owed = pending.reduce(
      (sum, o) => sum + o.subtotal_amount - o.discount_amount + o.tax_amount,
      0,
    );
    const preview = await carol.call(`/${carol.sub.id}/cancel-preview`);
    assert.equal(preview.status, 200);
    assert.deepEqual(preview.body, { stops_collection: true, outstanding_amount: owed });

    const revoked = await carol.call(`/${carol.sub.id}/revoke`, {
      method: 'POST',
      json: { cancellation_reason: 'too_expensive' },
    });
    assert.equal(revoked.status, 200);
    assert.equal(revoked.body!.status, 'canceled');
    assert.equal(revoked.body!.ended_at, revoked.body!.ends_at);
    assert.equal(revoked.body!.customer_cancellation_reason, 'too_expensive');
  });

  test('past due with a grace period: the customer kept access, so nothing stops and revoke is refused', async () => {
    assert.equal((await settings({ benefit_revocation_grace_period: 7 })).status, 200);
    const carol = await signedIn('carol@example.com');
    const preview = await carol.call(`/${carol.sub.id}/cancel-preview`);
    assert.deepEqual(preview.body, { stops_collection: false, outstanding_amount: null });
    const revoked = await carol.call(`/${carol.sub.id}/revoke`, { method: 'POST', json: {} });
    assert.equal(revoked.status, 409);
    assert.deepEqual(revoked.body, REVOKE_REFUSED);
    assert.equal(db().subscriptions.get(carol.sub.id)!.status, 'past_due');
  });

  for (const email of ['alice@example.com', 'dave@example.com', 'bob@example.com']) {
    test(`not past due (${email}): cancelling stops no collection and revoke is refused`, async () => {
      const s = await signedIn(email);
      const preview = await s.call(`/${s.sub.id}/cancel-preview`);
      assert.deepEqual(preview.body, { stops_collection: false, outstanding_amount: null });
      const revoked = await s.call(`/${s.sub.id}/revoke`, { method: 'POST', json: {} });
      assert.equal(revoked.status, 409);
      assert.deepEqual(revoked.body, REVOKE_REFUSED);
    });
  }

  test("the grace period is the merchant's setting: a negative or fractional one is refused", async () => {
    for (const value of [-1, 1.5, '7', null]) {
      const res = await settings({ benefit_revocation_grace_period: value });
      assert.equal(res.status, 422, String(value));
    }
  });
});
