import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mockForThisFile } from './harness.js';
import { assertMatches2026 } from './schema-2026.js';

const PORTAL = '/v1/customer-portal';
// The merchant's page the OAuth tests return to, allow-listed as Polar allow-lists its own hosts.
const mock = mockForThisFile({ allowedReturnHosts: ['merchant.example'] });

const session = (email: string) => mock.session(email);

describe('benefit grants', () => {
  test('a customer sees every grant of their subscription, in both SDKs’ shapes', async () => {
    const alice = await session('alice@example.com');
    const { result } = await mock.sdk.customerPortal.benefitGrants.list(alice.auth, {});
    assert.deepEqual(result.items.map((g) => g.benefit.type).sort(), [
      'custom',
      'downloadables',
      'github_repository',
      'license_keys',
    ]);
    const note = result.items.find((g) => g.benefit.type === 'custom')!;
    assert.deepEqual(note.benefit.properties, {
      note: 'Write to support@acme.example and mention your license key.',
    });
    assertMatches2026(
      'ListResourceCustomerBenefitGrant',
      (await alice.call('/benefit-grants/')).body,
    );
    const filtered = await alice.call('/benefit-grants/?type=license_keys&type=custom');
    assert.equal(filtered.body!.items.length, 2);
  });

  test('a team member sees only their own grants; another person’s grant is 404', async () => {
    const mia = await session('mia@northwind.example');
    const mine = (await mock.sdk.customerPortal.benefitGrants.list(mia.auth, {})).result.items;
    assert.ok(mine.length > 0);
    const miaId = mock
      .customer('mia@northwind.example')
      .members.find((m) => m.email === 'mia@northwind.example')!.id;
    assert.ok(mine.every((g) => g.memberId === miaId));
    const bens = mock.mock.state.db.grants.find(
      (g) => g.member_id !== null && g.member_id !== miaId,
    )!;
    const other = await mia.call(`/benefit-grants/${bens.id}`);
    assert.equal(other.status, 404);
    const alices = mock.mock.state.db.grants.find(
      (g) => g.customer_id === mock.customer('alice@example.com').id,
    )!;
    assert.equal((await mia.call(`/benefit-grants/${alices.id}`)).status, 404);
  });

  test('a GitHub benefit is claimed with a connected account, and only with one', async () => {
    const alice = await session('alice@example.com');
    const github = (
      await mock.sdk.customerPortal.benefitGrants.list(alice.auth, {})
    ).result.items.find((g) => g.benefit.type === 'github_repository')!;
    assert.equal((github.properties as { accountId: string | null }).accountId, null);
    const unknown = await alice.call(`/benefit-grants/${github.id}`, {
      method: 'PATCH',
      json: { benefit_type: 'github_repository', properties: { account_id: '999' } },
    });
    assert.equal(unknown.status, 422);
    assert.deepEqual(unknown.body!.detail[0].loc, ['body', 'properties', 'account_id']);
    assert.equal(unknown.body!.detail[0].msg, 'OAuth account does not exist.');
    const wrongType = await alice.call(`/benefit-grants/${github.id}`, {
      method: 'PATCH',
      json: { benefit_type: 'discord', properties: { account_id: '58010001' } },
    });
    assert.equal(wrongType.status, 422);
    assert.equal(
      wrongType.body!.detail[0].msg,
      'Benefit type must match the existing granted benefit type.',
    );
    const claimed = await mock.sdk.customerPortal.benefitGrants.update(alice.auth, {
      id: github.id,
      customerBenefitGrantUpdate: {
        benefitType: 'github_repository',
        properties: { accountId: '58010001' },
      },
    });
    assert.equal((claimed.properties as { accountId: string }).accountId, '58010001');
  });
});

describe('license keys', () => {
  test('the portal lists the key masked in the list, full in the detail, with activations', async () => {
    const alice = await session('alice@example.com');
    const [key] = (await mock.sdk.customerPortal.licenseKeys.list(alice.auth, {})).result.items;
    assert.match(key!.displayKey, /^\*\*\*\*-[0-9A-F]{6}$/);
    assert.match(key!.key, /^ACME-[0-9A-F-]{36}$/);
    const detail = await mock.sdk.customerPortal.licenseKeys.get(alice.auth, { id: key!.id });
    assert.deepEqual(
      detail.activations.map((a) => a.label),
      ['MacBook Pro'],
    );
    assertMatches2026(
      'LicenseKeyWithActivations',
      (await alice.call(`/license-keys/${key!.id}`)).body,
    );
    const bob = await session('bob@example.com');
    assert.equal((await bob.call(`/license-keys/${key!.id}`)).status, 404);
  });

  test('an app validates, activates up to the limit and deactivates with the key alone', async () => {
    const alice = await session('alice@example.com');
    const [listed] = (await mock.sdk.customerPortal.licenseKeys.list(alice.auth, {})).result.items;
    const org = mock.org('acme');
    const validated = await mock.sdk.customerPortal.licenseKeys.validate({
      key: listed!.key,
      organizationId: org,
    });
    assert.equal(validated.validations, 1);
    const second = await mock.sdk.customerPortal.licenseKeys.activate({
      key: listed!.key,
      organizationId: org,
      label: 'Desktop',
    });
    await mock.sdk.customerPortal.licenseKeys.activate({
      key: listed!.key,
      organizationId: org,
      label: 'Laptop',
    });
    const full = await mock.call(`${PORTAL}/license-keys/activate`, {
      method: 'POST',
      json: { key: listed!.key, organization_id: org, label: 'One too many' },
    });
    assert.equal(full.status, 403);
    assert.deepEqual(await full.json(), {
      error: 'NotPermitted',
      detail: 'License key activation limit already reached',
    });
    await mock.sdk.customerPortal.licenseKeys.deactivate({
      key: listed!.key,
      organizationId: org,
      activationId: second.id,
    });
    const detail = await mock.sdk.customerPortal.licenseKeys.get(alice.auth, { id: listed!.id });
    assert.deepEqual(detail.activations.map((a) => a.label).sort(), ['Laptop', 'MacBook Pro']);
    const wrongOrg = await mock.call(`${PORTAL}/license-keys/validate`, {
      method: 'POST',
      json: { key: listed!.key, organization_id: mock.org('teamly') },
    });
    assert.equal(wrongOrg.status, 404);
  });

  test('rotating a key retires the old value', async () => {
    const alice = await session('alice@example.com');
    const [before] = (await mock.sdk.customerPortal.licenseKeys.list(alice.auth, {})).result.items;
    const rotated = await alice.call(`/license-keys/${before!.id}/rotate`, { method: 'POST' });
    assert.equal(rotated.status, 200);
    assert.notEqual(rotated.body!.key, before!.key);
    assert.match(rotated.body!.key, /^ACME-/);
    const old = await mock.call(`${PORTAL}/license-keys/validate`, {
      method: 'POST',
      json: { key: before!.key, organization_id: mock.org('acme') },
    });
    assert.equal(old.status, 404);
    const grant = (
      await mock.sdk.customerPortal.benefitGrants.list(alice.auth, {})
    ).result.items.find((g) => g.benefit.type === 'license_keys')!;
    assert.equal(
      (grant.properties as { displayKey: string }).displayKey,
      rotated.body!.display_key,
    );
  });
});

describe('downloadables', () => {
  test('lists granted files with a download URL that serves the real file without a session', async () => {
    const alice = await session('alice@example.com');
    const { result } = await mock.sdk.customerPortal.downloadables.list(alice.auth, {});
    assert.equal(result.items.length, 1);
    const { file } = result.items[0]!;
    assert.equal(file.name, 'acme-pro-1.4.2-installer.sh');
    const res = await fetch(file.download.url);
    assert.equal(res.status, 200);
    assert.match(
      res.headers.get('content-disposition')!,
      /attachment; filename="acme-pro-1.4.2-installer.sh"/,
    );
    const content = await res.text();
    assert.ok(content.startsWith('#!/bin/sh'));
    assert.equal(new TextEncoder().encode(content).length, file.size);
    assertMatches2026('ListResourceDownloadableRead', (await alice.call('/downloadables/')).body);
  });

  test('a tampered link is not found; an expired one is gone', async () => {
    const alice = await session('alice@example.com');
    const [item] = (await mock.sdk.customerPortal.downloadables.list(alice.auth, {})).result.items;
    const url = item!.file.download.url;
    const tampered = await fetch(
      url.replace(/.$/, (c) => (c === '0' ? '1' : '0')),
      { redirect: 'manual' },
    );
    assert.equal(tampered.status, 404);
    await mock.call('/__dev/clock', { method: 'POST', json: { advance_seconds: 3601 } });
    const expired = await fetch(url, { redirect: 'manual' });
    assert.equal(expired.status, 410);
  });

  test('customers without the benefit see no files', async () => {
    const sam = await mock.signIn('olivia@northwind.example', 'teamly');
    const res = await mock.call(`${PORTAL}/downloadables/`, {
      headers: { authorization: `Bearer ${sam}` },
    });
    assert.deepEqual(((await res.json()) as { items: unknown[] }).items, []);
  });
});

describe('connecting an account', () => {
  test('authorize, approve at the stand-in provider, come back connected, then claim', async () => {
    const bob = await session('bob@example.com');
    const start = await bob.call(
      '/oauth-accounts/authorize?platform=github&return_to=https://merchant.example/account',
    );
    assert.equal(start.status, 200);
    const provider = await fetch(start.body!.url, { redirect: 'manual' });
    assert.equal(provider.status, 303);
    const back = await fetch(provider.headers.get('location')!, { redirect: 'manual' });
    assert.equal(back.status, 303);
    assert.equal(back.headers.get('location'), 'https://merchant.example/account');
    const me = await mock.sdk.customerPortal.customers.get(bob.auth);
    assert.deepEqual(Object.keys(me.oauthAccounts), ['github:58019999']);
    const github = (
      await mock.sdk.customerPortal.benefitGrants.list(bob.auth, {})
    ).result.items.find((g) => g.benefit.type === 'github_repository')!;
    const claimed = await bob.call(`/benefit-grants/${github.id}`, {
      method: 'PATCH',
      json: { benefit_type: 'github_repository', properties: { account_id: '58019999' } },
    });
    assert.equal(claimed.status, 200);
    assert.equal(claimed.body!.properties.account_id, '58019999');
    const forged = await mock.call(`${PORTAL}/oauth-accounts/callback?state=forged.state&code=x`, {
      redirect: 'manual',
    });
    assert.equal(forged.status, 403);
    assert.deepEqual(await forged.json(), { error: 'NotPermitted', detail: 'Invalid state' });
  });
});
