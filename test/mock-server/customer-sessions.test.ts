import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { Polar } from '@polar-sh/sdk';
import { PolarError } from '@polar-sh/sdk/models/errors/polarerror.js';
import { ManualClock } from '../../mock-server/index.js';
import { hasValidChecksum } from '../../mock-server/crypto.js';
import { mockForThisFile } from './harness.js';

/**
 * Sessions a merchant's backend creates (`POST /v1/customer-sessions/`, Polar's
 * `customer_session/service.py`), driven through Polar's SDK as a backend would, over real HTTP;
 * the token they answer must open the portal as a signed-in one does.
 */

const clock = new ManualClock();
const mock = mockForThisFile({ clock });

/** The seeded token of the organization with `customer_sessions:write`, or (false) without. */
const seededToken = (slug: string, canCreateSessions = true) =>
  mock.seed.organizations
    .find((o) => o.slug === slug)!
    .access_tokens.find(
      (t) => t.scope.split(' ').includes('customer_sessions:write') === canCreateSessions,
    )!.token;

/** The merchant's backend for one organization: Polar's SDK with its access token. */
const backend = (slug: string, accessToken = seededToken(slug)) =>
  new Polar({ accessToken, serverURL: mock.base });

/** What the SDK throws for a refusal, as status and parsed body. */
async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof PolarError, String(error));
    return { status: error.statusCode, body: JSON.parse(error.body), headers: error.headers };
  }
  assert.fail('the SDK call succeeded');
}

const create = (accessToken: string | null, json: unknown) =>
  mock.call('/v1/customer-sessions/', {
    method: 'POST',
    headers: accessToken ? { authorization: `Bearer ${accessToken}` } : {},
    json,
  });

const portalUser = async (token: string) =>
  mock.sdk.customerPortal.customerSession.getAuthenticatedUser({ customerSession: token });

describe('the seed’s organization access tokens', () => {
  test('are listed by /__dev/seed, in Polar’s shape, the table keeping only their digest', () => {
    const { db } = mock.mock.state;
    for (const org of mock.seed.organizations) {
      assert.ok(org.access_tokens.length > 0, org.slug);
      for (const { token } of org.access_tokens) {
        assert.ok(hasValidChecksum(token, 'polar_oat_'), token);
        const digest = createHash('sha256').update(token).digest('hex');
        const row = db.organizationAccessTokens.find((t) => t.token_hash === digest);
        assert.equal(row?.organization_id, org.id, token);
        assert.ok(!JSON.stringify(db.snapshot()).includes(token), 'no token in the clear');
      }
    }
  });
});

describe('a customer session for a legacy organization (acme)', () => {
  test('by customer_id: a polar_cst_ token that opens the portal as the customer', async () => {
    const alice = mock.customer('alice@example.com');
    const session = await backend('acme').customerSessions.create({ customerId: alice.id });
    assert.match(session.token, /^polar_cst_[A-Za-z0-9]{43}$/);
    assert.equal(session.customerId, alice.id);
    assert.equal(session.customer.id, alice.id);
    assert.equal(session.customer.externalId, 'usr_alice');
    assert.equal(session.customer.email, 'alice@example.com');
    assert.equal(session.expiresAt.getTime(), clock.now() + 60 * 60_000);
    assert.equal(session.returnUrl, null);
    const portal = new URL(session.customerPortalUrl);
    assert.equal(portal.pathname, '/acme/portal');
    assert.equal(portal.searchParams.get('customer_session_token'), session.token);
    assert.equal(portal.searchParams.get('email'), 'alice@example.com');

    const me = await mock.sdk.customerPortal.customers.get({ customerSession: session.token });
    assert.equal(me.id, alice.id);
    const subscriptions = await mock.sdk.customerPortal.subscriptions.list(
      { customerSession: session.token },
      {},
    );
    assert.ok(subscriptions.result.items.length > 0);
    assert.ok(subscriptions.result.items.every((s) => s.customerId === alice.id));
    assert.equal((await portalUser(session.token)).type, 'customer');
  });

  test('by external_customer_id, with a return URL the session keeps', async () => {
    const session = await backend('acme').customerSessions.create({
      externalCustomerId: 'usr_bob',
      returnUrl: 'https://acme.example/account',
    });
    assert.equal(session.customerId, mock.customer('bob@example.com').id);
    assert.equal(session.returnUrl, 'https://acme.example/account');
    const introspected = await mock.sdk.customerPortal.customerSession.introspect({
      customerSession: session.token,
    });
    assert.equal(introspected.returnUrl, 'https://acme.example/account');
  });

  test('customer_external_id is still accepted for external_customer_id', async () => {
    const res = await create(seededToken('acme'), { customer_external_id: 'usr_carol' });
    assert.equal(res.status, 201);
    const body = (await res.json()) as { customer_id: string };
    assert.equal(body.customer_id, mock.customer('carol@example.com').id);
  });

  test('a member given to an organization without the member model is ignored', async () => {
    const session = await backend('acme').customerSessions.create({
      externalCustomerId: 'usr_dave',
      memberId: crypto.randomUUID(),
    });
    assert.match(session.token, /^polar_cst_/);
  });

  test('the session lives one hour, as a signed-in one', async () => {
    const session = await backend('acme').customerSessions.create({
      externalCustomerId: 'usr_erin',
    });
    clock.advance(60 * 60_000);
    const res = await mock.call('/v1/customer-portal/customers/me', {
      headers: { authorization: `Bearer ${session.token}` },
    });
    assert.equal(res.status, 401);
    assert.equal(((await res.json()) as { error: string }).error, 'invalid_token');
  });
});

describe('a member session for a member-model organization (teamly)', () => {
  test('by external_customer_id: the individual customer’s owner member (polar_mst_)', async () => {
    const sam = mock.customer('sam@example.com', 'teamly');
    const session = await backend('teamly').customerSessions.create({
      externalCustomerId: 'usr_sam',
    });
    assert.match(session.token, /^polar_mst_[A-Za-z0-9]{43}$/);
    assert.equal(session.customerId, sam.id);
    assert.equal(new URL(session.customerPortalUrl).pathname, '/teamly/portal');
    const user = await portalUser(session.token);
    assert.equal(user.type, 'member');
    assert.equal(user.role, 'owner');
    assert.equal(user.memberId, sam.members.find((m) => m.role === 'owner')!.id);
  });

  test('by customer_id for a customer with no member yet: Polar makes the owner', async () => {
    const ivy = mock.customer('ivy@example.com', 'teamly');
    assert.deepEqual(ivy.members, []);
    const first = await backend('teamly').customerSessions.create({ customerId: ivy.id });
    const second = await backend('teamly').customerSessions.create({ customerId: ivy.id });
    const owner = mock.mock.state.db.members.filter((m) => m.customer_id === ivy.id);
    assert.equal(owner.length, 1, 'made once, then found');
    assert.equal(owner[0]!.role, 'owner');
    assert.equal(owner[0]!.external_id, 'usr_ivy');
    assert.equal((await portalUser(first.token)).memberId, owner[0]!.id);
    assert.equal((await portalUser(second.token)).memberId, owner[0]!.id);
    const created = mock.mock.state.webhooks.list().filter((e) => e.type === 'member.created');
    assert.equal(created.length, 1);
  });

  test('a team’s member by external_member_id, with that member’s role', async () => {
    const session = await backend('teamly').customerSessions.create({
      externalCustomerId: 'team_northwind',
      externalMemberId: 'usr_ben',
    });
    const user = await portalUser(session.token);
    assert.equal(user.email, 'ben@northwind.example');
    assert.equal(user.role, 'billing_manager');
    assert.equal(new URL(session.customerPortalUrl).searchParams.get('email'), user.email);
    // Billing managers see the team's members; the token works there too.
    const res = await mock.call('/v1/customer-portal/members', {
      headers: { authorization: `Bearer ${session.token}` },
    });
    assert.equal(res.status, 200);
  });

  test('a team’s member by member_id; one person’s memberships told apart by customer', async () => {
    const northwind = mock.customer('olivia@northwind.example');
    const mia = northwind.members.find((m) => m.role === 'member')!;
    const session = await backend('teamly').customerSessions.create({
      customerId: northwind.id,
      memberId: mia.id,
    });
    assert.equal((await portalUser(session.token)).role, 'member');

    const studio = mock.seed.customers.find((c) => c.external_id === 'team_stone-studio')!;
    const atStudio = await backend('teamly').customerSessions.create({
      externalCustomerId: 'team_stone-studio',
      externalMemberId: 'usr_sam',
    });
    assert.equal((await portalUser(atStudio.token)).customerId, studio.id);
  });
});

describe('refusals', () => {
  const problem = (loc: string[], msg: string, input: unknown) => ({
    error: 'PolarRequestValidationError',
    detail: [{ type: 'value_error', loc, msg, input }],
  });

  test('an unknown customer, or another organization’s, is 422 "Customer does not exist."', async () => {
    const unknown = crypto.randomUUID();
    const missing = await refusal(backend('acme').customerSessions.create({ customerId: unknown }));
    assert.equal(missing.status, 422);
    assert.deepEqual(
      missing.body,
      problem(['body', 'customer_id'], 'Customer does not exist.', unknown),
    );
    const sam = mock.customer('sam@example.com', 'teamly');
    const other = await refusal(backend('acme').customerSessions.create({ customerId: sam.id }));
    assert.equal(other.status, 422);
    assert.deepEqual(
      other.body,
      problem(['body', 'customer_id'], 'Customer does not exist.', sam.id),
    );
    const external = await refusal(
      backend('acme').customerSessions.create({ externalCustomerId: 'usr_nobody' }),
    );
    assert.equal(external.status, 422);
    assert.deepEqual(
      external.body,
      problem(['body', 'external_customer_id'], 'Customer does not exist.', 'usr_nobody'),
    );
  });

  test('a team customer without a member, or a member of another customer, is 422', async () => {
    const team = await refusal(
      backend('teamly').customerSessions.create({ externalCustomerId: 'team_northwind' }),
    );
    assert.equal(team.status, 422);
    assert.deepEqual(
      team.body,
      problem(['body', 'member_id'], 'member_id is required for team customers.', null),
    );
    const samMember = mock.customer('sam@example.com', 'teamly').members[0]!.id;
    const stranger = await refusal(
      backend('teamly').customerSessions.create({
        externalCustomerId: 'team_northwind',
        memberId: samMember,
      }),
    );
    assert.deepEqual(
      stranger.body,
      problem(['body', 'member_id'], 'Member does not exist for this customer.', samMember),
    );
    const byExternal = await refusal(
      backend('teamly').customerSessions.create({
        externalCustomerId: 'team_northwind',
        externalMemberId: 'usr_sam',
      }),
    );
    assert.deepEqual(
      byExternal.body,
      problem(
        ['body', 'external_member_id'],
        'Member does not exist for this customer.',
        'usr_sam',
      ),
    );
  });

  test('a body that fits neither form lists both, under their names', async () => {
    const res = await create(seededToken('acme'), { return_url: 'ftp://acme.example/' });
    assert.equal(res.status, 422);
    assert.deepEqual(await res.json(), {
      error: 'RequestValidationError',
      detail: [
        {
          type: 'url_scheme',
          loc: ['body', 'CustomerSessionCustomerIDCreate', 'return_url'],
          msg: "URL scheme should be 'http' or 'https'",
          input: 'ftp://acme.example/',
          ctx: { expected_schemes: "'http' or 'https'" },
        },
        {
          type: 'missing',
          loc: ['body', 'CustomerSessionCustomerIDCreate', 'customer_id'],
          msg: 'Field required',
          input: null,
        },
        {
          type: 'url_scheme',
          loc: ['body', 'CustomerSessionCustomerExternalIDCreate', 'return_url'],
          msg: "URL scheme should be 'http' or 'https'",
          input: 'ftp://acme.example/',
          ctx: { expected_schemes: "'http' or 'https'" },
        },
        {
          type: 'missing',
          loc: ['body', 'CustomerSessionCustomerExternalIDCreate', 'external_customer_id'],
          msg: 'Field required',
          input: null,
        },
      ],
    });
  });

  test('a token without customer_sessions:write is 403 insufficient_scope', async () => {
    const readOnly = seededToken('acme', false);
    const refused = await refusal(
      backend('acme', readOnly).customerSessions.create({ externalCustomerId: 'usr_alice' }),
    );
    assert.equal(refused.status, 403);
    assert.deepEqual(refused.body, {
      error: 'insufficient_scope',
      error_description:
        'The request requires higher privileges than provided by the access token.',
    });
    assert.equal(
      refused.headers.get('www-authenticate'),
      'Bearer realm="polar", scope="customer_sessions:write", error="insufficient_scope", error_description="The request requires higher privileges than provided by the access token."',
    );
  });

  test('an unknown token is 401 invalid_token; none, or a portal session, 401 Unauthorized', async () => {
    const bogus = await refusal(
      backend('acme', 'polar_oat_notARealTokenAtAll').customerSessions.create({
        externalCustomerId: 'usr_alice',
      }),
    );
    assert.equal(bogus.status, 401);
    assert.deepEqual(bogus.body, {
      error: 'invalid_token',
      error_description:
        'The access token provided is expired, revoked, malformed, or invalid for other reasons.',
    });
    const portalToken = await mock.signIn('alice@example.com', 'acme');
    for (const token of [null, portalToken]) {
      const res = await create(token, { external_customer_id: 'usr_alice' });
      assert.equal(res.status, 401);
      assert.deepEqual(await res.json(), { error: 'Unauthorized', detail: 'Unauthorized' });
      assert.equal(res.headers.get('www-authenticate'), 'Bearer realm="polar"');
    }
    assert.equal(mock.mock.state.db.sessions.size, 1, 'only the sign-in made a session');
  });

  test('an organization token opens no portal route (Polar treats it as anonymous)', async () => {
    const res = await mock.call('/v1/customer-portal/customers/me', {
      headers: { authorization: `Bearer ${seededToken('acme')}` },
    });
    assert.equal(res.status, 401);
    assert.deepEqual(await res.json(), { error: 'Unauthorized', detail: 'Unauthorized' });
  });
});
