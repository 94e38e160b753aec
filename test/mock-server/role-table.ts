import type {
  BenefitGrantRow,
  OrganizationRow,
  SubscriptionRow,
} from '../../mock-server/db/rows.js';
import type { Harness } from './harness.js';

/**
 * The expected permission of every route of the mock, keyed `METHOD path` as the mock's
 * `routes.api` spells it: the Polar dependency that guards it, the Polar function that decides
 * (under `server/polar/customer_portal/endpoints/` unless a path says otherwise), and how to
 * call it with the caller's own rows. `role-table.test.ts` runs it.
 */

/** `customer_portal/auth.py`'s dependencies; `none` is an endpoint without one. */
export type Dependency =
  | 'UnionRead'
  | 'UnionWrite'
  | 'UnionBillingRead'
  | 'UnionBillingWrite'
  | 'BillingManager'
  | 'OAuthAccount'
  /** `customer_session/auth.py`: organization tokens only; any portal session counts as anonymous. */
  | 'CustomerSessionWrite'
  | 'none';

export type Subject = 'anonymous' | 'customer' | 'owner' | 'billing_manager' | 'member';

/** The caller's session and its own rows (alice's for `anonymous`, whose calls carry no token). */
export interface Own {
  subject: Subject;
  token: string | null;
  email: string;
  org: OrganizationRow;
  subscription: SubscriptionRow;
  grant: BenefitGrantRow;
  ids: Record<'order' | 'card' | 'key' | 'meter' | 'wallet' | 'seat' | 'teammate', string>;
}

export interface Call {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
}

export interface Expected {
  dependency: Dependency;
  /** The Polar endpoint function that decides it, as `file.py function`. */
  polar: string;
  /** `authorize` takes `CustomerPortalOAuthAccount` but raises Unauthorized for Anonymous itself. */
  anonymousRefused?: true;
  call?: (own: Own, mock: Harness) => Call | Promise<Call>;
}

const P = '/v1/customer-portal';
const ALICE = 'alice@example.com';

// Public routes are authorised by what the request carries (a code, a key, a signed link), not
// by a session, so every caller sends the same real one, made by alice or Northwind's owner.
function aliceKey(mock: Harness) {
  const alice = mock.customer(ALICE).id;
  return mock.mock.state.db.licenseKeys.find((k) => k.customer_id === alice)!;
}
const keyBody = (mock: Harness) => {
  const { key, organization_id } = aliceKey(mock);
  return { key, organization_id };
};
async function emailUpdateToken(mock: Harness): Promise<string> {
  await (
    await mock.session(ALICE)
  ).call('/customers/me/email-update/request', {
    method: 'POST',
    json: { email: 'alice.moved@example.com' },
  });
  return (await mock.emails('alice.moved@example.com'))[0]!.code!;
}
async function downloadToken(mock: Harness): Promise<string> {
  const { body } = await (await mock.session(ALICE)).call('/downloadables/');
  const url = new URL(body!.items[0].file.download.url as string);
  return decodeURIComponent(url.pathname.split('/').pop()!);
}
async function invitationToken(mock: Harness): Promise<string> {
  const pending = mock.mock.state.db.seats.find((s) => s.status === 'pending')!;
  const owner = await mock.session('olivia@northwind.example');
  await owner.call(`/seats/${pending.id}/resend`, { method: 'POST' });
  return (await mock.emails(pending.email!))[0]!.code!;
}
/** A state signed for the caller by `authorize` (for anonymous, alice's). */
async function oauthState(own: Own, mock: Harness): Promise<string> {
  const token = own.token ?? (await mock.session(ALICE)).token;
  const res = await mock.call(`${P}/oauth-accounts/authorize?platform=github`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const { url } = (await res.json()) as { url: string };
  return new URL(url).searchParams.get('state')!;
}
/** A claim with the benefit's own type (GitHub and Discord ones need an account, or null). */
function claimBody(grant: BenefitGrantRow, mock: Harness) {
  const type = mock.mock.state.db.benefits.find((b) => b.id === grant.benefit_id)!.type;
  const oauth = type === 'discord' || type === 'github_repository';
  return { benefit_type: type, ...(oauth ? { properties: { account_id: null } } : {}) };
}
/** A seat count for a seat plan, else another plan of the organization. */
function changeBody(own: Own, mock: Harness) {
  const { seats, product_id } = own.subscription;
  if (seats) return { seats: seats + 1 };
  const other = mock.mock.state.db.products.find(
    (p) =>
      p.organization_id === own.org.id &&
      p.recurring_interval !== null &&
      p.id !== product_id &&
      p.prices[0]!.amount_type !== 'seat_based',
  )!;
  return { product_id: other.id };
}

const id = (value: string): Call => ({ params: { id: value } });
const E = (dependency: Dependency, polar: string, call?: Expected['call']): Expected => ({
  dependency,
  polar,
  ...(call ? { call } : {}),
});

export const EXPECTED: Record<string, Expected> = {
  [`POST ${P}/customer-session/request`]: E('none', 'customer_session.py request', (o) => ({
    body: { email: o.email, organization_id: o.org.id },
  })),
  [`POST ${P}/customer-session/authenticate`]: E(
    'none',
    'customer_session.py authenticate',
    async (_, m) => ({
      body: { code: await m.requestCode(ALICE, 'acme') },
    }),
  ),
  [`GET ${P}/customer-session/introspect`]: E('UnionRead', 'customer_session.py introspect'),
  [`GET ${P}/customer-session/user`]: E('UnionRead', 'customer_session.py get_authenticated_user'),
  [`POST /v1/customer-sessions/`]: E(
    'CustomerSessionWrite',
    'customer_session/endpoints.py create',
    () => ({ body: { external_customer_id: 'usr_alice' } }),
  ),

  [`GET ${P}/benefit-grants/`]: E('UnionRead', 'benefit_grant.py list'),
  [`GET ${P}/benefit-grants/:id`]: E('UnionRead', 'benefit_grant.py get', (o) => id(o.grant.id)),
  [`PATCH ${P}/benefit-grants/:id`]: E('UnionWrite', 'benefit_grant.py update', (o, m) => ({
    ...id(o.grant.id),
    body: claimBody(o.grant, m),
  })),

  [`GET ${P}/downloadables/`]: E('UnionRead', 'downloadables.py list'),
  [`GET ${P}/downloadables/:token`]: E('none', 'downloadables.py get', async (_, m) => ({
    params: { token: await downloadToken(m) },
  })),

  [`GET ${P}/license-keys/`]: E('UnionRead', 'license_keys.py list'),
  [`POST ${P}/license-keys/validate`]: E('none', 'license_keys.py validate', (_, m) => ({
    body: keyBody(m),
  })),
  [`POST ${P}/license-keys/activate`]: E('none', 'license_keys.py activate', (_, m) => ({
    body: { ...keyBody(m), label: 'Role table' },
  })),
  [`POST ${P}/license-keys/deactivate`]: E('none', 'license_keys.py deactivate', (_, m) => ({
    body: { ...keyBody(m), activation_id: aliceKey(m).activations[0]!.id },
  })),
  [`GET ${P}/license-keys/:id`]: E('UnionRead', 'license_keys.py get', (o) => id(o.ids.key)),
  [`POST ${P}/license-keys/:id/rotate`]: E('UnionWrite', 'license_keys.py rotate', (o) =>
    id(o.ids.key),
  ),

  [`GET ${P}/members`]: E('BillingManager', 'member.py list_members'),
  [`POST ${P}/members`]: E('BillingManager', 'member.py add_member', () => ({
    body: { email: 'new.member@northwind.example' },
  })),
  [`PATCH ${P}/members/:id`]: E('BillingManager', 'member.py update_member', (o) => ({
    ...id(o.ids.teammate),
    body: { name: 'Renamed by the role table' },
  })),
  [`DELETE ${P}/members/:id`]: E('BillingManager', 'member.py remove_member', (o) =>
    id(o.ids.teammate),
  ),

  [`GET ${P}/oauth-accounts/authorize`]: {
    ...E('OAuthAccount', 'oauth_accounts.py authorize', () => ({ query: { platform: 'github' } })),
    anonymousRefused: true,
  },
  [`GET ${P}/oauth-accounts/callback`]: E(
    'OAuthAccount',
    'oauth_accounts.py callback',
    async (o, m) => ({
      query: { state: await oauthState(o, m), code: 'mock-code' },
    }),
  ),

  [`GET ${P}/customers/me`]: E('UnionRead', 'customer.py get'),
  [`PATCH ${P}/customers/me`]: E('UnionBillingWrite', 'customer.py update', () => ({
    body: { billing_name: 'Role Table' },
  })),
  // UnionRead in Polar too; the handler leaves the billing parts out for a plain member.
  [`GET ${P}/customers/me/export`]: E('UnionRead', 'customer.py export'),
  [`GET ${P}/customers/me/payment-methods`]: E(
    'UnionBillingRead',
    'customer.py list_payment_methods',
  ),
  [`POST ${P}/customers/me/payment-methods`]: E(
    'UnionBillingWrite',
    'customer.py add_payment_method',
    () => ({
      body: {
        confirmation_token_id: 'ctok_visa_1111_01_2030',
        set_default: false,
        return_url: 'https://x.example',
      },
    }),
  ),
  [`POST ${P}/customers/me/payment-methods/confirm`]: E(
    'UnionBillingWrite',
    'customer.py confirm_payment_method',
    () => ({
      body: { setup_intent_id: 'seti_role_table', set_default: false },
    }),
  ),
  [`DELETE ${P}/customers/me/payment-methods/:id`]: E(
    'UnionBillingWrite',
    'customer.py delete_payment_method',
    (o) => id(o.ids.card),
  ),

  [`POST ${P}/customers/me/email-update/request`]: E(
    'UnionBillingWrite',
    'customer_email_update.py request_email_update',
    (o, m) => {
      // Teamly has email changes off: a business 403 that would hide the role's answer.
      const { organizations } = m.mock.state.db;
      const settings = organizations.latest(o.org).customer_portal_settings;
      organizations.update(o.org, {
        customer_portal_settings: { ...settings, customer: { allow_email_change: true } },
      });
      return { body: { email: `moved.${o.subject}@example.com` } };
    },
  ),
  [`GET ${P}/customers/me/email-update/check`]: E(
    'none',
    'customer_email_update.py check_email_update',
    async (_, m) => ({
      query: { token: await emailUpdateToken(m) },
    }),
  ),
  [`POST ${P}/customers/me/email-update/verify`]: E(
    'none',
    'customer_email_update.py verify_email_update',
    async (_, m) => ({
      body: { token: await emailUpdateToken(m) },
    }),
  ),

  [`GET ${P}/orders/`]: E('UnionBillingRead', 'order.py list'),
  [`GET ${P}/orders/:id`]: E('UnionBillingRead', 'order.py get', (o) => id(o.ids.order)),
  [`PATCH ${P}/orders/:id`]: E('UnionBillingWrite', 'order.py update', (o) => ({
    ...id(o.ids.order),
    body: { billing_name: 'Role Table' },
  })),
  [`POST ${P}/orders/:id/invoice`]: E('UnionBillingRead', 'order.py generate_invoice', (o) =>
    id(o.ids.order),
  ),
  [`GET ${P}/orders/:id/invoice`]: E('UnionBillingRead', 'order.py invoice', (o) =>
    id(o.ids.order),
  ),
  [`GET ${P}/orders/:id/receipt`]: E('UnionBillingRead', 'order.py receipt', (o) =>
    id(o.ids.order),
  ),
  [`GET ${P}/orders/:id/payment-status`]: E(
    'UnionBillingRead',
    'order.py get_payment_status',
    (o) => id(o.ids.order),
  ),
  [`POST ${P}/orders/:id/confirm-payment`]: E(
    'UnionBillingWrite',
    'order.py confirm_retry_payment',
    (o) => ({
      ...id(o.ids.order),
      body: { payment_method_id: o.ids.card },
    }),
  ),

  [`GET ${P}/organizations/:slug`]: E('none', 'organization.py get', (o) => ({
    params: { slug: o.org.slug },
  })),

  [`GET ${P}/seats`]: E('UnionRead', 'customer_seat.py list_seats', (o) => ({
    query: { subscription_id: o.subscription.id },
  })),
  [`POST ${P}/seats`]: E('UnionBillingWrite', 'customer_seat.py assign_seat', (o) => ({
    body: { subscription_id: o.subscription.id, email: 'seat.role.table@example.com' },
  })),
  [`GET ${P}/seats/subscriptions`]: E('UnionRead', 'customer_seat.py list_claimed_subscriptions'),
  [`DELETE ${P}/seats/:seat_id`]: E('UnionBillingWrite', 'customer_seat.py revoke_seat', (o) => ({
    params: { seat_id: o.ids.seat },
  })),
  [`POST ${P}/seats/:seat_id/resend`]: E(
    'UnionBillingWrite',
    'customer_seat.py resend_invitation',
    (o) => ({
      params: { seat_id: o.ids.seat },
    }),
  ),
  // Outside the portal's router, public by design: the invitation token is the credential.
  [`GET /v1/customer-seats/claim/:token`]: E(
    'none',
    'server/polar/customer_seat/endpoints.py get_claim_info',
    async (_, m) => ({
      params: { token: await invitationToken(m) },
    }),
  ),
  [`POST /v1/customer-seats/claim`]: E(
    'none',
    'server/polar/customer_seat/endpoints.py claim_seat',
    async (_, m) => ({
      body: { invitation_token: await invitationToken(m) },
    }),
  ),

  [`GET ${P}/subscriptions/`]: E('UnionRead', 'subscription.py list'),
  [`GET ${P}/subscriptions/:id`]: E('UnionRead', 'subscription.py get', (o) =>
    id(o.subscription.id),
  ),
  [`PATCH ${P}/subscriptions/:id`]: E('UnionBillingWrite', 'subscription.py update', (o) => ({
    ...id(o.subscription.id),
    body: { cancel_at_period_end: true },
  })),
  [`DELETE ${P}/subscriptions/:id`]: E('UnionBillingWrite', 'subscription.py cancel', (o) =>
    id(o.subscription.id),
  ),
  [`POST ${P}/subscriptions/:id/revoke`]: E('UnionBillingWrite', 'subscription.py revoke', (o) => ({
    ...id(o.subscription.id),
    body: {},
  })),
  [`GET ${P}/subscriptions/:id/charge-preview`]: E(
    'UnionRead',
    'subscription.py get_charge_preview',
    (o) => id(o.subscription.id),
  ),
  [`GET ${P}/subscriptions/:id/cancel-preview`]: E(
    'UnionRead',
    'subscription.py get_cancel_preview',
    (o) => id(o.subscription.id),
  ),
  [`POST ${P}/subscriptions/:id/change-preview`]: E(
    'UnionBillingWrite',
    'subscription.py preview_change',
    (o, m) => ({
      ...id(o.subscription.id),
      body: changeBody(o, m),
    }),
  ),

  [`GET ${P}/meters/`]: E('UnionRead', 'customer_meter.py list'),
  [`GET ${P}/meters/:id`]: E('UnionRead', 'customer_meter.py get', (o) => id(o.ids.meter)),
  [`GET ${P}/wallets/`]: E('UnionBillingRead', 'wallet.py list'),
  [`GET ${P}/wallets/:id`]: E('UnionBillingRead', 'wallet.py get', (o) => id(o.ids.wallet)),
};
