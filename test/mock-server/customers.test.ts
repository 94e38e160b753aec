import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mockForThisFile } from './harness.js';
import { assertMatches2026 } from './schema-2026.js';

const ME = '/v1/customer-portal/customers/me';
const mock = mockForThisFile();

const session = (email: string) => mock.session(email, { prefix: ME });

const validationMessages = (body: Record<string, unknown> | null) =>
  (body!.detail as { loc: string[]; msg: string }[]).map((d) => [d.loc.join('.'), d.msg]);

describe('profile', () => {
  test('a customer reads their profile; a team member reads the team’s billing customer', async () => {
    const alice = await session('alice@example.com');
    const me = await mock.sdk.customerPortal.customers.get(alice.auth);
    assert.equal(me.email, 'alice@example.com');
    assert.equal(me.billingAddress?.state, 'US-CA');
    assertMatches2026('CustomerPortalCustomer', (await alice.call('')).body);

    const mia = await session('mia@northwind.example');
    const team = await mock.sdk.customerPortal.customers.get(mia.auth);
    assert.equal(team.id, mock.customer('mia@northwind.example').id);
    assert.equal(team.type, 'team');
    assert.equal(team.email, null);
  });

  test('billing name, address and tax id update together; states are normalized', async () => {
    const alice = await session('alice@example.com');
    const updated = await mock.sdk.customerPortal.customers.update(alice.auth, {
      billingName: 'Anders & Co',
      billingAddress: {
        country: 'US',
        state: 'ny',
        line1: '5 Main St',
        city: 'Albany',
        postalCode: '12207',
      },
      taxId: '12-3456789',
    });
    assert.equal(updated.billingName, 'Anders & Co');
    assert.equal(updated.billingAddress?.state, 'US-NY');
    assert.deepEqual(updated.taxId, ['12-3456789', 'us_ein']);
    const blank = await alice.call('', { method: 'PATCH', json: { billing_name: '   ' } });
    assert.equal(blank.body!.billing_name, 'Anders & Co', 'a blank billing name is ignored');
  });

  test('a tax id is validated against the address country, and needs one', async () => {
    const bob = await session('bob@example.com');
    const noCountry = await bob.call('', { method: 'PATCH', json: { tax_id: 'FR61954506077' } });
    assert.equal(noCountry.status, 422);
    assert.equal(noCountry.body!.error, 'PolarRequestValidationError');
    assert.deepEqual(validationMessages(noCountry.body), [
      ['body.billing_address', 'Country is required to validate tax ID.'],
    ]);
    const wrong = await bob.call('', {
      method: 'PATCH',
      json: { billing_address: { country: 'FR', city: 'Paris' }, tax_id: 'FR123' },
    });
    assert.equal(wrong.status, 422);
    assert.deepEqual(validationMessages(wrong.body), [['body.tax_id', 'Invalid tax ID.']]);
    const unchanged = await bob.call('');
    assert.equal(unchanged.body!.billing_address, null, 'a refused update changes nothing');
  });

  test('addresses are checked: country, sanctions, US states, no reset to null', async () => {
    const alice = await session('alice@example.com');
    for (const [address, loc] of [
      [{ country: 'XX' }, 'body.billing_address.country'],
      [{ country: 'RU' }, 'body.billing_address.country'],
      // Polar's `Address.validate_state` is a model validator: it names the whole address.
      [{ country: 'US', state: 'Narnia' }, 'body.billing_address'],
      [{ city: 'Paris' }, 'body.billing_address.country'],
    ] as const) {
      const res = await alice.call('', { method: 'PATCH', json: { billing_address: address } });
      assert.equal(res.status, 422, JSON.stringify(address));
      assert.deepEqual(
        validationMessages(res.body).map(([l]) => l),
        [loc],
      );
    }
    const reset = await alice.call('', { method: 'PATCH', json: { billing_address: null } });
    assert.equal(reset.status, 422);
    assert.deepEqual(validationMessages(reset.body), [
      ['body.billing_address', 'Customer billing address cannot be reset to null once set.'],
    ]);
  });

  test('the default payment method must be one of the customer’s own', async () => {
    const alice = await session('alice@example.com');
    const bobsCard = mock.mock.state.db.paymentMethods.find(
      (pm) => pm.customer_id === mock.customer('bob@example.com').id,
    )!;
    const foreign = await alice.call('', {
      method: 'PATCH',
      json: { default_payment_method_id: bobsCard.id },
    });
    assert.equal(foreign.status, 422);
    assert.deepEqual(validationMessages(foreign.body), [
      ['body.default_payment_method_id', 'Payment method not found.'],
    ]);
    const methods = await mock.sdk.customerPortal.customers.listPaymentMethods(alice.auth, {});
    const me = await mock.sdk.customerPortal.customers.get(alice.auth);
    const other = methods.result.items.find((pm) => pm.id !== me.defaultPaymentMethodId)!;
    const updated = await mock.sdk.customerPortal.customers.update(alice.auth, {
      defaultPaymentMethodId: other.id,
    });
    assert.equal(updated.defaultPaymentMethodId, other.id);
  });

  test('a member cannot edit the billing profile, and nothing changes', async () => {
    const mia = await session('mia@northwind.example');
    const before = await mia.call('');
    const res = await mia.call('', { method: 'PATCH', json: { billing_name: 'Hacked' } });
    assert.equal(res.status, 403);
    assert.equal(res.body!.error, 'NotPermitted');
    assert.deepEqual((await mia.call('')).body, before.body);
  });
});

describe('payment methods', () => {
  test('lists the customer’s cards, newest first, in Polar’s shape', async () => {
    const alice = await session('alice@example.com');
    const { result } = await mock.sdk.customerPortal.customers.listPaymentMethods(alice.auth, {});
    assert.deepEqual(
      result.items.map((pm) => ('methodMetadata' in pm ? pm.methodMetadata.last4 : pm.type)),
      ['4444', '4242'],
    );
    assertMatches2026(
      'ListResourceCustomerPaymentMethod',
      (await alice.call('/payment-methods')).body,
    );
  });

  test('adds a card from the hosted form’s token, and can make it the default', async () => {
    const alice = await session('alice@example.com');
    const added = await mock.sdk.customerPortal.customers.addPaymentMethod(alice.auth, {
      confirmationTokenId: 'ctok_mastercard_5454_03_2031',
      setDefault: true,
      returnUrl: 'https://merchant.example/account',
    });
    assert.equal(added.status, 'succeeded');
    assert.ok(added.status === 'succeeded' && added.paymentMethod.type === 'card');
    const me = await mock.sdk.customerPortal.customers.get(alice.auth);
    assert.equal(me.defaultPaymentMethodId, added.paymentMethod.id);
  });

  test('a declined card is a 400 PaymentMethodSetupFailed; 3-D Secure needs a confirmation', async () => {
    const alice = await session('alice@example.com');
    const body = { set_default: false, return_url: 'https://merchant.example' };
    const declined = await alice.call('/payment-methods', {
      method: 'POST',
      json: { ...body, confirmation_token_id: 'ctok_fail' },
    });
    assert.equal(declined.status, 400);
    assert.equal(declined.body!.error, 'PaymentMethodSetupFailed');
    const pending = await alice.call('/payment-methods', {
      method: 'POST',
      json: { ...body, confirmation_token_id: 'ctok_3ds_1234' },
    });
    assert.equal(pending.status, 201);
    assert.equal(pending.body!.status, 'requires_action');
    const intent = (pending.body!.client_secret as string).replace(/_secret_mock$/, '');
    const bad = await alice.call('/payment-methods/confirm', {
      method: 'POST',
      json: { setup_intent_id: 'seti_nope', set_default: false },
    });
    assert.equal(bad.status, 422);
    const confirmed = await mock.sdk.customerPortal.customers.confirmPaymentMethod(
      (await session('alice@example.com')).auth,
      { setupIntentId: intent, setDefault: false },
    );
    assert.equal(confirmed.status, 'succeeded');
    const again = await alice.call('/payment-methods/confirm', {
      method: 'POST',
      json: { setup_intent_id: intent, set_default: false },
    });
    assert.equal(again.status, 422, 'a setup intent is confirmed once');
  });

  test('deleting the default card leaves no default; its subscription moves to the other card', async () => {
    // Polar's `payment_method/service.py` `delete` re-points what needs the card, then
    // `repository.soft_delete` clears the customer's default: it picks no new one.
    const alice = await session('alice@example.com');
    const me = await mock.sdk.customerPortal.customers.get(alice.auth);
    const res = await alice.call(`/payment-methods/${me.defaultPaymentMethodId}`, {
      method: 'DELETE',
    });
    assert.equal(res.status, 204);
    assert.equal(res.body, null);
    const after = await mock.sdk.customerPortal.customers.get(alice.auth);
    assert.equal(after.defaultPaymentMethodId, null);
    const [other] = (await mock.sdk.customerPortal.customers.listPaymentMethods(alice.auth, {}))
      .result.items;
    const sub = mock.mock.state.db.subscriptions.find((s) => s.customer_id === me.id)!;
    assert.equal(sub.payment_method_id, other!.id);
  });

  test('the last card of an active subscription cannot be deleted', async () => {
    const carol = await session('carol@example.com');
    const [card] = (await mock.sdk.customerPortal.customers.listPaymentMethods(carol.auth, {}))
      .result.items;
    const res = await carol.call(`/payment-methods/${card!.id}`, { method: 'DELETE' });
    assert.equal(res.status, 400);
    assert.deepEqual(res.body, {
      error: 'PaymentMethodInUseByActiveSubscription',
      detail:
        'This payment method is still needed to bill a subscription. Add another one or cancel the subscription first.',
    });
    assert.equal(
      (await mock.sdk.customerPortal.customers.listPaymentMethods(carol.auth, {})).result.items
        .length,
      1,
    );
  });

  test('another customer’s card is not found; a member may not see or touch cards', async () => {
    const alice = await session('alice@example.com');
    const bobsCard = mock.mock.state.db.paymentMethods.find(
      (pm) => pm.customer_id === mock.customer('bob@example.com').id,
    )!;
    const foreign = await alice.call(`/payment-methods/${bobsCard.id}`, { method: 'DELETE' });
    assert.equal(foreign.status, 404);
    assert.equal(foreign.body!.error, 'ResourceNotFound');

    const mia = await session('mia@northwind.example');
    for (const [path, init] of [
      ['/payment-methods', {}],
      [
        '/payment-methods',
        {
          method: 'POST',
          json: {
            confirmation_token_id: 'ctok_visa_1111_01_2030',
            set_default: true,
            return_url: 'https://x.example',
          },
        },
      ],
      [`/payment-methods/${bobsCard.id}`, { method: 'DELETE' }],
    ] as const) {
      const res = await mia.call(path, init);
      assert.equal(res.status, 403, `${'method' in init ? init.method : 'GET'} ${path}`);
      assert.equal(res.body!.error, 'NotPermitted');
    }
    const owner = await session('olivia@northwind.example');
    assert.equal((await owner.call('/payment-methods')).status, 200);
  });
});

describe('export and organization', () => {
  test('the export is a JSON download of the customer’s own data', async () => {
    const alice = await session('alice@example.com');
    const res = await alice.call('/export');
    assert.equal(res.status, 200);
    assert.match(
      res.headers.get('content-disposition')!,
      /filename="polar-customer-export-[0-9a-f-]+\.json"/,
    );
    assert.equal(res.body!.customer.email, 'alice@example.com');
    assert.ok(
      res.body!.subscriptions.every(
        (s: { customer_id: string }) => s.customer_id === res.body!.customer.id,
      ),
    );
  });

  test('an organization is public by slug, with its public products; unknown slugs are 404', async () => {
    const data = await mock.sdk.customerPortal.organizations.get({ slug: 'acme' });
    assert.equal(data.organization.name, 'Acme Tools');
    assert.deepEqual(data.products.map((p) => p.name).sort(), [
      'Acme Free',
      'Acme Icon Pack',
      'Acme Pro',
      'Acme Pro (yearly)',
    ]);
    const raw = await mock.call('/v1/customer-portal/organizations/teamly');
    const body = (await raw.json()) as Record<string, unknown>;
    assertMatches2026('CustomerOrganizationData', body);
    const missing = await mock.call('/v1/customer-portal/organizations/nope');
    assert.equal(missing.status, 404);
  });
});

describe('email change', () => {
  test('a link to the new address moves the email and starts a fresh session', async () => {
    const alice = await session('alice@example.com');
    await mock.sdk.customerPortal.customers.requestEmailUpdate(alice.auth, {
      email: 'alice.new@example.com',
    });
    const [mail] = await mock.emails('alice.new@example.com');
    const token = mail!.code!;
    assert.match(token, /^polar_cev_/);
    const checked = await mock.call(`${ME}/email-update/check?token=${token}`);
    assert.equal(checked.status, 204);
    const verified = await mock.sdk.customerPortal.customers.verifyEmailUpdate({ token });
    assert.match(verified.token, /^polar_cst_/);
    const me = await mock.sdk.customerPortal.customers.get({ customerSession: verified.token });
    assert.equal(me.email, 'alice.new@example.com');
    const again = await mock.call(`${ME}/email-update/verify`, { method: 'POST', json: { token } });
    assert.equal(again.status, 401, 'the link works once');
    assert.equal(((await again.json()) as { error: string }).error, 'InvalidCustomerEmailUpdate');
  });

  test('refused: the same email, an address in use, or an organization that does not allow it', async () => {
    const alice = await session('alice@example.com');
    const same = await alice.call('/email-update/request', {
      method: 'POST',
      json: { email: 'ALICE@example.com' },
    });
    assert.equal(same.status, 422);
    assert.equal(same.body!.detail[0].msg, 'New email is the same as your current email.');
    await alice.call('/email-update/request', {
      method: 'POST',
      json: { email: 'bob@example.com' },
    });
    const [mail] = await mock.emails('bob@example.com');
    const taken = await mock.call(`${ME}/email-update/verify`, {
      method: 'POST',
      json: { token: mail!.code },
    });
    assert.equal(taken.status, 422);
    assert.equal(
      ((await taken.json()) as { detail: { msg: string }[] }).detail[0]!.msg,
      'This email address is already in use.',
    );
    const owner = await session('olivia@northwind.example');
    const closed = await owner.call('/email-update/request', {
      method: 'POST',
      json: { email: 'o@northwind.example' },
    });
    assert.equal(closed.status, 403);
    assert.equal(closed.body!.detail, 'Email changes are not enabled for this organization.');
  });
});
