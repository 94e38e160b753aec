import { isoDate } from '../clock.js';
import { periodAmount, taxOn } from '../pricing.js';
import { uuidFor } from './ids.js';
import type {
  BenefitGrantRow,
  BenefitRow,
  CustomerMeterRow,
  FileRow,
  LicenseKeyRow,
  CustomerRow,
  MemberRole,
  MemberRow,
  MeterRow,
  OrderRow,
  OrganizationRow,
  PaymentMethodRow,
  ProductRow,
  SeatRow,
  SubscriptionRow,
  WalletRow,
} from './rows.js';

/**
 * The deterministic seed. Ids come from names (`uuidFor`), dates from the clock at reset time,
 * so a run with a fixed clock is identical every time and ids never change.
 *
 * Two organizations, because Polar runs two models:
 * - `acme` (legacy, member model off): customers sign in with customer sessions (`polar_cst_`).
 * - `teamly` (member model on): people sign in as members (`polar_mst_`); one email there is
 *   shared by two customers (the 409 case) and a team has a member of each role.
 */
export interface SeedData {
  organizations: OrganizationRow[];
  customers: CustomerRow[];
  members: MemberRow[];
  products: ProductRow[];
  subscriptions: SubscriptionRow[];
  orders: OrderRow[];
  benefits: BenefitRow[];
  grants: BenefitGrantRow[];
  paymentMethods: PaymentMethodRow[];
  seats: SeatRow[];
  licenseKeys: LicenseKeyRow[];
  files: FileRow[];
  meters: MeterRow[];
  customerMeters: CustomerMeterRow[];
  wallets: WalletRow[];
}

const DAY = 86_400_000;

export function createSeed(now: number): SeedData {
  const at = (days: number) => isoDate(now + days * DAY);
  const stamps = (days: number) => ({ created_at: at(days), modified_at: null });

  const organization = (slug: string, name: string, memberModel: boolean): OrganizationRow => ({
    id: uuidFor(`org:${slug}`),
    ...stamps(-400),
    name,
    slug,
    avatar_url: null,
    member_model_enabled: memberModel,
    proration_behavior: 'prorate',
    allow_customer_updates: true,
    customer_portal_settings: {
      usage: { show: true },
      subscription: { update_seats: true, update_plan: true, pause: false },
      customer: { allow_email_change: false },
    },
  });
  const acme = organization('acme', 'Acme Tools', false);
  acme.customer_portal_settings.customer = { allow_email_change: true };
  const teamly = organization('teamly', 'Teamly', true);

  const customer = (
    org: OrganizationRow,
    key: string,
    email: string | null,
    name: string,
    type: CustomerRow['type'] = 'individual',
  ): CustomerRow => ({
    id: uuidFor(`customer:${key}`),
    ...stamps(-300),
    organization_id: org.id,
    email,
    email_verified: email !== null,
    name,
    billing_name: name,
    billing_address: null,
    tax_id: null,
    type,
    locale: null,
    external_id: null,
    default_payment_method_id: null,
    oauth_accounts: {},
    deleted_at: null,
  });

  const customers = [
    customer(acme, 'alice', 'alice@example.com', 'Alice Anders'),
    customer(acme, 'bob', 'bob@example.com', 'Bob Brandt'),
    customer(acme, 'carol', 'carol@example.com', 'Carol Chen'),
    customer(acme, 'dave', 'dave@example.com', 'Dave Diaz'),
    customer(teamly, 'sam', 'sam@example.com', 'Sam Stone'),
    customer(teamly, 'stone-studio', null, 'Stone Studio', 'team'),
    customer(teamly, 'ivy', 'ivy@example.com', 'Ivy Ito'),
    customer(teamly, 'northwind', null, 'Northwind Traders', 'team'),
  ];
  const byKey = (key: string) => customers.find((c) => c.id === uuidFor(`customer:${key}`))!;
  byKey('alice').billing_address = {
    line1: '1 Market Street',
    line2: null,
    postal_code: '94105',
    city: 'San Francisco',
    state: 'US-CA',
    country: 'US',
  };

  // Alice connected GitHub, so her repository benefit can be claimed from the portal.
  byKey('alice').oauth_accounts = {
    'github:58010001': { account_id: '58010001', account_username: 'alice-anders' },
  };

  const member = (
    customerKey: string,
    key: string,
    email: string,
    name: string,
    role: MemberRole,
  ): MemberRow => ({
    id: uuidFor(`member:${key}`),
    ...stamps(-200),
    organization_id: teamly.id,
    customer_id: byKey(customerKey).id,
    email,
    name,
    external_id: null,
    role,
    oauth_accounts: {},
    deleted_at: null,
  });
  // Ivy has no member yet on purpose: her first sign-in creates her owner member, as Polar does.
  const members = [
    member('sam', 'sam', 'sam@example.com', 'Sam Stone', 'owner'),
    member('stone-studio', 'stone-studio-sam', 'sam@example.com', 'Sam Stone', 'owner'),
    member('northwind', 'olivia', 'olivia@northwind.example', 'Olivia Owens', 'owner'),
    member('northwind', 'ben', 'ben@northwind.example', 'Ben Billing', 'billing_manager'),
    member('northwind', 'mia', 'mia@northwind.example', 'Mia Member', 'member'),
  ];

  const benefit = (
    org: OrganizationRow,
    key: string,
    type: BenefitRow['type'],
    description: string,
    properties: Record<string, unknown>,
  ): BenefitRow => ({
    id: uuidFor(`benefit:${key}`),
    ...stamps(-390),
    organization_id: org.id,
    type,
    description,
    properties,
  });
  const benefits = [
    benefit(acme, 'acme-license', 'license_keys', 'Acme Pro license key', {
      prefix: 'ACME',
      expires: null,
      activations: { limit: 3, enable_customer_admin: true },
      limit_usage: null,
    }),
    benefit(acme, 'acme-downloads', 'downloadables', 'Acme Pro installers', {
      active_files: [uuidFor('file:acme-installer')],
    }),
    benefit(acme, 'acme-note', 'custom', 'Priority support', {
      note: 'Write to support@acme.example and mention your license key.',
    }),
    benefit(acme, 'acme-github', 'github_repository', 'Access to acme/pro-plugins', {
      repository_owner: 'acme',
      repository_name: 'pro-plugins',
    }),
    benefit(teamly, 'teamly-discord', 'discord', 'Teamly community on Discord', {
      guild_id: '1100000000000000001',
    }),
    benefit(teamly, 'teamly-credits', 'meter_credit', '1,000 API calls a month', {
      units: 1000,
      rollover: false,
      meter_id: uuidFor('meter:teamly-api-calls'),
    }),
  ];
  const benefitIds = (...keys: string[]) => keys.map((k) => uuidFor(`benefit:${k}`));

  const product = (
    org: OrganizationRow,
    key: string,
    name: string,
    interval: ProductRow['recurring_interval'],
    price: ProductRow['prices'][number],
    benefitKeys: string[] = [],
  ): ProductRow => ({
    id: uuidFor(`product:${key}`),
    ...stamps(-380),
    organization_id: org.id,
    name,
    description: null,
    recurring_interval: interval,
    recurring_interval_count: interval ? 1 : null,
    trial_interval: null,
    trial_interval_count: null,
    visibility: 'public',
    is_archived: false,
    prices: [price],
    benefit_ids: benefitIds(...benefitKeys),
  });
  const fixed = (key: string, amount: number) => ({
    id: uuidFor(`price:${key}`),
    amount_type: 'fixed' as const,
    price_amount: amount,
    price_currency: 'usd',
  });
  // A free plan is a fixed price of 0: Polar's newest API has no separate free price type.
  const free = (key: string) => fixed(key, 0);
  const proBenefits = ['acme-license', 'acme-downloads', 'acme-note', 'acme-github'];
  const products = [
    product(
      acme,
      'acme-pro-monthly',
      'Acme Pro',
      'month',
      fixed('acme-pro-monthly', 1200),
      proBenefits,
    ),
    product(
      acme,
      'acme-pro-yearly',
      'Acme Pro (yearly)',
      'year',
      fixed('acme-pro-yearly', 12000),
      proBenefits,
    ),
    product(acme, 'acme-free', 'Acme Free', 'month', free('acme-free')),
    product(acme, 'acme-icons', 'Acme Icon Pack', null, fixed('acme-icons', 2900), [
      'acme-downloads',
    ]),
    product(teamly, 'teamly-solo', 'Teamly Solo', 'month', fixed('teamly-solo', 900), [
      'teamly-discord',
    ]),
    product(
      teamly,
      'teamly-team',
      'Teamly Team',
      'month',
      {
        id: uuidFor('price:teamly-team'),
        amount_type: 'seat_based',
        price_currency: 'usd',
        seat_tiers: [{ min_seats: 1, max_seats: null, price_per_seat: 800 }],
      },
      ['teamly-discord', 'teamly-credits'],
    ),
    product(teamly, 'teamly-free', 'Teamly Free', 'month', free('teamly-free')),
  ];
  products.find((p) => p.id === uuidFor('product:acme-pro-monthly'))!.trial_interval = 'day';
  products.find((p) => p.id === uuidFor('product:acme-pro-monthly'))!.trial_interval_count = 14;

  const paymentMethods: PaymentMethodRow[] = [];
  const card = (customerKey: string, brand: string, last4: string, expYear: number) => {
    const row: PaymentMethodRow = {
      id: uuidFor(`payment-method:${customerKey}:${last4}`),
      ...stamps(-250 + paymentMethods.length),
      customer_id: byKey(customerKey).id,
      type: 'card',
      brand,
      last4,
      exp_month: 12,
      exp_year: expYear,
    };
    paymentMethods.push(row);
    byKey(customerKey).default_payment_method_id ??= row.id;
    return row.id;
  };

  const subscriptions: SubscriptionRow[] = [];
  const orders: OrderRow[] = [];
  let invoiceCounter = 1;
  const order = (
    customerKey: string,
    prod: ProductRow,
    priceId: string,
    subscription: SubscriptionRow | null,
    key: string,
    days: number,
    details: Pick<
      OrderRow,
      'status' | 'billing_reason' | 'seats' | 'next_payment_attempt_at' | 'payment_error'
    > & {
      amount: number;
    },
  ): OrderRow => {
    const { amount, ...rest } = details;
    const tax = taxOn(amount);
    const number = String(invoiceCounter++).padStart(4, '0');
    return {
      id: uuidFor(`order:${key}`),
      ...stamps(days),
      customer_id: byKey(customerKey).id,
      product_id: prod.id,
      product_price_id: priceId,
      subscription_id: subscription?.id ?? null,
      subtotal_amount: amount,
      discount_amount: 0,
      tax_amount: tax,
      refunded_amount: 0,
      refunded_tax_amount: 0,
      currency: 'usd',
      billing_name: byKey(customerKey).billing_name,
      billing_address: byKey(customerKey).billing_address,
      invoice_number: `${prod.organization_id === acme.id ? 'ACME' : 'TEAMLY'}-${number}`,
      is_invoice_generated: false,
      receipt_number: rest.status === 'paid' ? `R-${number}` : null,
      manual_retries: 0,
      ...rest,
      items: [
        {
          id: uuidFor(`order-item:${key}`),
          label: rest.seats ? `${prod.name} (${rest.seats} seats)` : prod.name,
          amount,
          tax_amount: tax,
          proration: false,
          product_price_id: priceId,
        },
      ],
    };
  };
  const subscribe = (
    customerKey: string,
    productKey: string,
    status: SubscriptionRow['status'],
    extra: Partial<SubscriptionRow> = {},
  ): SubscriptionRow => {
    const prod = products.find((p) => p.id === uuidFor(`product:${productKey}`))!;
    const price = prod.prices[0]!;
    const seats = extra.seats ?? null;
    const amount = periodAmount(price, seats);
    const periodDays = prod.recurring_interval === 'year' ? 365 : 30;
    const row: SubscriptionRow = {
      id: uuidFor(`subscription:${customerKey}:${productKey}`),
      ...stamps(-90),
      customer_id: byKey(customerKey).id,
      product_id: prod.id,
      price_id: price.id,
      status,
      amount,
      currency: 'usd',
      recurring_interval: prod.recurring_interval!,
      recurring_interval_count: 1,
      current_period_start: at(-10),
      current_period_end: at(periodDays - 10),
      trial_start: null,
      trial_end: null,
      cancel_at_period_end: false,
      canceled_at: null,
      started_at: at(-90),
      ends_at: null,
      ended_at: null,
      past_due_at: null,
      seats,
      customer_cancellation_reason: null,
      customer_cancellation_comment: null,
      payment_method_id: byKey(customerKey).default_payment_method_id,
      ...extra,
    };
    subscriptions.push(row);
    if (amount > 0 && status !== 'trialing') {
      for (const [i, days] of [-90, -60, -30, -10].entries()) {
        const pending = status === 'past_due' && i === 3;
        orders.push(
          order(customerKey, prod, price.id, row, `${row.id}:${i}`, days, {
            status: pending ? 'pending' : 'paid',
            billing_reason: i === 0 ? 'subscription_create' : 'subscription_cycle',
            seats,
            amount,
            next_payment_attempt_at: pending ? at(2) : null,
            payment_error: pending ? 'Your card was declined.' : null,
          }),
        );
      }
    }
    return row;
  };

  card('alice', 'visa', '4242', 2030);
  card('alice', 'mastercard', '4444', 2028);
  card('bob', 'visa', '1881', 2029);
  card('carol', 'visa', '0341', 2027);
  card('sam', 'amex', '8431', 2031);
  card('northwind', 'visa', '5556', 2030);

  subscribe('alice', 'acme-pro-monthly', 'active');
  subscribe('bob', 'acme-pro-yearly', 'active', {
    cancel_at_period_end: true,
    canceled_at: at(-5),
    ends_at: at(355),
    customer_cancellation_reason: 'too_expensive',
  });
  subscribe('carol', 'acme-pro-monthly', 'past_due', { past_due_at: at(-2) });
  subscribe('dave', 'acme-pro-monthly', 'trialing', {
    trial_start: at(-4),
    trial_end: at(10),
    current_period_start: at(-4),
    current_period_end: at(10),
    started_at: at(-4),
  });
  subscribe('sam', 'teamly-solo', 'active');
  const iconPack = products.find((p) => p.id === uuidFor('product:acme-icons'))!;
  orders.push(
    order('alice', iconPack, iconPack.prices[0]!.id, null, 'alice:icons', -45, {
      status: 'paid',
      billing_reason: 'purchase',
      seats: null,
      amount: 2900,
      next_payment_attempt_at: null,
      payment_error: null,
    }),
  );
  subscribe('northwind', 'teamly-team', 'active', { seats: 5 });

  // Every subscription grants its product's benefits. In the member model, grants belong to a
  // member, so each person of a team sees their own.
  const teamMembers = members.filter((m) => m.customer_id === byKey('northwind').id);
  const grants: BenefitGrantRow[] = subscriptions.flatMap((sub) => {
    const prod = products.find((p) => p.id === sub.product_id)!;
    const holders =
      sub.customer_id === byKey('northwind').id ? teamMembers.map((m) => m.id) : [null];
    return prod.benefit_ids.flatMap((benefitId) =>
      holders.map((memberId) => ({
        id: uuidFor(`grant:${sub.id}:${benefitId}:${memberId ?? ''}`),
        ...stamps(-89),
        benefit_id: benefitId,
        customer_id: sub.customer_id,
        member_id: memberId,
        subscription_id: sub.id,
        order_id: null,
        granted_at: at(-89),
        revoked_at: null,
        properties: {},
      })),
    );
  });

  const { licenseKeys, files } = fillGrantProperties(grants, benefits, at);

  const seats: SeatRow[] = [
    ['olivia', 'claimed'],
    ['ben', 'claimed'],
    ['mia', 'claimed'],
  ].map(([key, status]) => ({
    id: uuidFor(`seat:northwind:${key}`),
    ...stamps(-80),
    subscription_id: uuidFor('subscription:northwind:teamly-team'),
    status: status as SeatRow['status'],
    email: `${key}@northwind.example`,
    member_id: uuidFor(`member:${key}`),
    invitation_token_hash: null,
    invitation_token_expires_at: null,
    seat_metadata: null,
    claimed_at: at(-79),
    revoked_at: null,
  }));
  seats.push({
    id: uuidFor('seat:northwind:pending'),
    ...stamps(-3),
    subscription_id: uuidFor('subscription:northwind:teamly-team'),
    status: 'pending',
    email: 'noah@northwind.example',
    member_id: null,
    // The invitation was sent before the seed: noah can ask for a new one (resend).
    invitation_token_hash: null,
    invitation_token_expires_at: at(-2),
    seat_metadata: null,
    claimed_at: null,
    revoked_at: null,
  });

  return {
    organizations: [acme, teamly],
    customers,
    members,
    products,
    subscriptions,
    orders,
    benefits,
    grants,
    paymentMethods,
    seats,
    licenseKeys,
    files,
    ...usageAndBalances(at),
  };
}

/** Teamly meters API calls; Northwind has used some of its monthly credits; Alice has credit. */
function usageAndBalances(at: (days: number) => string) {
  const meters: MeterRow[] = [
    {
      id: uuidFor('meter:teamly-api-calls'),
      created_at: at(-300),
      modified_at: null,
      organization_id: uuidFor('org:teamly'),
      name: 'API calls',
    },
  ];
  const customerMeters: CustomerMeterRow[] = [
    {
      id: uuidFor('customer-meter:northwind:api-calls'),
      created_at: at(-80),
      modified_at: at(-1),
      customer_id: uuidFor('customer:northwind'),
      meter_id: meters[0]!.id,
      consumed_units: 412.5,
      credited_units: 1000,
    },
  ];
  const wallets: WalletRow[] = [
    {
      id: uuidFor('wallet:alice'),
      created_at: at(-45),
      modified_at: null,
      customer_id: uuidFor('customer:alice'),
      balance: 500,
      currency: 'usd',
    },
  ];
  return { meters, customerMeters, wallets };
}

const INSTALLER = `#!/bin/sh
# Acme Pro installer (mock download from the portal-elements seed)
echo "Installing Acme Pro 1.4.2..."
`;

/**
 * Gives each grant the properties its benefit type carries (reference.md §5.7), creating the
 * license keys and files behind them. GitHub and Discord grants wait for the customer to pick
 * an account, so the portal has something to claim.
 */
function fillGrantProperties(
  grants: BenefitGrantRow[],
  benefits: BenefitRow[],
  at: (days: number) => string,
): { licenseKeys: LicenseKeyRow[]; files: FileRow[] } {
  const licenseKeys: LicenseKeyRow[] = [];
  const files: FileRow[] = [];
  for (const benefit of benefits.filter((b) => b.type === 'downloadables')) {
    for (const fileId of benefit.properties.active_files as string[]) {
      files.push({
        id: fileId,
        created_at: at(-380),
        modified_at: null,
        organization_id: benefit.organization_id,
        benefit_id: benefit.id,
        name: 'acme-pro-1.4.2-installer.sh',
        mime_type: 'text/x-shellscript',
        content: INSTALLER,
        downloads: 0,
      });
    }
  }
  for (const grant of grants) {
    const benefit = benefits.find((b) => b.id === grant.benefit_id)!;
    const props = benefit.properties;
    if (benefit.type === 'license_keys') {
      const id = uuidFor(`license-key:${grant.id}`);
      const key = `${props.prefix ?? ''}${props.prefix ? '-' : ''}${uuidFor(`license-key-value:${grant.id}`).toUpperCase()}`;
      const activations = props.activations as { limit: number } | null;
      licenseKeys.push({
        id,
        created_at: grant.created_at,
        modified_at: null,
        organization_id: benefit.organization_id,
        customer_id: grant.customer_id,
        member_id: grant.member_id,
        benefit_id: benefit.id,
        key,
        status: 'granted',
        limit_activations: activations?.limit ?? null,
        usage: 0,
        limit_usage: null,
        validations: 0,
        last_validated_at: null,
        expires_at: null,
        activations: [],
      });
      grant.properties = { license_key_id: id, display_key: `****-${key.slice(-6)}` };
    } else if (benefit.type === 'downloadables') {
      grant.properties = { files: props.active_files };
    } else if (benefit.type === 'github_repository') {
      grant.properties = {
        account_id: null,
        repository_owner: props.repository_owner,
        repository_name: props.repository_name,
        permission: 'pull',
      };
    } else if (benefit.type === 'discord') {
      grant.properties = {
        account_id: null,
        guild_id: props.guild_id,
        role_id: '1100000000000000002',
      };
    } else if (benefit.type === 'meter_credit') {
      grant.properties = {
        last_credited_meter_id: props.meter_id,
        last_credited_units: props.units,
        last_credited_at: at(-10),
      };
    }
  }
  const alicesKey = licenseKeys.find((k) => k.customer_id === uuidFor('customer:alice'));
  alicesKey?.activations.push({
    id: uuidFor('activation:alice:macbook'),
    label: 'MacBook Pro',
    meta: { os: 'macOS 15' },
    created_at: at(-60),
    modified_at: null,
  });
  return { licenseKeys, files };
}
