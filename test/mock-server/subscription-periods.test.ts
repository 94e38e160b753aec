import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ManualClock } from '../../mock-server/index.js';
import { mockForThisFile } from './harness.js';

/**
 * Where monthly periods end over short months. Polar keeps the subscription's `anchor_day` and
 * `RecurringInterval.get_next_period(start, anchor_day)` (`server/polar/enums.py`) clamps it to
 * each month's length, so a period that ends on January 31 renews to the last day of February,
 * then to March 31 again, never to March 28. The dates below are the calendar's, written out.
 */

const BASE = '/v1/customer-portal/subscriptions';
const clock = new ManualClock();
const mock = mockForThisFile({ clock });

/**
 * The seed made at `seededAt`, then the clock moved to `now`: the subscription's period as the
 * customer reads it then (signed in then, as a session lasts an hour).
 */
async function periodAt(email: string, seededAt: number, now: number, addCard = false) {
  clock.set(seededAt);
  await mock.reset();
  if (addCard) {
    const me = await mock.session(email, { prefix: '/v1/customer-portal/customers/me' });
    const added = await me.call('/payment-methods', {
      method: 'POST',
      json: {
        confirmation_token_id: 'ctok_visa_4242_12_2031',
        set_default: true,
        return_url: 'https://merchant.example/account',
      },
    });
    assert.equal(added.status, 201);
  }
  clock.set(now);
  const s = await mock.session(email, { prefix: BASE });
  const [sub] = (await s.call('/')).body!.items as Record<string, string>[];
  return [sub!.current_period_start!, sub!.current_period_end!].map((d) => d.slice(0, 10));
}

describe('a period ending on the 31st', () => {
  // The seed puts Alice's monthly period's end 20 days after the seed's moment.
  const jan11 = Date.UTC(2027, 0, 11, 12);
  test('renews to February 28, then to March 31 and April 30', async () => {
    assert.deepEqual(await periodAt('alice@example.com', jan11, Date.UTC(2027, 1, 1)), [
      '2027-01-31',
      '2027-02-28',
    ]);
    assert.deepEqual(await periodAt('alice@example.com', jan11, Date.UTC(2027, 2, 1)), [
      '2027-02-28',
      '2027-03-31',
    ]);
    assert.deepEqual(await periodAt('alice@example.com', jan11, Date.UTC(2027, 3, 1)), [
      '2027-03-31',
      '2027-04-30',
    ]);
    assert.deepEqual(await periodAt('alice@example.com', jan11, Date.UTC(2027, 4, 1)), [
      '2027-04-30',
      '2027-05-31',
    ]);
  });

  test('in a leap year renews to February 29, then to March 31', async () => {
    const leap = Date.UTC(2028, 0, 11, 12);
    assert.deepEqual(await periodAt('alice@example.com', leap, Date.UTC(2028, 1, 1)), [
      '2028-01-31',
      '2028-02-29',
    ]);
    assert.deepEqual(await periodAt('alice@example.com', leap, Date.UTC(2028, 2, 1)), [
      '2028-02-29',
      '2028-03-31',
    ]);
  });

  test('a trial that ends on the 31st: its paid periods end there, or on a short month’s last day', async () => {
    // Dave's 14-day trial ends 10 days after the seed's moment; he adds a card to be billed.
    const jan21 = Date.UTC(2027, 0, 21, 12);
    assert.deepEqual(await periodAt('dave@example.com', jan21, Date.UTC(2027, 1, 1), true), [
      '2027-01-31',
      '2027-02-28',
    ]);
    assert.deepEqual(await periodAt('dave@example.com', jan21, Date.UTC(2027, 2, 1), true), [
      '2027-02-28',
      '2027-03-31',
    ]);
  });
});
