import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ManualClock } from '../../mock-server/index.js';
import { mockForThisFile, startMock, type Harness } from './harness.js';

const REQUEST = '/v1/customer-portal/customer-session/request';
const AUTHENTICATE = '/v1/customer-portal/customer-session/authenticate';
const INVALID_CODE = {
  error: 'CustomerSessionCodeInvalidOrExpired',
  detail: 'This customer session code is invalid or has expired.',
};

const clock = new ManualClock();
const mock = mockForThisFile({ clock });

const authenticate = (code: string) => mock.call(AUTHENTICATE, { method: 'POST', json: { code } });

describe('POST customer-session/request', () => {
  test('answers 202 with the JSON body null and mails a 6-digit code', async () => {
    const res = await mock.call(REQUEST, {
      method: 'POST',
      json: { email: 'alice@example.com', organization_id: mock.org('acme') },
    });
    assert.equal(res.status, 202);
    assert.equal(await res.text(), 'null');
    const [email] = await mock.emails('alice@example.com');
    assert.ok(email);
    assert.equal(email.subject, 'Access your Acme Tools purchases');
    assert.match(email.code!, /^\d{6}$/);
    assert.ok(email.text.includes(email.code!), 'the code is in the email text');
  });

  test('matches the email case-insensitively', async () => {
    const code = await mock.requestCode('ALICE@Example.com', 'acme');
    assert.match(code, /^\d{6}$/);
  });

  test('answers the same 202 and sends nothing for an unknown email or organization', async () => {
    for (const body of [
      { email: 'nobody@example.com', organization_id: mock.org('acme') },
      { email: 'alice@example.com', organization_id: '00000000-0000-4000-8000-000000000000' },
      // Alice is a customer of acme, not of teamly.
      { email: 'alice@example.com', organization_id: mock.org('teamly') },
    ]) {
      const res = await mock.call(REQUEST, { method: 'POST', json: body });
      assert.equal(res.status, 202);
      assert.equal(await res.text(), 'null');
    }
    assert.deepEqual(await mock.emails('nobody@example.com'), []);
    assert.deepEqual(await mock.emails('alice@example.com'), []);
  });

  test('answers 409 with the customers to choose from when one email has several', async () => {
    const res = await mock.call(REQUEST, {
      method: 'POST',
      json: { email: 'sam@example.com', organization_id: mock.org('teamly') },
    });
    assert.equal(res.status, 409);
    const body = (await res.json()) as {
      error: string;
      detail: string;
      customers: { id: string; name: string | null }[];
    };
    assert.equal(body.error, 'customer_selection_required');
    assert.equal(body.detail, 'Multiple customers found for this email. Please select one.');
    const samCustomers = mock.seed.customers.filter((c) =>
      c.members.some((m) => m.email === 'sam@example.com'),
    );
    assert.equal(samCustomers.length, 2);
    assert.deepEqual(body.customers.map((c) => c.id).sort(), samCustomers.map((c) => c.id).sort());
    assert.deepEqual(body.customers.map((c) => c.name).sort(), ['Sam Stone', 'Stone Studio']);
    assert.deepEqual(await mock.emails('sam@example.com'), [], 'no code before the choice');
  });

  test('sends the code once the customer is chosen, and nothing for a customer that is not theirs', async () => {
    const studio = mock.seed.customers.find((c) => c.name === 'Stone Studio')!;
    const code = await mock.requestCode('sam@example.com', 'teamly', studio.id);
    assert.match(code, /^\d{6}$/);

    await mock.reset();
    const alice = mock.customer('alice@example.com');
    const res = await mock.call(REQUEST, {
      method: 'POST',
      json: {
        email: 'sam@example.com',
        organization_id: mock.org('teamly'),
        customer_id: alice.id,
      },
    });
    assert.equal(res.status, 202);
    assert.deepEqual(await mock.emails('sam@example.com'), []);
  });
});

describe('POST customer-session/authenticate', () => {
  test('exchanges a code for a customer session in the legacy organization', async () => {
    const code = await mock.requestCode('alice@example.com', 'acme');
    const res = await authenticate(code);
    assert.equal(res.status, 200);
    const { token } = (await res.json()) as { token: string };
    assert.match(token, /^polar_cst_[A-Za-z0-9]{43}$/);
  });

  test('exchanges a code for a member session in the member-model organization', async () => {
    const code = await mock.requestCode('olivia@northwind.example', 'teamly');
    const { token } = (await (await authenticate(code)).json()) as { token: string };
    assert.match(token, /^polar_mst_[A-Za-z0-9]{43}$/);
  });

  test('accepts each code once', async () => {
    const code = await mock.requestCode('alice@example.com', 'acme');
    assert.equal((await authenticate(code)).status, 200);
    const again = await authenticate(code);
    assert.equal(again.status, 401);
    assert.deepEqual(await again.json(), INVALID_CODE);
  });

  test('refuses a wrong code with 401 and Polar body', async () => {
    await mock.requestCode('alice@example.com', 'acme');
    const res = await authenticate('000000x');
    assert.equal(res.status, 401);
    assert.deepEqual(await res.json(), INVALID_CODE);
  });

  test('keeps a code valid for 30 minutes and no longer', async () => {
    const early = await mock.requestCode('alice@example.com', 'acme');
    const late = await mock.requestCode('bob@example.com', 'acme');
    clock.advance(30 * 60_000 - 1);
    assert.equal((await authenticate(early)).status, 200, 'valid just before 30 minutes');
    clock.advance(1);
    const expired = await authenticate(late);
    assert.equal(expired.status, 401, 'expired at 30 minutes');
    assert.deepEqual(await expired.json(), INVALID_CODE);
  });

  test('leaves an older unexpired code valid after a new request', async () => {
    const first = await mock.requestCode('alice@example.com', 'acme');
    const second = await mock.requestCode('alice@example.com', 'acme');
    assert.equal((await authenticate(first)).status, 200);
    assert.equal((await authenticate(second)).status, 200);
  });

  test('does not keep the plain code: a reset mock forgets every code', async () => {
    const code = await mock.requestCode('alice@example.com', 'acme');
    assert.ok(
      !mock.mock.state.db.sessionCodes.some((row) => JSON.stringify(row).includes(code)),
      'codes are stored hashed',
    );
    await mock.reset();
    assert.equal((await authenticate(code)).status, 401);
  });
});

describe("Polar's code alphabet", () => {
  let polar: Harness;
  before(async () => {
    polar = await startMock({ codeAlphabet: 'polar' });
  });
  after(() => polar.close());

  test('sends 6 characters of A-Z0-9, matched case-sensitively as Polar does', async () => {
    const codes = await Promise.all(
      ['alice', 'bob', 'carol', 'dave'].map((n) => polar.requestCode(`${n}@example.com`, 'acme')),
    );
    for (const code of codes) assert.match(code, /^[A-Z0-9]{6}$/);
    const withLetter = codes.find((c) => /[A-Z]/.test(c));
    if (withLetter) {
      const lower = await polar.call(AUTHENTICATE, {
        method: 'POST',
        json: { code: withLetter.toLowerCase() },
      });
      assert.equal(lower.status, 401);
    }
    const res = await polar.call(AUTHENTICATE, { method: 'POST', json: { code: codes[0] } });
    assert.equal(res.status, 200);
  });
});

describe('request validation', () => {
  test('answers 422 RequestValidationError for a missing field', async () => {
    const res = await mock.call(REQUEST, { method: 'POST', json: { email: 'alice@example.com' } });
    assert.equal(res.status, 422);
    assert.deepEqual(await res.json(), {
      error: 'RequestValidationError',
      detail: [
        { type: 'missing', loc: ['body', 'organization_id'], msg: 'Field required', input: null },
      ],
    });
  });

  test('names every invalid field: email shape and UUID', async () => {
    const res = await mock.call(REQUEST, {
      method: 'POST',
      json: {
        email: 'not-an-email',
        organization_id: 'acme',
        customer_id: 'e0f5f6b2-1c4d-11ee-be56-0242ac120002',
      },
    });
    assert.equal(res.status, 422);
    const body = (await res.json()) as {
      error: string;
      detail: { type: string; loc: string[]; msg: string; input: unknown }[];
    };
    assert.equal(body.error, 'RequestValidationError');
    assert.deepEqual(
      body.detail.map((d) => [d.loc.join('.'), d.type, d.input]),
      [
        ['body.email', 'value_error', 'not-an-email'],
        ['body.organization_id', 'uuid_parsing', 'acme'],
        ['body.customer_id', 'uuid_version', 'e0f5f6b2-1c4d-11ee-be56-0242ac120002'],
      ],
    );
    assert.match(body.detail[0]!.msg, /^value is not a valid email address: /);
  });

  test('answers 422 json_invalid for malformed JSON and for a wrong type', async () => {
    const broken = await mock.call(AUTHENTICATE, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"code": ',
    });
    assert.equal(broken.status, 422);
    const brokenBody = (await broken.json()) as {
      error: string;
      detail: { type: string; loc: unknown[] }[];
    };
    assert.equal(brokenBody.error, 'RequestValidationError');
    assert.equal(brokenBody.detail[0]!.type, 'json_invalid');
    assert.equal(brokenBody.detail[0]!.loc[0], 'body');

    const wrongType = await mock.call(AUTHENTICATE, { method: 'POST', json: { code: 123456 } });
    assert.equal(wrongType.status, 422);
    assert.deepEqual(((await wrongType.json()) as { detail: unknown[] }).detail, [
      {
        type: 'string_type',
        loc: ['body', 'code'],
        msg: 'Input should be a valid string',
        input: 123456,
      },
    ]);

    const empty = await mock.call(AUTHENTICATE, { method: 'POST' });
    assert.equal(empty.status, 422);
    assert.deepEqual(((await empty.json()) as { detail: unknown[] }).detail, [
      { type: 'missing', loc: ['body'], msg: 'Field required', input: null },
    ]);
  });
});
