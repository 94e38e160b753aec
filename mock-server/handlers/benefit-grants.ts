import { z } from 'zod';
import { authenticate, type PortalSubject } from '../auth.js';
import type { BenefitGrantRow } from '../db/rows.js';
import { notFound } from '../errors.js';
import { listQuery, paginate } from '../pagination.js';
import type { Route, RouteContext } from '../routing.js';
import { serializeGrant } from '../serializers/benefit.js';
import * as service from '../services/benefit-grants.js';
import type { MockState } from '../state.js';
import { field, parseJsonBody, parsePathId } from '../validation.js';

/**
 * Benefit grants (reference.md §4.5). A member sees only the grants that are theirs; revoked
 * grants are not listed. Every role may claim (GitHub or Discord account selection).
 */

const BASE = '/v1/customer-portal/benefit-grants';
const BENEFIT_TYPES = [
  'custom',
  'discord',
  'github_repository',
  'downloadables',
  'license_keys',
  'meter_credit',
  'feature_flag',
  'slack_shared_channel',
] as const;
const SORTABLE = ['granted_at', 'type', 'organization', 'product_benefit'] as const;

/**
 * The grants a session may read: its customer's, and for a member only their own (the table's
 * ownership), not revoked.
 */
export function visibleGrants(state: MockState, subject: PortalSubject): BenefitGrantRow[] {
  return state.db.grants.ownedBy(subject).filter((g) => g.revoked_at === null);
}

function ownGrant(state: MockState, subject: PortalSubject, id: string): BenefitGrantRow {
  const grant = state.db.grants.getOwned(id, subject);
  if (!grant || grant.revoked_at !== null) throw notFound();
  return grant;
}

const ids = z.array(field.uuid4()).optional();
const parseGrantsQuery = listQuery(
  SORTABLE,
  ['product_benefit', '-granted_at'],
  {
    type: z.array(z.enum(BENEFIT_TYPES)).optional(),
    benefit_id: ids,
    checkout_id: ids,
    order_id: ids,
    subscription_id: ids,
    member_id: ids,
    query: z.string().optional(),
  },
  ['type', 'benefit_id', 'checkout_id', 'order_id', 'subscription_id', 'member_id'],
);

async function list(ctx: RouteContext): Promise<Response> {
  const subject = await authenticate(ctx);
  const query = parseGrantsQuery(ctx.url);
  const { db } = ctx.state;
  const benefit = (g: BenefitGrantRow) => db.benefits.get(g.benefit_id)!;
  const matches = <T>(wanted: T[] | undefined, value: T) => !wanted || wanted.includes(value);
  const rows = visibleGrants(ctx.state, subject).filter(
    (g) =>
      matches(query.type, benefit(g).type) &&
      matches(query.benefit_id, g.benefit_id) &&
      matches(query.order_id, g.order_id ?? '') &&
      matches(query.subscription_id, g.subscription_id ?? '') &&
      matches(query.member_id, g.member_id ?? '') &&
      !query.checkout_id &&
      (!query.query || benefit(g).description.toLowerCase().includes(query.query.toLowerCase())),
  );
  const page = paginate(rows, query, (g, sortField) => {
    if (sortField === 'type') return benefit(g).type;
    if (sortField === 'organization') return subject.organization.name;
    if (sortField === 'product_benefit') return db.benefits.all().indexOf(benefit(g));
    return g.granted_at;
  });
  return Response.json({ ...page, items: page.items.map((g) => serializeGrant(db, g)) });
}

async function get(ctx: RouteContext): Promise<Response> {
  const subject = await authenticate(ctx);
  return Response.json(
    serializeGrant(ctx.state.db, ownGrant(ctx.state, subject, parsePathId(ctx.params))),
  );
}

const GrantUpdate = z.object({
  benefit_type: z.enum(BENEFIT_TYPES),
  properties: z.object({ account_id: field.string().nullable() }).optional(),
});

/** Claims a GitHub or Discord benefit with one of the session's connected accounts. */
async function update(ctx: RouteContext): Promise<Response> {
  const subject = await authenticate(ctx);
  const id = parsePathId(ctx.params);
  const body = await parseJsonBody(ctx.request, GrantUpdate);
  const grant = ownGrant(ctx.state, subject, id);
  return Response.json(
    serializeGrant(ctx.state.db, service.claimGrant(ctx.state, subject, grant, body)),
  );
}

export const benefitGrantRoutes: Route[] = [
  { method: 'GET', path: `${BASE}/`, handle: list },
  { method: 'GET', path: `${BASE}/:id`, handle: get },
  { method: 'PATCH', path: `${BASE}/:id`, handle: update },
];
