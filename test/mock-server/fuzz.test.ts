import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { mockForThisFile, POLAR_MAX_BODY_BYTES } from './harness.js';

/**
 * Property: whatever arrives, at any route, the mock answers without a 5xx or a hang; every
 * error body is in the contract's shape; and a rejected request changes nothing. Bodies come
 * malformed, deeply nested (past any recursive serialiser), badly encoded (invalid and overlong
 * UTF-8, CESU surrogates, lone surrogate escapes, BOMs, UTF-16, NUL) and under wrong or mixed
 * content types; a second property sends bodies just under, at and over the 10 MiB limit.
 * `FUZZ_RUNS` sets the number of cases (default 10,000, what CI runs: about 30 s).
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const mock = mockForThisFile();
const tokens: string[] = [];
/** How often each status came back: printed, so a run that only ever met 401s is visible. */
const statuses = new Map<number, number>();

/** Ids worth trying: real ones of several customers (isolation), random UUIDs and junk. */
function idArbitrary() {
  const { db } = mock.mock.state;
  const real = [
    ...db.subscriptions.all().map((s) => s.id),
    ...db.orders.all().map((o) => o.id),
    ...db.grants.all().map((g) => g.id),
    ...db.paymentMethods.all().map((p) => p.id),
    ...db.seats.all().map((s) => s.id),
    ...db.members.all().map((m) => m.id),
    ...db.licenseKeys.all().map((k) => k.id),
    ...db.organizations.all().map((o) => o.slug),
  ];
  return fc.oneof(
    fc.constantFrom(...real),
    fc.uuid(),
    fc.string({ maxLength: 40 }),
    fc.constantFrom('%00', '..%2F..', '%F0%9F%92%A5', 'a'.repeat(2000), '-1', '0'),
  );
}

const jsonValue = fc.oneof(
  fc.json({ maxDepth: 3 }),
  fc.constantFrom('{', '{"a":', '[1,2', 'null', '""', '\u0000', '{"email":"\u0000@x.io"}'),
  fc
    .string({ maxLength: 20_000 })
    .map((s) => JSON.stringify({ email: s, code: s, billing_name: s })),
  // Any unicode, lone surrogates included, in every text field a body can carry.
  fc.string({ unit: 'binary', maxLength: 300 }).map((s) =>
    JSON.stringify({
      email: s,
      name: s,
      billing_name: s,
      tax_id: s,
      comment: s,
      key: s,
      label: s,
    }),
  ),
  fc
    .record(
      {
        email: fc.oneof(fc.emailAddress(), fc.string()),
        organization_id: fc.oneof(fc.uuid(), fc.string()),
        code: fc.oneof(fc.string(), fc.integer()),
        seats: fc.oneof(fc.integer({ min: -10, max: 1e9 }), fc.double(), fc.string()),
        product_id: fc.oneof(fc.uuid(), fc.constant(null)),
        cancel_at_period_end: fc.oneof(fc.boolean(), fc.constant(null), fc.string()),
        billing_address: fc.oneof(
          fc.constant(null),
          fc.record({ country: fc.string({ maxLength: 3 }) }),
        ),
        subscription_id: fc.uuid(),
        limit: fc.integer(),
      },
      { requiredKeys: [] },
    )
    .map((o) => JSON.stringify(o)),
);

/** JSON nested far deeper than any body needs, in a field a route reads, of arrays or objects. */
const deepJson = fc
  .record({
    field: fc.constantFrom(
      'email',
      'code',
      'billing_name',
      'billing_address',
      'seats',
      'meta',
      'properties',
      'advance_seconds',
      'min_ms',
      'name',
    ),
    depth: fc.integer({ min: 150, max: 6000 }),
    arrays: fc.boolean(),
  })
  .map(({ field, depth, arrays }) =>
    arrays
      ? `{"${field}":${'['.repeat(depth)}${']'.repeat(depth)}}`
      : `{"${field}":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`,
  );

const utf8 = (text: string) => new TextEncoder().encode(text);
/** `bytes` inserted at the first string of the JSON text (after its first quote). */
const spliced = (text: string, bytes: number[]) => {
  const encoded = utf8(text);
  const at = Math.max(0, encoded.indexOf(0x22) + 1);
  return new Uint8Array([...encoded.subarray(0, at), ...bytes, ...encoded.subarray(at)]);
};
const utf16 = (text: string, bigEndian: boolean, bom: boolean) => {
  const units = Uint8Array.from(Buffer.from((bom ? '\ufeff' : '') + text, 'utf16le'));
  if (bigEndian)
    for (let i = 0; i + 1 < units.length; i += 2)
      [units[i], units[i + 1]] = [units[i + 1]!, units[i]!];
  return units;
};

/** A body's bytes the way a broken or exotic client sends them. */
const encodedBody = fc
  .tuple(
    jsonValue,
    fc.constantFrom(
      'invalid',
      'overlong',
      'cesu',
      'truncated',
      'nul',
      'bom',
      'utf16le',
      'utf16be',
      'lone-escape',
      'latin1',
    ),
  )
  .map(([text, how]): string | Uint8Array<ArrayBuffer> => {
    switch (how) {
      case 'invalid':
        return spliced(text, [0xff, 0xfe]);
      case 'overlong':
        return spliced(text, [0xc0, 0xaf, 0xe0, 0x80, 0xaf]);
      case 'cesu':
        return spliced(text, [0xed, 0xa0, 0x80]); // a surrogate, UTF-8 encoded
      case 'truncated':
        return spliced(text, [0xe2, 0x82]);
      case 'nul':
        return spliced(text, [0x00]);
      case 'bom':
        return new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
      case 'utf16le':
        return utf16(text, false, false);
      case 'utf16be':
        return utf16(text, true, true);
      case 'lone-escape':
        return text.replace('"', '"\\udc00\\ud800');
      default:
        return Uint8Array.from(Buffer.from(text, 'latin1'));
    }
  });

const queryValue = fc.oneof(
  fc.constantFrom(
    'page=0',
    'page=-5',
    'page=99999999999999999999',
    'limit=0',
    'limit=101',
    'limit=abc',
    'sorting=nope',
    'sorting=-created_at',
    'active=maybe',
    'type=unicorn',
    'product_id=x',
    'subscription_id=not-a-uuid',
  ),
  fc
    .tuple(fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 40 }))
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`),
);

/** Routes with their `:params` filled in. */
function requestArbitrary() {
  // Reset would end the sessions the cases use; it has its own tests.
  const routes = [...mock.mock.routes.api, ...mock.mock.routes.dev].filter(
    (r) => r.path !== '/__dev/reset',
  );
  return fc.record({
    route: fc.constantFrom(...routes),
    id: idArbitrary(),
    query: fc.array(queryValue, { maxLength: 4 }),
    body: fc.option(
      fc.oneof(
        { arbitrary: jsonValue, weight: 6 },
        { arbitrary: deepJson, weight: 1 },
        { arbitrary: encodedBody, weight: 2 },
      ),
      { nil: undefined },
    ),
    auth: fc.constantFrom<'none' | 'garbage' | 0 | 1 | 2>('none', 'garbage', 0, 1, 2),
    contentType: fc.oneof(
      { arbitrary: fc.constantFrom('application/json', ''), weight: 6 },
      {
        arbitrary: fc.constantFrom(
          'text/plain',
          'application/json; charset=latin1',
          'application/json, text/plain',
          'APPLICATION/JSON',
          'application/vnd.polar+json',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'json',
          'application/',
          '/json',
          ';',
        ),
        weight: 2,
      },
    ),
  });
}

const snapshot = () => JSON.stringify({ ...mock.mock.state.db.snapshot(), sessions: undefined });

test(`fuzz: ${RUNS} malformed requests across every route`, { timeout: 600_000 }, async () => {
  const { state } = mock.mock;
  tokens.push(
    await mock.signIn('alice@example.com', 'acme'),
    await mock.signIn('mia@northwind.example', 'teamly'),
    await mock.signIn('olivia@northwind.example', 'teamly'),
  );
  await fc.assert(
    fc.asyncProperty(requestArbitrary(), async ({ route, id, query, body, auth, contentType }) => {
      const path =
        route.path.replace(/:[a-z_]+/g, () => encodeURIComponent(id)) +
        (query.length ? `?${query.join('&')}` : '');
      const headers: Record<string, string> = {};
      if (auth === 'garbage') headers.authorization = 'Bearer polar_cst_garbage';
      else if (auth !== 'none') headers.authorization = `Bearer ${tokens[auth]}`;
      if (contentType) headers['content-type'] = contentType;
      const before = snapshot();
      const res = await mock.call(path, {
        method: route.method,
        headers,
        body: route.method === 'GET' ? undefined : body,
        redirect: 'manual',
      });
      const text = await res.text();
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      // Dev controls a case may have switched on would spoil the cases after it.
      state.faults = { error_rate: 0, drop_rate: 0 };
      state.latency = { min_ms: 0, max_ms: 0 };
      state.clock.offsetMs = 0;

      assert.ok(
        res.status < 500,
        `${route.method} ${path} answered ${res.status}: ${text.slice(0, 300)}`,
      );
      if (res.status >= 400 && res.status !== 429) {
        const parsed = JSON.parse(text) as Record<string, unknown>;
        const hasDetail = 'detail' in parsed || parsed.error === 'invalid_token';
        assert.ok(
          hasDetail,
          `${route.method} ${path} ${res.status} without detail: ${text.slice(0, 200)}`,
        );
        // A 422 is validation's list, or a business refusal's text (`MissingInvoiceBillingDetails`).
        if (res.status === 422 && Array.isArray(parsed.detail))
          assert.match(String(parsed.error), /^(Polar)?RequestValidationError$/);
        else if (res.status === 422) assert.equal(typeof parsed.detail, 'string');
        if (route.path !== '/__dev/reset') {
          assert.equal(
            snapshot(),
            before,
            `${route.method} ${path} was refused (${res.status}) but changed state`,
          );
        }
      }
    }),
    { numRuns: RUNS, seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined },
  );
  const counts = [...statuses].sort(([a], [b]) => a - b);
  console.log(
    `fuzz answers by status: ${counts.map(([status, n]) => `${status}: ${n}`).join(', ')}`,
  );
  assert.ok((statuses.get(200) ?? 0) > RUNS / 20, 'enough cases got through to the handlers');
});

test('fuzz: bodies just under, at and over the 10 MiB limit, declared or streamed', async () => {
  const token = await mock.signIn('alice@example.com', 'acme');
  const writes = [...mock.mock.routes.api, ...mock.mock.routes.dev].filter(
    (r) => r.method !== 'GET' && !r.path.includes(':') && r.path !== '/__dev/reset',
  );
  const frame = '{"billing_name":""}';
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...writes),
      fc.constantFrom(-1024, -1, 0, 1, 4096, POLAR_MAX_BODY_BYTES),
      fc.boolean(),
      async (route, delta, streamed) => {
        const size = POLAR_MAX_BODY_BYTES + delta;
        const text = `{"billing_name":"${'a'.repeat(size - frame.length)}"}`;
        const bytes = new TextEncoder().encode(text);
        const body = streamed
          ? new ReadableStream<Uint8Array>({
              start(controller) {
                for (let at = 0; at < bytes.length; at += 1 << 20)
                  controller.enqueue(bytes.subarray(at, at + (1 << 20)));
                controller.close();
              },
            })
          : bytes;
        const res = await mock.call(route.path, {
          method: route.method,
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body,
          // @ts-expect-error `duplex` is required by undici for streamed bodies, missing from lib.dom
          duplex: 'half',
        });
        const answer = (await res.json()) as { error?: string; detail?: unknown };
        const what = `${route.method} ${route.path} ${streamed ? 'streamed' : 'declared'} ${size} bytes`;
        assert.ok(res.status < 500, `${what}: ${res.status}`);
        assert.ok('detail' in answer || res.status < 400, `${what}: shape`);
        // A stream to Polar's routes has no length: Polar's 411 comes before anything is read.
        if (streamed && !route.path.startsWith('/__')) assert.equal(res.status, 411, what);
        else if (size > POLAR_MAX_BODY_BYTES)
          assert.equal(answer.error, 'RequestBodyTooLarge', what);
        else assert.notEqual(res.status, 413, what);
      },
    ),
    { numRuns: 16 },
  );
});
