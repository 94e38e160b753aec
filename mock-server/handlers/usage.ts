import { z } from 'zod';
import { authenticate, authenticateBilling } from '../auth.js';
import type { CustomerMeterRow, WalletRow } from '../db/rows.js';
import { notFound } from '../errors.js';
import { listQuery, paginate } from '../pagination.js';
import type { Route, RouteContext } from '../routing.js';
import type { MockState } from '../state.js';
import { field, parsePathId } from '../validation.js';

/** Meters (usage, customer-wide) and wallets (billing) — reference.md §4.9, §4.10. */

const METERS = '/v1/customer-portal/meters';
const WALLETS = '/v1/customer-portal/wallets';

function serializeCustomerMeter(state: MockState, row: CustomerMeterRow) {
  const meter = state.db.meters.get(row.meter_id)!;
  return {
    id: row.id,
    created_at: row.created_at,
    modified_at: row.modified_at,
    customer_id: row.customer_id,
    meter_id: row.meter_id,
    consumed_units: row.consumed_units,
    credited_units: row.credited_units,
    balance: row.credited_units - row.consumed_units,
    meter: {
      id: meter.id,
      created_at: meter.created_at,
      modified_at: meter.modified_at,
      name: meter.name,
    },
  };
}

const serializeWallet = ({
  id,
  created_at,
  modified_at,
  customer_id,
  balance,
  currency,
}: WalletRow) => ({
  id,
  created_at,
  modified_at,
  customer_id,
  balance,
  currency,
});

const parseMetersQuery = listQuery(
  [
    'created_at',
    'modified_at',
    'meter_id',
    'meter_name',
    'consumed_units',
    'credited_units',
    'balance',
  ] as const,
  ['-modified_at'],
  { meter_id: z.array(field.uuid4()).optional(), query: z.string().optional() },
  ['meter_id'],
);

async function listMeters(ctx: RouteContext): Promise<Response> {
  const subject = await authenticate(ctx);
  const query = parseMetersQuery(ctx.url);
  const { state } = ctx;
  const rows = state.db.customerMeters
    .ownedBy(subject)
    .filter((m) => !query.meter_id || query.meter_id.includes(m.meter_id))
    .map((m) => serializeCustomerMeter(state, m))
    .filter((m) => !query.query || m.meter.name.toLowerCase().includes(query.query.toLowerCase()));
  return Response.json(
    paginate(rows, query, (m, sortField) =>
      sortField === 'meter_name' ? m.meter.name : m[sortField],
    ),
  );
}

async function getMeter(ctx: RouteContext): Promise<Response> {
  const subject = await authenticate(ctx);
  const id = parsePathId(ctx.params);
  const row = ctx.state.db.customerMeters.getOwned(id, subject);
  if (!row) throw notFound();
  return Response.json(serializeCustomerMeter(ctx.state, row));
}

const parseWalletsQuery = listQuery(['created_at', 'balance'] as const, ['-created_at'], {});

async function listWallets(ctx: RouteContext): Promise<Response> {
  const subject = await authenticateBilling(ctx);
  const query = parseWalletsQuery(ctx.url);
  const rows = ctx.state.db.wallets.ownedBy(subject).map(serializeWallet);
  return Response.json(paginate(rows, query, (w, sortField) => w[sortField]));
}

async function getWallet(ctx: RouteContext): Promise<Response> {
  const subject = await authenticateBilling(ctx);
  const id = parsePathId(ctx.params);
  const row = ctx.state.db.wallets.getOwned(id, subject);
  if (!row) throw notFound();
  return Response.json(serializeWallet(row));
}

export const usageRoutes: Route[] = [
  { method: 'GET', path: `${METERS}/`, handle: listMeters },
  { method: 'GET', path: `${METERS}/:id`, handle: getMeter },
  { method: 'GET', path: `${WALLETS}/`, handle: listWallets },
  { method: 'GET', path: `${WALLETS}/:id`, handle: getWallet },
];
