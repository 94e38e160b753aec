import { uuidFor } from '../ids.js';
import { accessTokens } from './access-tokens.js';
import { order, subscription, subscriptionOrders } from './billing-factories.js';
import {
  benefit,
  card,
  customer,
  fixedPrice,
  organization,
  paymentMethodId,
  portalSettings,
  product,
  type SeedDate,
} from './factories.js';
import { file, grantsOf, revokedAt } from './grant-factories.js';
import type { OrganizationSeed } from './index.js';

/**
 * Acme Tools: the legacy model (member model off), where customers sign in with customer
 * sessions (`polar_cst_`). Alice has a plan, an icon pack, two cards, credit, a connected GitHub
 * account and an activated license key; Bob cancels at the period's end, Carol is past due, Dave
 * is in his trial, Erin has paused hers until a date (the merchant lets customers pause).
 */

const INSTALLER = `#!/bin/sh
# Acme Pro installer (mock download from the portal-elements seed)
echo "Installing Acme Pro 1.4.2..."
`;

export function acmeSeed(at: SeedDate): OrganizationSeed {
  const acme = organization(at, 'acme', 'Acme Tools', {
    customer_portal_settings: {
      ...portalSettings(true),
      subscription: { update_seats: true, update_plan: true, pause: true },
    },
  });

  const alice = customer(at, acme, 'alice', 'alice@example.com', 'Alice Anders', {
    billing_address: {
      line1: '1 Market Street',
      line2: null,
      postal_code: '94105',
      city: 'San Francisco',
      state: 'US-CA',
      country: 'US',
    },
    default_payment_method_id: paymentMethodId('alice', '4242'),
    // Connected GitHub, so her repository benefit can be claimed from the portal.
    oauth_accounts: {
      'github:58010001': { account_id: '58010001', account_username: 'alice-anders' },
    },
  });
  const bob = customer(at, acme, 'bob', 'bob@example.com', 'Bob Brandt', {
    default_payment_method_id: paymentMethodId('bob', '1881'),
  });
  const carol = customer(at, acme, 'carol', 'carol@example.com', 'Carol Chen', {
    default_payment_method_id: paymentMethodId('carol', '0341'),
  });
  const dave = customer(at, acme, 'dave', 'dave@example.com', 'Dave Diaz');
  const erin = customer(at, acme, 'erin', 'erin@example.com', 'Erin Evans', {
    default_payment_method_id: paymentMethodId('erin', '5555'),
  });

  const installerId = uuidFor('file:acme-installer');
  const license = benefit(at, acme, 'acme-license', 'license_keys', 'Acme Pro license key', {
    prefix: 'ACME',
    expires: null,
    activations: { limit: 3, enable_customer_admin: true },
    limit_usage: null,
  });
  const downloads = benefit(at, acme, 'acme-downloads', 'downloadables', 'Acme Pro installers', {
    active_files: [installerId],
  });
  const note = benefit(at, acme, 'acme-note', 'custom', 'Priority support', {
    note: 'Write to support@acme.example and mention your license key.',
  });
  const github = benefit(
    at,
    acme,
    'acme-github',
    'github_repository',
    'Access to acme/pro-plugins',
    {
      repository_owner: 'acme',
      repository_name: 'pro-plugins',
    },
  );
  const benefits = [license, downloads, note, github];

  const pro = [license, downloads, note, github];
  const proMonthly = product(
    at,
    acme,
    'acme-pro-monthly',
    'Acme Pro',
    'month',
    fixedPrice('acme-pro-monthly', 1200),
    pro,
    {
      trial_interval: 'day',
      trial_interval_count: 14,
    },
  );
  const proYearly = product(
    at,
    acme,
    'acme-pro-yearly',
    'Acme Pro (yearly)',
    'year',
    fixedPrice('acme-pro-yearly', 12000),
    pro,
  );
  // A free plan is a fixed price of 0: Polar's newest API has no separate free price type.
  const free = product(at, acme, 'acme-free', 'Acme Free', 'month', fixedPrice('acme-free', 0));
  const icons = product(
    at,
    acme,
    'acme-icons',
    'Acme Icon Pack',
    null,
    fixedPrice('acme-icons', 2900),
    [downloads],
  );

  const alicePro = subscription(at, 'alice:acme-pro-monthly', alice, proMonthly, 'active');
  const bobPro = subscription(at, 'bob:acme-pro-yearly', bob, proYearly, 'active', {
    cancel_at_period_end: true,
    canceled_at: at(-5),
    ends_at: at(355),
    customer_cancellation_reason: 'too_expensive',
  });
  const carolPro = subscription(at, 'carol:acme-pro-monthly', carol, proMonthly, 'past_due', {
    past_due_at: at(-2),
  });
  const daveTrial = subscription(at, 'dave:acme-pro-monthly', dave, proMonthly, 'trialing', {
    trial_start: at(-4),
    trial_end: at(10),
    current_period_start: at(-4),
    current_period_end: at(10),
    started_at: at(-4),
  });
  // Erin asked to pause at the end of her third period, 10 days ago, until 20 days from now:
  // that period's end billed nothing and took her benefits away (Polar's `cycle`).
  const erinPaused = subscription(at, 'erin:acme-pro-monthly', erin, proMonthly, 'paused', {
    current_period_start: at(-40),
    current_period_end: at(-10),
    paused_at: at(-10),
    resumes_at: at(20),
  });
  const plans = [
    [alicePro, proMonthly],
    [bobPro, proYearly],
    [carolPro, proMonthly],
    [daveTrial, proMonthly],
    [erinPaused, proMonthly],
  ] as const;
  // Every subscription grants its plan's benefits, the trial's too; a pause revoked them.
  const granted = plans.map(([sub, plan]) =>
    sub.paused_at
      ? revokedAt(sub.paused_at, grantsOf(at, sub, plan, benefits))
      : grantsOf(at, sub, plan, benefits),
  );
  const licenseKeys = granted
    .flatMap((g) => g.licenseKeys)
    .map((key) =>
      key.customer_id === alice.id
        ? {
            ...key,
            activations: [
              {
                id: uuidFor('activation:alice:macbook'),
                label: 'MacBook Pro',
                meta: { os: 'macOS 15' },
                created_at: at(-60),
                modified_at: null,
              },
            ],
          }
        : key,
    );

  return {
    organizations: [acme],
    organizationAccessTokens: accessTokens(at, acme),
    customers: [alice, bob, carol, dave, erin],
    benefits,
    products: [proMonthly, proYearly, free, icons],
    paymentMethods: [
      card(at, 'alice', 'visa', '4242', 2030, -250),
      card(at, 'alice', 'mastercard', '4444', 2028, -249),
      card(at, 'bob', 'visa', '1881', 2029, -248),
      card(at, 'carol', 'visa', '0341', 2027, -247),
      card(at, 'erin', 'mastercard', '5555', 2031, -246),
    ],
    subscriptions: plans.map(([sub]) => sub),
    orders: [
      ...subscriptionOrders(at, acme, alice, proMonthly, alicePro),
      ...subscriptionOrders(at, acme, bob, proYearly, bobPro),
      ...subscriptionOrders(at, acme, carol, proMonthly, carolPro),
      ...subscriptionOrders(at, acme, erin, proMonthly, erinPaused),
      order(at, {
        key: 'alice:icons',
        org: acme,
        buyer: alice,
        bought: icons,
        subscription: null,
        days: -45,
        amount: 2900,
        status: 'paid',
        billing_reason: 'purchase',
        seats: null,
      }),
    ],
    grants: granted.flatMap((g) => g.grants),
    licenseKeys,
    files: [
      file(
        at,
        downloads,
        installerId,
        'acme-pro-1.4.2-installer.sh',
        'text/x-shellscript',
        INSTALLER,
      ),
    ],
    wallets: [
      {
        id: uuidFor('wallet:alice'),
        created_at: at(-45),
        modified_at: null,
        customer_id: alice.id,
        balance: 500,
        currency: 'usd',
      },
    ],
  };
}
