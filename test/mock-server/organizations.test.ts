import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mockForThisFile } from './harness.js';
import { assertMatches2026 } from './schema-2026.js';

/**
 * `GET /v1/customer-portal/organizations/{slug}` as Polar answers it
 * (`customer_portal/endpoints/organization.py`, `service/organization.py`): public, no session;
 * the organization and its public products that are neither archived nor deleted; a bare
 * `ResourceNotFound()` for a slug it does not know; `private, no-store` like every answer
 * (`middlewares.py` `CacheControlMiddleware`), so only the page may keep it.
 */

const mock = mockForThisFile();
const ORGANIZATIONS = '/v1/customer-portal/organizations/';

describe('organizations by slug', () => {
  test('public: no session needed; the shape Polar’s SDK and schema read', async () => {
    const res = await mock.call(`${ORGANIZATIONS}acme`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('cache-control'), 'private, no-store');
    const body = (await res.json()) as {
      organization: { id: string; slug: string; customer_portal_settings: unknown };
      products: { organization_id: string; is_archived: boolean }[];
    };
    assertMatches2026('CustomerOrganizationData', body);
    assert.equal(body.organization.id, mock.org('acme'));
    assert.equal(body.organization.slug, 'acme');
    assert.ok(body.organization.customer_portal_settings);
    assert.ok(body.products.length > 0);
    for (const product of body.products) assert.equal(product.organization_id, mock.org('acme'));

    const read = await mock.sdk.customerPortal.organizations.get({ slug: 'teamly' });
    assert.equal(read.organization.id, mock.org('teamly'));
    assert.equal(read.organization.organizationFeatures?.memberModelEnabled, true);
  });

  test('archived and private products are left out', async () => {
    const { db } = mock.mock.state;
    const [first, second] = db.products.filter((p) => p.organization_id === mock.org('acme'));
    db.products.update(first!.id, { is_archived: true });
    db.products.update(second!.id, { visibility: 'private' });
    const body = (await (await mock.call(`${ORGANIZATIONS}acme`)).json()) as {
      products: { id: string }[];
    };
    const ids = body.products.map((p) => p.id);
    assert.ok(!ids.includes(first!.id), 'archived');
    assert.ok(!ids.includes(second!.id), 'private');
  });

  test('an unknown slug: 404 with Polar’s bare ResourceNotFound body', async () => {
    const res = await mock.call(`${ORGANIZATIONS}no-such-org`);
    assert.equal(res.status, 404);
    assert.deepEqual(await res.json(), { error: 'ResourceNotFound', detail: 'Not found' });
    assert.equal(res.headers.get('cache-control'), 'private, no-store');
  });

  test('an encoded hostile slug stays a slug: 404, never another route’s data', async () => {
    for (const slug of [
      '..%2F..%2Fcustomers%2Fme',
      'a%2Fb',
      '%252e%252e',
      'ac%20me',
      encodeURIComponent('ünïcødé'),
      'x'.repeat(5000),
    ]) {
      const res = await mock.call(`${ORGANIZATIONS}${slug}`);
      assert.equal(res.status, 404, slug.slice(0, 40));
      assert.deepEqual(await res.json(), { error: 'ResourceNotFound', detail: 'Not found' });
    }
  });
});
