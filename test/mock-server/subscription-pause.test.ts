import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ManualClock } from '../../mock-server/index.js';
import { mockForThisFile, type Session } from './harness.js';
import { webhooksOf } from './subscription-support.js';
import { applied, monthsLater, tax } from './polar-formulas.js';

/**
 * Pausing and resuming, as a client meets it, against Polar's rules:
 * `customer_portal/service/subscription.py` `CustomerSubscriptionService.update` and `resume`,
 * `subscription/service.py` `pause`, `cancel_scheduled_pause`, `resume`, `cycle` and
 * `_perform_cancellation`, `models/subscription.py` `can_pause`, `can_cancel_scheduled_pause`,
 * `can_resume`, `can_cancel`, and the `subscription.resume` task at `resumes_at`.
 *
 * The seed: Acme lets customers pause. Alice pays $12 a month, 10 of 30 days into her period,
 * with a billing address (10 % tax) and $5 of credit; Erin's $12 plan paused 10 days ago and
 * resumes in 20 days, on her card, with no address (no tax) and no credit.
 *
 * A body that fits no member of Polar's `CustomerSubscriptionUpdate` union is answered with
 * every member's errors; the mock answers with those of the member the body aims at, so the
 * tests look for that member's error in `detail`.
 */

const BASE = '/v1/customer-portal/subscriptions';
const DAY = 86_400_000;
const HOUR = 3_600_000;
const PRICE = 1200; // Acme Pro, monthly: `fixedPrice('acme-pro-monthly', 1200)` in the seed
const clock = new ManualClock();
const mock = mockForThisFile({ clock });

type Sub = Record<string, string | number | boolean | null>;
type Signed = Session & { sub: Sub; patch(json: unknown): ReturnType<Session['call']> };

async function signedIn(email: string): Promise<Signed> {
  const s = await mock.session(email, { prefix: BASE });
  const [sub] = (await s.call('/')).body!.items as Sub[];
  const patch = (json: unknown) => s.call(`/${sub!.id}`, { method: 'PATCH', json });
  return { ...s, sub: sub!, patch };
}

const settings = (json: unknown) =>
  mock.call('/__dev/organizations/acme/settings', { method: 'POST', json });

/** Pydantic's datetime in Polar's answers: microseconds and `Z`. */
const wire = (ms: number) => new Date(ms).toISOString().replace('Z', '000Z');

/** Python's `datetime.isoformat()` of an aware UTC datetime, or a naive one. */
function isoformat(ms: number, naive = false): string {
  const [seconds, millis] = new Date(ms).toISOString().slice(0, 23).split('.') as [string, string];
  return `${seconds}${millis === '000' ? '' : `.${millis}000`}${naive ? '' : '+00:00'}`;
}

const polarError = (error: string, detail: string) => ({ error, detail });
const CANNOT_PAUSE = polarError('CannotPauseSubscription', 'This subscription cannot be paused.');
const NO_SCHEDULED_PAUSE = polarError(
  'NoScheduledPause',
  'This subscription is not scheduled to be paused.',
);
const NOT_PAUSED = polarError('NotPausedSubscription', 'This subscription is not paused.');

/** The 422's `detail` holds `issue` (the union member's error, see the file's note). */
function assertIssue(
  res: { status: number; body: Record<string, unknown> | null },
  issue: unknown,
) {
  assert.equal(res.status, 422, JSON.stringify(res.body));
  const detail = res.body!.detail as unknown[];
  assert.ok(
    detail.some((i) => JSON.stringify(i) === JSON.stringify(issue)),
    `${JSON.stringify(issue)} in ${JSON.stringify(detail)}`,
  );
}

/** The subscription's orders, newest first, as the customer lists them. */
async function ordersOf(email: string, subscriptionId: string) {
  const s = await mock.session(email);
  return (await s.call(`/orders/?subscription_id=${subscriptionId}`)).body!.items as Record<
    string,
    string | number
  >[];
}

const grantCount = async (email: string) =>
  (await (await mock.session(email)).call('/benefit-grants/')).body!.items.length as number;

describe("the merchant's switch", () => {
  test('off: pausing, withdrawing a pause and resuming are 403 PauseResumeNotAllowed', async () => {
    const off = await settings({ subscription: { pause: false } });
    assert.equal(off.status, 200);
    const alice = await signedIn('alice@example.com');
    const erin = await signedIn('erin@example.com');
    const refused = polarError(
      'PauseResumeNotAllowed',
      'Pausing or resuming a subscription is not allowed.',
    );
    for (const [who, json] of [
      [alice, { pause_at_period_end: true }],
      [alice, { pause_at_period_end: false }],
      [erin, { resume: true }],
    ] as const) {
      const res = await who.patch(json);
      assert.equal(res.status, 403);
      assert.deepEqual(res.body, refused);
    }
  });

  test('teamly leaves it off (the portal default): 403 there too', async () => {
    const olivia = await signedIn('olivia@northwind.example');
    const res = await olivia.patch({ pause_at_period_end: true });
    assert.equal(res.status, 403);
    assert.equal(res.body!.error, 'PauseResumeNotAllowed');
  });
});

describe('scheduling a pause', () => {
  test('without a date: pauses at the period’s end, nothing changes before', async () => {
    const alice = await signedIn('alice@example.com');
    let res: Awaited<ReturnType<Signed['patch']>> | undefined;
    const events = await webhooksOf(mock, async () => {
      res = await alice.patch({ pause_at_period_end: true });
    });
    assert.equal(res!.status, 200);
    assert.equal(res!.body!.status, 'active');
    assert.equal(res!.body!.pause_at_period_end, true);
    assert.equal(res!.body!.resumes_at, null);
    assert.equal(res!.body!.paused_at, null);
    assert.equal(res!.body!.current_period_end, alice.sub.current_period_end);
    assert.deepEqual(events, ['subscription.updated', 'customer.state_changed']);
    const read = await alice.call(`/${alice.sub.id}`);
    assert.equal(read.body!.pause_at_period_end, true);
  });

  test('with a date after the period’s end: kept, as an instant in any offset', async () => {
    const alice = await signedIn('alice@example.com');
    const end = Date.parse(alice.sub.current_period_end as string);
    const res = await alice.patch({ pause_at_period_end: true, resumes_at: wire(end + 7 * DAY) });
    assert.equal(res.status, 200);
    assert.equal(res.body!.resumes_at, wire(end + 7 * DAY));
    // The same instant written at +02:00, and a unix timestamp: pydantic's lax datetime.
    await mock.reset();
    const again = await signedIn('alice@example.com');
    const local = new Date(end + 7 * DAY + 2 * HOUR).toISOString().replace('Z', '+02:00');
    const atOffset = await again.patch({ pause_at_period_end: 'yes', resumes_at: local });
    assert.equal(atOffset.status, 200, atOffset.text);
    assert.equal(atOffset.body!.resumes_at, wire(end + 7 * DAY));
    await mock.reset();
    const third = await signedIn('alice@example.com');
    const seconds = Math.floor((end + 8 * DAY) / 1000);
    const fromNumber = await third.patch({ pause_at_period_end: 1, resumes_at: seconds });
    assert.equal(fromNumber.status, 200, fromNumber.text);
    assert.equal(fromNumber.body!.resumes_at, wire(seconds * 1000));
  });

  test('withdrawn: both fields cleared; once more is 409 NoScheduledPause', async () => {
    const alice = await signedIn('alice@example.com');
    const end = Date.parse(alice.sub.current_period_end as string);
    await alice.patch({ pause_at_period_end: true, resumes_at: wire(end + DAY) });
    const events: string[][] = [];
    let res: Awaited<ReturnType<Signed['patch']>> | undefined;
    events.push(
      await webhooksOf(mock, async () => {
        res = await alice.patch({ pause_at_period_end: false });
      }),
    );
    assert.equal(res!.status, 200);
    assert.equal(res!.body!.pause_at_period_end, false);
    assert.equal(res!.body!.resumes_at, null);
    assert.deepEqual(events[0], ['subscription.updated', 'customer.state_changed']);
    const again = await alice.patch({ pause_at_period_end: false });
    assert.equal(again.status, 409);
    assert.deepEqual(again.body, NO_SCHEDULED_PAUSE);
  });

  test('cancelling at the period’s end drops a scheduled pause (DELETE and PATCH)', async () => {
    for (const cancel of [
      (s: Signed) => s.call(`/${s.sub.id}`, { method: 'DELETE' }),
      (s: Signed) => s.patch({ cancel_at_period_end: true }),
    ]) {
      await mock.reset();
      const alice = await signedIn('alice@example.com');
      const end = Date.parse(alice.sub.current_period_end as string);
      await alice.patch({ pause_at_period_end: true, resumes_at: wire(end + DAY) });
      const res = await cancel(alice);
      assert.equal(res.status, 200);
      assert.equal(res.body!.cancel_at_period_end, true);
      assert.equal(res.body!.pause_at_period_end, false);
      assert.equal(res.body!.resumes_at, null);
      // Now canceling, it cannot be paused.
      const pause = await alice.patch({ pause_at_period_end: true });
      assert.equal(pause.status, 409);
      assert.deepEqual(pause.body, CANNOT_PAUSE);
    }
  });
});

describe('422: the body as pydantic validates it', () => {
  const member = 'CustomerSubscriptionPause';

  test('resumes_at on or before the period’s end: `pause` refuses it', async () => {
    const alice = await signedIn('alice@example.com');
    const end = alice.sub.current_period_end as string;
    const dayBefore = Date.parse(end) - DAY;
    // Quoted back as Polar's JSON encoder writes the parsed datetime. The mock reads a datetime
    // with no offset as UTC; Polar compares it with an aware one, which Python refuses (a 500).
    for (const [sent, echoed] of [
      [end, isoformat(Date.parse(end))],
      [wire(dayBefore).replace('Z', ''), isoformat(dayBefore, true)],
    ] as const) {
      const res = await alice.patch({ pause_at_period_end: true, resumes_at: sent });
      assert.equal(res.status, 422);
      assert.deepEqual(res.body, {
        error: 'PolarRequestValidationError',
        detail: [
          {
            type: 'value_error',
            loc: ['body', 'resumes_at'],
            msg: 'resumes_at must be after the current period end.',
            input: echoed,
          },
        ],
      });
    }
    assert.equal((await alice.call(`/${alice.sub.id}`)).body!.pause_at_period_end, false);
  });

  test('resumes_at in the past: `FutureDatetime`', async () => {
    const alice = await signedIn('alice@example.com');
    const past = wire(clock.now() - HOUR);
    assertIssue(await alice.patch({ pause_at_period_end: true, resumes_at: past }), {
      type: 'datetime_future',
      loc: ['body', member, 'resumes_at'],
      msg: 'Input should be in the future',
      input: past,
    });
  });

  test('keys the schema has not: extra="forbid"', async () => {
    const alice = await signedIn('alice@example.com');
    assertIssue(await alice.patch({ pause_at_period_end: true, reason: 'holiday' }), {
      type: 'extra_forbidden',
      loc: ['body', member, 'reason'],
      msg: 'Extra inputs are not permitted',
      input: 'holiday',
    });
    const erin = await signedIn('erin@example.com');
    assertIssue(await erin.patch({ resume: true, now: 1 }), {
      type: 'extra_forbidden',
      loc: ['body', 'CustomerSubscriptionResume', 'now'],
      msg: 'Extra inputs are not permitted',
      input: 1,
    });
  });

  test('wrong types and missing fields', async () => {
    const alice = await signedIn('alice@example.com');
    const cases: [unknown, unknown][] = [
      [
        { pause_at_period_end: 'maybe' },
        {
          type: 'bool_parsing',
          loc: ['body', member, 'pause_at_period_end'],
          msg: 'Input should be a valid boolean, unable to interpret input',
          input: 'maybe',
        },
      ],
      [
        { pause_at_period_end: null },
        {
          type: 'bool_type',
          loc: ['body', member, 'pause_at_period_end'],
          msg: 'Input should be a valid boolean',
          input: null,
        },
      ],
      [
        { resumes_at: '2099-01-01T00:00:00Z' },
        {
          type: 'missing',
          loc: ['body', member, 'pause_at_period_end'],
          msg: 'Field required',
          input: null,
        },
      ],
      [
        { pause_at_period_end: true, resumes_at: 'tomorrow' },
        {
          type: 'datetime_from_date_parsing',
          loc: ['body', member, 'resumes_at'],
          msg: 'Input should be a valid datetime or date, input is too short',
          input: 'tomorrow',
          ctx: { error: 'input is too short' },
        },
      ],
      [
        { pause_at_period_end: true, resumes_at: '2099-13-01T00:00:00Z' },
        {
          type: 'datetime_from_date_parsing',
          loc: ['body', member, 'resumes_at'],
          msg: 'Input should be a valid datetime or date, month value is outside expected range of 1-12',
          input: '2099-13-01T00:00:00Z',
          ctx: { error: 'month value is outside expected range of 1-12' },
        },
      ],
      [
        { pause_at_period_end: true, resumes_at: '2099-01-01T25:00:00Z' },
        {
          type: 'datetime_from_date_parsing',
          loc: ['body', member, 'resumes_at'],
          msg: 'Input should be a valid datetime or date, unexpected extra characters at the end of the input',
          input: '2099-01-01T25:00:00Z',
          ctx: { error: 'unexpected extra characters at the end of the input' },
        },
      ],
      [
        { pause_at_period_end: true, resumes_at: true },
        {
          type: 'datetime_type',
          loc: ['body', member, 'resumes_at'],
          msg: 'Input should be a valid datetime',
          input: true,
        },
      ],
      [
        { resume: false },
        {
          type: 'literal_error',
          loc: ['body', 'CustomerSubscriptionResume', 'resume'],
          msg: 'Input should be True',
          input: false,
          ctx: { expected: 'True' },
        },
      ],
      [
        { resume: 'true' },
        {
          type: 'literal_error',
          loc: ['body', 'CustomerSubscriptionResume', 'resume'],
          msg: 'Input should be True',
          input: 'true',
          ctx: { expected: 'True' },
        },
      ],
    ];
    for (const [json, issue] of cases) assertIssue(await alice.patch(json), issue);
    const read = await alice.call(`/${alice.sub.id}`);
    assert.equal(read.body!.pause_at_period_end, false, 'nothing was changed');
  });

  test('an unknown subscription with a bad body: the body is validated first', async () => {
    const alice = await signedIn('alice@example.com');
    const res = await alice.call('/4d1c1f3e-6c38-4e3f-9d1a-1b0c2d3e4f50', {
      method: 'PATCH',
      json: { pause_at_period_end: 'maybe' },
    });
    assert.equal(res.status, 422);
    const missing = await alice.call('/4d1c1f3e-6c38-4e3f-9d1a-1b0c2d3e4f50', {
      method: 'PATCH',
      json: { pause_at_period_end: true },
    });
    assert.equal(missing.status, 404);
  });
});

describe('409: what each state allows', () => {
  test('only an active subscription with nothing scheduled can be paused', async () => {
    // Alice already pausing, Bob canceling, Carol past due, Dave trialing, Erin paused.
    const alice = await signedIn('alice@example.com');
    await alice.patch({ pause_at_period_end: true });
    for (const who of [
      alice,
      ...(await Promise.all(
        ['bob', 'carol', 'dave', 'erin'].map((n) => signedIn(`${n}@example.com`)),
      )),
    ]) {
      const res = await who.patch({ pause_at_period_end: true });
      assert.equal(res.status, 409, `${who.sub.status}: ${res.text}`);
      assert.deepEqual(res.body, CANNOT_PAUSE);
    }
  });

  test('only a pausing subscription has a pause to withdraw; only a paused one resumes', async () => {
    const erin = await signedIn('erin@example.com');
    const withdraw = await erin.patch({ pause_at_period_end: false });
    assert.equal(withdraw.status, 409);
    assert.deepEqual(withdraw.body, NO_SCHEDULED_PAUSE);
    const alice = await signedIn('alice@example.com');
    const active = await alice.patch({ resume: true });
    assert.equal(active.status, 409);
    assert.deepEqual(active.body, NOT_PAUSED);
    await alice.patch({ pause_at_period_end: true });
    const pausing = await alice.patch({ resume: true });
    assert.equal(pausing.status, 409);
    assert.deepEqual(pausing.body, NOT_PAUSED);
  });

  test('a paused subscription cannot be cancelled at the period’s end, nor revoked here', async () => {
    const erin = await signedIn('erin@example.com');
    const cancel = await erin.call(`/${erin.sub.id}`, { method: 'DELETE' });
    assert.equal(cancel.status, 403);
    assert.deepEqual(
      cancel.body,
      polarError(
        'AlreadyCanceledSubscription',
        'This subscription is already canceled or will be at the end of the period.',
      ),
    );
    // `can_cancel(immediately=True)` holds for a paused one, but the portal's revoke only
    // stops a past-due subscription's collection (`_revoke_stops_collection`).
    const revoke = await erin.call(`/${erin.sub.id}/revoke`, { method: 'POST', json: {} });
    assert.equal(revoke.status, 409);
    assert.equal(revoke.body!.error, 'RevokeNotAllowed');
  });
});

describe('the period’s end pauses; resumes_at resumes', () => {
  test('past the period’s end: paused, no order, benefits revoked, `subscription.paused`', async () => {
    const alice = await signedIn('alice@example.com');
    const end = alice.sub.current_period_end as string;
    await alice.patch({ pause_at_period_end: true });
    const orders = (await ordersOf('alice@example.com', alice.sub.id as string)).length;
    const grants = await grantCount('alice@example.com');
    assert.ok(grants > 0);
    clock.set(Date.parse(end) + HOUR);
    let read: Sub | undefined;
    const events = await webhooksOf(mock, async () => {
      read = (await signedIn('alice@example.com')).sub;
    });
    assert.equal(read!.status, 'paused');
    assert.equal(read!.paused_at, end);
    assert.equal(read!.pause_at_period_end, false);
    assert.equal(read!.current_period_end, end, 'the period does not move');
    assert.equal((await ordersOf('alice@example.com', alice.sub.id as string)).length, orders);
    assert.equal(await grantCount('alice@example.com'), grants - 4);
    assert.deepEqual(
      events.filter((e) => e.startsWith('subscription.')),
      ['subscription.updated', 'subscription.paused'],
    );
    assert.equal(events.filter((e) => e === 'benefit_grant.revoked').length, 4);
    assert.ok(!events.some((e) => e.startsWith('order.')));
    // Still paused a year on: nothing renews it.
    clock.advance(365 * DAY);
    const later = await signedIn('alice@example.com');
    assert.equal(later.sub.status, 'paused');
    assert.equal((await ordersOf('alice@example.com', alice.sub.id as string)).length, orders);
    // Paused with no date: no charge to come (`get_charge_preview`).
    assert.equal((await later.call(`/${later.sub.id}/charge-preview`)).status, 404);
  });

  test('a scheduled cancellation wins over a scheduled pause', async () => {
    const alice = await signedIn('alice@example.com');
    await alice.patch({ pause_at_period_end: true });
    await alice.call(`/${alice.sub.id}`, { method: 'DELETE' });
    clock.set(Date.parse(alice.sub.current_period_end as string) + HOUR);
    assert.equal((await signedIn('alice@example.com')).sub.status, 'canceled');
  });

  test('past resumes_at: active again, a fresh period from resumes_at, billed once', async () => {
    const erin = await signedIn('erin@example.com');
    const resumesAt = Date.parse(erin.sub.resumes_at as string);
    const orders = await ordersOf('erin@example.com', erin.sub.id as string);
    assert.equal(await grantCount('erin@example.com'), 0, 'her pause revoked her benefits');
    clock.set(resumesAt + HOUR);
    let read: Sub | undefined;
    const events = await webhooksOf(mock, async () => {
      read = (await signedIn('erin@example.com')).sub;
    });
    assert.equal(read!.status, 'active');
    assert.equal(read!.paused_at, null);
    assert.equal(read!.resumes_at, null);
    assert.equal(read!.current_period_start, wire(resumesAt));
    assert.equal(read!.current_period_end, wire(monthsLater(resumesAt, 1)));
    const after = await ordersOf('erin@example.com', erin.sub.id as string);
    assert.equal(after.length, orders.length + 1);
    const [order] = after;
    assert.equal(order!.billing_reason, 'subscription_cycle');
    // Charged at resumes_at, an hour ago: Stripe's webhook has long since paid it.
    assert.equal(order!.status, 'paid');
    assert.equal(order!.subtotal_amount, PRICE);
    assert.equal(order!.tax_amount, tax(PRICE, false));
    assert.equal(order!.total_amount, PRICE);
    assert.equal(await grantCount('erin@example.com'), 4);
    assert.deepEqual(
      events.filter((e) => e.startsWith('subscription.') || e.startsWith('order.')),
      [
        'subscription.updated',
        'subscription.resumed',
        'order.created',
        'order.updated',
        'order.paid',
      ],
    );
    assert.equal(events.filter((e) => e === 'benefit_grant.created').length, 4);
  });

  test('paused at the end, resumed at resumes_at, then renewing as usual', async () => {
    const alice = await signedIn('alice@example.com');
    const end = Date.parse(alice.sub.current_period_end as string);
    const resumesAt = end + 10 * DAY;
    await alice.patch({ pause_at_period_end: true, resumes_at: wire(resumesAt) });
    const orders = (await ordersOf('alice@example.com', alice.sub.id as string)).length;
    clock.set(monthsLater(resumesAt, 1) + HOUR);
    const read = (await signedIn('alice@example.com')).sub;
    assert.equal(read.status, 'active');
    assert.equal(read.current_period_start, wire(monthsLater(resumesAt, 1)));
    assert.equal(read.current_period_end, wire(monthsLater(resumesAt, 2)));
    const after = await ordersOf('alice@example.com', alice.sub.id as string);
    assert.equal(after.length, orders + 2, 'the resume and one renewal; nothing while paused');
  });
});

describe('resuming now', () => {
  test('charges a fresh full period from now and gives the benefits back', async () => {
    const erin = await signedIn('erin@example.com');
    const now = clock.now();
    const before = await ordersOf('erin@example.com', erin.sub.id as string);
    let res: Awaited<ReturnType<Signed['patch']>> | undefined;
    const events = await webhooksOf(mock, async () => {
      res = await erin.patch({ resume: true });
    });
    assert.equal(res!.status, 200, res!.text);
    assert.equal(res!.body!.status, 'active');
    assert.equal(res!.body!.paused_at, null);
    assert.equal(res!.body!.resumes_at, null);
    assert.equal(res!.body!.current_period_start, wire(now));
    assert.equal(res!.body!.current_period_end, wire(monthsLater(now, 1)));
    const after = await ordersOf('erin@example.com', erin.sub.id as string);
    assert.equal(after.length, before.length + 1);
    assert.equal(after[0]!.billing_reason, 'subscription_cycle');
    assert.equal(after[0]!.subtotal_amount, PRICE, 'the whole period, not a share of it');
    assert.equal(after[0]!.total_amount, PRICE + tax(PRICE, false));
    // `resume` enqueues the order's job: the charge is confirmed, Stripe's webhook pays it later.
    assert.equal(after[0]!.status, 'pending');
    assert.equal(await grantCount('erin@example.com'), 4);
    assert.deepEqual(
      events.filter((e) => e.startsWith('subscription.') || e.startsWith('order.')),
      ['subscription.updated', 'subscription.resumed', 'order.created'],
    );
    const paid = await webhooksOf(mock, async () => {
      clock.advance(2000);
      assert.equal((await ordersOf('erin@example.com', erin.sub.id as string))[0]!.status, 'paid');
    });
    assert.deepEqual(
      paid.filter((e) => e.startsWith('order.')),
      ['order.updated', 'order.paid'],
    );
    const again = await erin.patch({ resume: true });
    assert.equal(again.status, 409);
    assert.deepEqual(again.body, NOT_PAUSED);
  });

  test('with credit and tax: the whole period, taxed, the credit applied', async () => {
    // Alice pauses with no date, then resumes once paused (tax 10 %, $5 of credit).
    const alice = await signedIn('alice@example.com');
    await alice.patch({ pause_at_period_end: true });
    clock.set(Date.parse(alice.sub.current_period_end as string) + DAY);
    const paused = await signedIn('alice@example.com');
    assert.equal(paused.sub.status, 'paused');
    const res = await paused.patch({ resume: true });
    assert.equal(res.status, 200, res.text);
    const [order] = await ordersOf('alice@example.com', alice.sub.id as string);
    const total = PRICE + tax(PRICE, true);
    assert.equal(order!.subtotal_amount, PRICE);
    assert.equal(order!.tax_amount, tax(PRICE, true));
    assert.equal(order!.total_amount, total);
    assert.equal(order!.applied_balance_amount, applied(total, 500));
    assert.equal(order!.due_amount, total + applied(total, 500), 'the card pays the rest');
    const me = await mock.session('alice@example.com');
    const [wallet] = (await me.call('/wallets/')).body!.items as { balance: number }[];
    assert.equal(wallet!.balance, 500 + applied(total, 500), 'the credit paid for part of it');
  });

  test('anchored on the day it resumes: from January 31, to February 28, then March 31', async () => {
    clock.set(Date.UTC(2027, 0, 31, 9));
    await mock.reset();
    const erin = await signedIn('erin@example.com');
    const res = await erin.patch({ resume: true });
    assert.equal(res.body!.current_period_end, wire(Date.UTC(2027, 1, 28, 9)));
    clock.set(Date.UTC(2027, 2, 1));
    const renewed = await signedIn('erin@example.com');
    assert.equal(renewed.sub.current_period_end, wire(Date.UTC(2027, 2, 31, 9)));
  });

  test('with no card: 409 PaymentMethodRequired, still paused', async () => {
    // Alice pauses with no date (then no card is needed), removes both cards, and resumes.
    const alice = await signedIn('alice@example.com');
    await alice.patch({ pause_at_period_end: true });
    clock.set(Date.parse(alice.sub.current_period_end as string) + DAY);
    const paused = await signedIn('alice@example.com');
    assert.equal(paused.sub.status, 'paused');
    const me = await mock.session('alice@example.com', {
      prefix: '/v1/customer-portal/customers/me',
    });
    for (const card of (await me.call('/payment-methods')).body!.items as { id: string }[]) {
      const deleted = await me.call(`/payment-methods/${card.id}`, { method: 'DELETE' });
      assert.equal(deleted.status, 204, deleted.text);
    }
    const res = await paused.patch({ resume: true });
    assert.equal(res.status, 409);
    assert.deepEqual(
      res.body,
      polarError(
        'PaymentMethodRequired',
        'Add a payment method before resuming this subscription.',
      ),
    );
    assert.equal((await paused.call(`/${paused.sub.id}`)).body!.status, 'paused');
  });
});

describe('charge preview', () => {
  test('paused with resumes_at: the period it resumes into, in full', async () => {
    const erin = await signedIn('erin@example.com');
    const res = await erin.call(`/${erin.sub.id}/charge-preview`);
    assert.equal(res.status, 200, res.text);
    assert.equal(res.body!.base_amount, PRICE);
    assert.equal(res.body!.tax_amount, tax(PRICE, false));
    assert.equal(res.body!.total_amount, PRICE);
    assert.equal(res.body!.due_amount, PRICE);
  });

  test('pause scheduled: `_compute_charge_preview` still shows the whole renewal', async () => {
    const alice = await signedIn('alice@example.com');
    const before = (await alice.call(`/${alice.sub.id}/charge-preview`)).body;
    await alice.patch({ pause_at_period_end: true });
    const res = await alice.call(`/${alice.sub.id}/charge-preview`);
    assert.equal(res.status, 200);
    assert.deepEqual(res.body, before);
    assert.equal(res.body!.base_amount, PRICE);
  });
});

describe('permissions', () => {
  test('a team member without billing rights is refused before anything else', async () => {
    // Teamly's switch on, so that only the role is in the way.
    await mock.call('/__dev/organizations/teamly/settings', {
      method: 'POST',
      json: { subscription: { pause: true } },
    });
    const mia = await signedIn('mia@northwind.example');
    for (const json of [{ pause_at_period_end: true }, { resume: true }, { resume: 'no' }]) {
      const res = await mia.patch(json);
      assert.equal(res.status, 403);
      assert.deepEqual(
        res.body,
        polarError('NotPermitted', 'Only owners and billing managers can access billing features.'),
      );
    }
    const ben = await signedIn('ben@northwind.example');
    const allowed = await ben.patch({ pause_at_period_end: true });
    assert.equal(allowed.status, 200, allowed.text);
    assert.equal(allowed.body!.pause_at_period_end, true);
  });
});
