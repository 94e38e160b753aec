import { uuidFor } from '../ids.js';
import { accessTokens } from './access-tokens.js';
import { seat, subscription, subscriptionOrders } from './billing-factories.js';
import {
  benefit,
  card,
  customer,
  fixedPrice,
  member,
  organization,
  paymentMethodId,
  product,
  seatPrice,
  type SeedDate,
} from './factories.js';
import { grantsOf } from './grant-factories.js';
import type { OrganizationSeed } from './index.js';

/**
 * Teamly: the member model, where people sign in as members (`polar_mst_`). Sam's email belongs
 * to two customers (the 409 "customer selection" case); Northwind is a team with a member of
 * each role, five seats (three claimed, one invitation out) and metered API calls.
 */
export function teamlySeed(at: SeedDate): OrganizationSeed {
  const teamly = organization(at, 'teamly', 'Teamly', {
    member_model_enabled: true,
    seat_based_pricing_enabled: true,
  });

  const sam = customer(at, teamly, 'sam', 'sam@example.com', 'Sam Stone', {
    default_payment_method_id: paymentMethodId('sam', '8431'),
  });
  const studio = customer(at, teamly, 'stone-studio', null, 'Stone Studio', {
    type: 'team',
    external_id: 'team_stone-studio',
  });
  const ivy = customer(at, teamly, 'ivy', 'ivy@example.com', 'Ivy Ito');
  const northwind = customer(at, teamly, 'northwind', null, 'Northwind Traders', {
    type: 'team',
    external_id: 'team_northwind',
    default_payment_method_id: paymentMethodId('northwind', '5556'),
  });

  const olivia = member(
    at,
    northwind,
    'olivia',
    'olivia@northwind.example',
    'Olivia Owens',
    'owner',
  );
  const ben = member(
    at,
    northwind,
    'ben',
    'ben@northwind.example',
    'Ben Billing',
    'billing_manager',
  );
  const mia = member(at, northwind, 'mia', 'mia@northwind.example', 'Mia Member', 'member');
  // Ivy has no member yet on purpose: her first sign-in creates her owner member, as Polar does.
  const members = [
    member(at, sam, 'sam', 'sam@example.com', 'Sam Stone', 'owner'),
    // The same person on the merchant's site: one external id for both of Sam's memberships.
    member(at, studio, 'stone-studio-sam', 'sam@example.com', 'Sam Stone', 'owner', {
      external_id: 'usr_sam',
    }),
    olivia,
    ben,
    mia,
  ];

  const meterId = uuidFor('meter:teamly-api-calls');
  const discord = benefit(at, teamly, 'teamly-discord', 'discord', 'Teamly community on Discord', {
    guild_id: '1100000000000000001',
  });
  const credits = benefit(at, teamly, 'teamly-credits', 'meter_credit', '1,000 API calls a month', {
    units: 1000,
    rollover: false,
    meter_id: meterId,
  });
  const benefits = [discord, credits];

  const solo = product(
    at,
    teamly,
    'teamly-solo',
    'Teamly Solo',
    'month',
    fixedPrice('teamly-solo', 900),
    [discord],
  );
  const team = product(
    at,
    teamly,
    'teamly-team',
    'Teamly Team',
    'month',
    seatPrice('teamly-team', 800),
    [discord, credits],
  );
  const free = product(
    at,
    teamly,
    'teamly-free',
    'Teamly Free',
    'month',
    fixedPrice('teamly-free', 0),
  );

  const samSolo = subscription(at, 'sam:teamly-solo', sam, solo, 'active');
  const northwindTeam = subscription(at, 'northwind:teamly-team', northwind, team, 'active', {
    seats: 5,
  });
  const teamGrants = grantsOf(at, northwindTeam, team, benefits, [olivia.id, ben.id, mia.id]);

  return {
    organizations: [teamly],
    organizationAccessTokens: accessTokens(at, teamly),
    customers: [sam, studio, ivy, northwind],
    members,
    benefits,
    products: [solo, team, free],
    paymentMethods: [
      card(at, 'sam', 'amex', '8431', 2031, -246),
      card(at, 'northwind', 'visa', '5556', 2030, -245),
    ],
    subscriptions: [samSolo, northwindTeam],
    orders: [
      ...subscriptionOrders(at, teamly, sam, solo, samSolo),
      ...subscriptionOrders(at, teamly, northwind, team, northwindTeam),
    ],
    grants: [...grantsOf(at, samSolo, solo, benefits).grants, ...teamGrants.grants],
    seats: [
      ...[olivia, ben, mia].map((m) =>
        seat(at, `northwind:${m.email.split('@')[0]}`, northwindTeam, -80, {
          status: 'claimed',
          email: m.email,
          member_id: m.id,
          claimed_at: at(-79),
        }),
      ),
      // The invitation was sent before the seed: Noah can ask for a new one (resend).
      seat(at, 'northwind:pending', northwindTeam, -3, {
        status: 'pending',
        email: 'noah@northwind.example',
        member_id: null,
        claimed_at: null,
        invitation_token_expires_at: at(-2),
      }),
    ],
    meters: [
      {
        id: meterId,
        created_at: at(-300),
        modified_at: null,
        organization_id: teamly.id,
        name: 'API calls',
      },
    ],
    // Northwind has used some of its monthly credits.
    customerMeters: [
      {
        id: uuidFor('customer-meter:northwind:api-calls'),
        created_at: at(-80),
        modified_at: at(-1),
        customer_id: northwind.id,
        meter_id: meterId,
        consumed_units: 412,
        credited_units: 1000,
      },
    ],
  };
}
