import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { periodAmount } from '../../mock-server/pricing.js';
import { mockForThisFile, type JsonAnswer } from './harness.js';

/**
 * Load with correctness: a hundred writers at once on one subscription and on the last free
 * seat. Every answer is a 2xx or a documented 4xx in Polar's error shape (never a 5xx or a
 * dropped connection), and the final state is what the successful answers add up to.
 */

const mock = mockForThisFile();
const WRITERS = 100;
const DOCUMENTED = new Set([400, 403, 404, 409, 410, 422]);

type Subscription = Record<string, unknown> & {
  id: string;
  product_id: string;
  cancel_at_period_end: boolean;
  canceled_at: string | null;
  ends_at: string | null;
  current_period_end: string;
  seats: number | null;
  amount: number;
};

/** Each answer a success or a documented refusal with Polar's body. */
function assertAnswers(answers: JsonAnswer[]): void {
  for (const answer of answers) {
    if (answer.status >= 200 && answer.status < 300) continue;
    assert.ok(DOCUMENTED.has(answer.status), `undocumented ${answer.status}: ${answer.text}`);
    assert.equal(typeof answer.body?.detail, 'string', `no detail in ${answer.text}`);
  }
}

/** The newest webhook of a type for this subscription: the merchant's last word on it. */
const lastWebhook = (type: string, id: string) =>
  mock.mock.state.webhooks
    .list(type)
    .filter((e) => (e.payload.data as { id: string }).id === id)
    .sort((a, b) => b.timestamp.localeCompare(a.timestamp))[0]?.payload.data as
    Subscription | undefined;

describe('a hundred writers on one subscription', () => {
  test('cancel, resume and plan changes at once: nothing lost, nothing applied twice', async () => {
    const alice = await mock.session('alice@example.com');
    const [sub] = (await alice.call('/subscriptions/')).body!.items as Subscription[];
    const products = mock.mock.state.db.products.filter((p) => p.name.startsWith('Acme Pro'));
    assert.equal(products.length, 2, 'the monthly and the yearly plan');
    const bodies = Array.from({ length: WRITERS }, (_, i) =>
      i % 4 === 0
        ? { cancel_at_period_end: true, cancellation_reason: 'too_expensive' }
        : i % 4 === 1
          ? { cancel_at_period_end: false }
          : { product_id: products[i % 2]!.id },
    );
    const answers = await Promise.all(
      bodies.map((json) => alice.call(`/subscriptions/${sub!.id}`, { method: 'PATCH', json })),
    );
    assertAnswers(answers);
    const ok = (kind: (body: (typeof bodies)[number]) => boolean | undefined) =>
      answers.filter((a, i) => a.status === 200 && kind(bodies[i]!)).length;
    const cancels = ok((b) => 'cancel_at_period_end' in b && b.cancel_at_period_end);
    const resumes = ok((b) => 'cancel_at_period_end' in b && !b.cancel_at_period_end);
    assert.ok(cancels >= 1, 'the first cancel goes through');

    const final = (await alice.call(`/subscriptions/${sub!.id}`)).body as Subscription;
    // Cancel and resume alternate, so they differ by one exactly when it ends canceled.
    assert.equal(cancels - resumes, final.cancel_at_period_end ? 1 : 0);
    assert.equal(final.canceled_at !== null, final.cancel_at_period_end);
    assert.equal(final.ends_at, final.cancel_at_period_end ? final.current_period_end : null);
    const product = products.find((p) => p.id === final.product_id)!;
    assert.equal(final.amount, periodAmount(product.prices[0]!, null), 'the price of its plan');
    assert.equal(final.recurring_interval, product.recurring_interval);

    // The merchant heard every change once, and the last thing heard is the final state.
    assert.equal(mock.mock.state.webhooks.list('subscription.canceled').length, cancels);
    assert.equal(mock.mock.state.webhooks.list('subscription.uncanceled').length, resumes);
    const heard = lastWebhook('subscription.updated', sub!.id)!;
    assert.equal(heard.cancel_at_period_end, final.cancel_at_period_end);
    assert.equal(heard.product_id, final.product_id);
  });

  test('seat counts at once: the limit never goes below the seats in use', async () => {
    const owner = await mock.session('olivia@northwind.example');
    const [sub] = (await owner.call('/subscriptions/')).body!.items as Subscription[];
    const requested = Array.from({ length: WRITERS }, (_, i) => (i % 10) + 1);
    const answers = await Promise.all(
      requested.map((seats) =>
        owner.call(`/subscriptions/${sub!.id}`, { method: 'PATCH', json: { seats } }),
      ),
    );
    assertAnswers(answers);
    const inUse = 4;
    requested.forEach((seats, i) =>
      assert.equal(answers[i]!.status === 200, seats >= inUse, `${seats} seats`),
    );
    const final = (await owner.call(`/subscriptions/${sub!.id}`)).body as Subscription;
    assert.ok(final.seats! >= inUse);
    assert.equal(lastWebhook('subscription.updated', sub!.id)!.seats, final.seats);
    const seats = (await owner.call(`/seats?subscription_id=${sub!.id}`)).body!;
    assert.equal(seats.total_seats, final.seats);
    assert.equal(seats.available_seats, final.seats! - inUse);
  });
});

describe('a hundred people for the last free seat', () => {
  test('exactly one gets it; the others are told there is no seat, and nothing is duplicated', async () => {
    const owner = await mock.session('olivia@northwind.example');
    const [sub] = (await owner.call('/subscriptions/')).body!.items as Subscription[];
    const before = (await owner.call(`/seats?subscription_id=${sub!.id}`)).body!;
    assert.equal(before.available_seats, 1);
    const answers = await Promise.all(
      Array.from({ length: WRITERS }, (_, i) =>
        owner.call('/seats', {
          method: 'POST',
          json: { subscription_id: sub!.id, email: `person${i}@northwind.example` },
        }),
      ),
    );
    assertAnswers(answers);
    const winners = answers.filter((a) => a.status === 200);
    assert.equal(winners.length, 1);
    for (const refused of answers.filter((a) => a.status !== 200))
      assert.equal(refused.body!.error, 'SeatNotAvailable');

    const after = (await owner.call(`/seats?subscription_id=${sub!.id}`)).body!;
    const held = (after.seats as { status: string; email: string; id: string }[]).filter(
      (s) => s.status !== 'revoked',
    );
    assert.equal(held.length, after.total_seats);
    assert.equal(after.available_seats, 0);
    assert.equal(new Set(held.map((s) => s.email)).size, held.length, 'one seat per person');
    assert.ok(held.some((s) => s.id === winners[0]!.body!.id));
    // One invitation mailed: to the winner only.
    const invited = answers.map((_, i) => `person${i}@northwind.example`);
    const mailed = mock.mock.state.mailbox.list().filter((m) => invited.includes(m.to));
    assert.deepEqual(
      mailed.map((m) => m.to),
      [winners[0]!.body!.email],
    );
  });
});
