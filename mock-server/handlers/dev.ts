import { z } from 'zod';
import { isoDate } from '../clock.js';
import { accessTokenId, SEED_ACCESS_TOKENS } from '../db/seed/access-tokens.js';
import type { MockDatabase } from '../db/store.js';
import { MAX_CLOCK_OFFSET_MS } from '../clock-range.js';
import { notFound } from '../errors.js';
import type { Route, RouteContext } from '../routing.js';
import { serializeOrganization } from '../serializers/catalog.js';
import { updateOrganizationSettings } from '../services/organizations.js';
import { parseJsonBody } from '../validation.js';

/**
 * Development routes (`/__dev/*`), for docs, tests and the demo page: the seed's fixtures by
 * name, the dev mailbox, reset, and the mock's clock. Never part of Polar's API.
 */

export interface SeedSummary {
  organizations: {
    id: string;
    slug: string;
    name: string;
    member_model_enabled: boolean;
    /** The seed's organization access tokens, for a merchant backend (`POST /v1/customer-sessions/`). */
    access_tokens: { token: string; scope: string; comment: string }[];
  }[];
  customers: {
    id: string;
    external_id: string | null;
    email: string | null;
    name: string | null;
    organization_id: string;
    type: 'individual' | 'team';
    members: { id: string; external_id: string | null; email: string; role: string }[];
  }[];
}

/** The seed's tokens that the organization still has (the table holds only their hashes). */
const accessTokensOf = (db: MockDatabase, slug: string) =>
  SEED_ACCESS_TOKENS.filter(
    (t) => t.organization === slug && db.organizationAccessTokens.get(accessTokenId(t.key)),
  ).map(({ token, scope, comment }) => ({ token, scope, comment }));

function seedSummary({ state }: RouteContext): Response {
  const { db } = state;
  const body: SeedSummary = {
    organizations: db.organizations.all().map(({ id, slug, name, member_model_enabled }) => ({
      id,
      slug,
      name,
      member_model_enabled,
      access_tokens: accessTokensOf(db, slug),
    })),
    customers: db.customers
      .filter((c) => c.deleted_at === null)
      .map((c) => ({
        id: c.id,
        external_id: c.external_id,
        email: c.email,
        name: c.name,
        organization_id: c.organization_id,
        type: c.type,
        members: db.members
          .filter((m) => m.customer_id === c.id && m.deleted_at === null)
          .map(({ id, external_id, email, role }) => ({ id, external_id, email, role })),
      })),
  };
  return Response.json(body);
}

const emails = ({ url, state }: RouteContext) =>
  Response.json(state.mailbox.list(url.searchParams.get('to')));

function reset({ state }: RouteContext): Response {
  state.reset();
  return new Response(null, { status: 204 });
}

const clockNow = ({ state }: RouteContext) => Response.json({ now: isoDate(state.clock.now()) });

/**
 * Moves the mock's time forward, e.g. past a code's 30 minutes or a session's hour: at most ten
 * years ahead of real time in all (`clock-range.ts`), so every date stays one `Date` can write.
 * Never back: expired codes and sessions are dropped (`db/store.ts`) and must stay expired.
 */
async function advanceClock(ctx: RouteContext): Promise<Response> {
  const room = Math.max(0, (MAX_CLOCK_OFFSET_MS - ctx.state.clock.offsetMs) / 1000);
  const { advance_seconds } = await parseJsonBody(
    ctx.request,
    z.object({ advance_seconds: z.number().min(0).max(room) }),
  );
  ctx.state.clock.offsetMs += advance_seconds * 1000;
  return clockNow(ctx);
}

/** The webhook log, newest first, with each delivery attempt; `?type=` filters. */
const webhooks = ({ url, state }: RouteContext) =>
  Response.json(state.webhooks.list(url.searchParams.get('type')));

const rate = z.number().min(0).max(1);
const Latency = z
  .object({
    min_ms: z.number().int().min(0).max(60_000),
    max_ms: z.number().int().min(0).max(60_000),
  })
  .refine((l) => l.min_ms <= l.max_ms, {
    message: 'Value error, min_ms must not exceed max_ms',
    path: ['max_ms'],
  });
const Faults = z
  .object({ error_rate: rate, drop_rate: rate })
  .refine((f) => f.error_rate + f.drop_rate <= 1, {
    message: 'Value error, error_rate + drop_rate must not exceed 1',
    path: ['drop_rate'],
  });

/** A delay on every API answer: fixed (`min_ms` = `max_ms`) or random between the two. */
async function setLatency({ request, state }: RouteContext): Promise<Response> {
  state.latency = await parseJsonBody(request, Latency);
  return Response.json(state.latency);
}

/** A share of API requests answer 500 (`error_rate`) or lose their connection (`drop_rate`). */
async function setFaults({ request, state }: RouteContext): Promise<Response> {
  state.faults = await parseJsonBody(request, Faults);
  return Response.json(state.faults);
}

const OrganizationSettings = z.strictObject({
  proration_behavior: z.enum(['invoice', 'prorate', 'next_period', 'reset']).optional(),
  benefit_revocation_grace_period: z.number().int().gte(0).lte(3650).optional(),
  subscription: z
    .strictObject({
      update_plan: z.boolean().optional(),
      update_seats: z.boolean().optional(),
      pause: z.boolean().optional(),
    })
    .optional(),
});

/**
 * The merchant's switches, as Polar's dashboard sets them: the proration behaviour (`reset`
 * too, which Polar keeps behind a feature flag) and which subscription changes the portal
 * allows. Answers the organization as the portal reads it.
 */
async function setOrganizationSettings(ctx: RouteContext): Promise<Response> {
  const org = ctx.state.db.organizations.find((o) => o.slug === ctx.params.slug);
  if (!org) throw notFound('Organization not found');
  const settings = await parseJsonBody(ctx.request, OrganizationSettings);
  return Response.json(serializeOrganization(updateOrganizationSettings(ctx.state, org, settings)));
}

export const devRoutes: Route[] = [
  { method: 'POST', path: '/__dev/organizations/:slug/settings', handle: setOrganizationSettings },
  { method: 'GET', path: '/__dev/latency', handle: ({ state }) => Response.json(state.latency) },
  { method: 'POST', path: '/__dev/latency', handle: setLatency },
  { method: 'GET', path: '/__dev/faults', handle: ({ state }) => Response.json(state.faults) },
  { method: 'POST', path: '/__dev/faults', handle: setFaults },
  { method: 'GET', path: '/__dev/webhooks', handle: webhooks },
  { method: 'GET', path: '/__dev/seed', handle: seedSummary },
  { method: 'GET', path: '/__dev/emails', handle: emails },
  { method: 'POST', path: '/__dev/reset', handle: reset },
  { method: 'GET', path: '/__dev/clock', handle: clockNow },
  { method: 'POST', path: '/__dev/clock', handle: advanceClock },
];
