import { z } from 'zod';
import { AddressInput } from '../address.js';
import { authenticateBilling, type PortalSubject } from '../auth.js';
import type { OrderRow } from '../db/rows.js';
import { documentUrl } from '../documents.js';
import { notFound, polarError } from '../errors.js';
import { listQuery, paginate } from '../pagination.js';
import type { Route, RouteContext } from '../routing.js';
import { orderTotals, serializeOrder } from '../serializers/order.js';
import * as service from '../services/orders.js';
import * as payments from '../services/payments.js';
import type { MockState } from '../state.js';
import { field, parseJsonBody, parsePathId } from '../validation.js';
import { renewDue } from '../services/subscription-renewals.js';

/** Orders (reference.md §4.4): billing data, so members without a billing role get 403. */

const BASE = '/v1/customer-portal/orders';
const SORTABLE = ['created_at', 'amount', 'net_amount', 'product', 'subscription'] as const;

const OrderUpdate = z.object({
  billing_name: field.string().nullish(),
  billing_address: AddressInput.nullish(),
});

const ConfirmPayment = z
  .object({
    confirmation_token_id: field.string().nullish(),
    payment_method_id: field.uuid4().nullish(),
    payment_processor: z.enum(['stripe']).default('stripe'),
  })
  .superRefine((body, ctx) => {
    const given = [body.confirmation_token_id, body.payment_method_id].filter(Boolean).length;
    if (given !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: `Value error, ${given === 0 ? 'Either confirmation_token_id or payment_method_id must be provided' : 'Only one of confirmation_token_id or payment_method_id can be provided'}`,
        params: { type: 'value_error' },
      });
    }
  });

function ownOrder(state: MockState, subject: PortalSubject, id: string): OrderRow {
  const order = state.db.orders.getOwned(id, subject);
  if (!order) throw notFound();
  return order;
}

async function withOwnOrder(
  ctx: RouteContext,
): Promise<{ subject: PortalSubject; order: OrderRow }> {
  const subject = await authenticateBilling(ctx);
  return { subject, order: ownOrder(ctx.state, subject, parsePathId(ctx.params)) };
}

const parseOrdersQuery = listQuery(
  SORTABLE,
  ['-created_at'],
  {
    product_id: z.array(field.uuid4()).optional(),
    product_billing_type: z.array(z.enum(['one_time', 'recurring'])).optional(),
    subscription_id: z.array(field.uuid4()).optional(),
    query: z.string().optional(),
  },
  ['product_id', 'product_billing_type', 'subscription_id'],
);

async function list(ctx: RouteContext): Promise<Response> {
  const subject = await authenticateBilling(ctx);
  const query = parseOrdersQuery(ctx.url);
  const { db } = ctx.state;
  // The renewals Polar's scheduler would have made by now bill orders: make them first, so the
  // list holds them even when no subscription was read since the period ended.
  renewDue(ctx.state, db.subscriptions.ownedBy(subject));
  const product = (o: OrderRow) => (o.product_id ? db.products.get(o.product_id) : undefined);
  const rows = db.orders
    .ownedBy(subject)
    .filter(
      (o) =>
        (!query.product_id || (o.product_id !== null && query.product_id.includes(o.product_id))) &&
        (!query.subscription_id ||
          (o.subscription_id !== null && query.subscription_id.includes(o.subscription_id))) &&
        (!query.product_billing_type ||
          query.product_billing_type.includes(
            product(o)?.recurring_interval ? 'recurring' : 'one_time',
          )) &&
        (!query.query ||
          (product(o)?.name ?? '').toLowerCase().includes(query.query.toLowerCase())),
    );
  const page = paginate(rows, query, (o, sortField) => {
    if (sortField === 'amount' || sortField === 'net_amount') return orderTotals(o).net_amount;
    if (sortField === 'product') return product(o)?.name ?? null;
    if (sortField === 'subscription') return o.subscription_id;
    return o.created_at;
  });
  return Response.json({ ...page, items: page.items.map((o) => serializeOrder(db, o)) });
}

async function get(ctx: RouteContext): Promise<Response> {
  const { order } = await withOwnOrder(ctx);
  return Response.json(serializeOrder(ctx.state.db, order));
}

async function update(ctx: RouteContext): Promise<Response> {
  const subject = await authenticateBilling(ctx);
  const id = parsePathId(ctx.params);
  const body = await parseJsonBody(ctx.request, OrderUpdate);
  const order = ownOrder(ctx.state, subject, id);
  const updated = service.updateBillingDetails(ctx.state, order, body);
  return Response.json(serializeOrder(ctx.state.db, updated));
}

async function generateInvoice(ctx: RouteContext): Promise<Response> {
  const { order } = await withOwnOrder(ctx);
  service.generateInvoice(ctx.state, order);
  return Response.json(null, { status: 202 });
}

async function getInvoice(ctx: RouteContext): Promise<Response> {
  const { order } = await withOwnOrder(ctx);
  if (!order.is_invoice_generated)
    throw polarError(404, 'InvoiceDoesNotExist', `No invoice exists for order ${order.id}.`);
  return Response.json({ url: await documentUrl(ctx, 'invoice', order.id) });
}

async function getReceipt(ctx: RouteContext): Promise<Response> {
  const { order } = await withOwnOrder(ctx);
  // 202 with no body at all while it renders (Polar's `receipt` endpoint: `Response(status_code=202)`).
  if (service.receiptStatus(ctx.state, order) === 'rendering')
    return new Response(null, { status: 202 });
  return Response.json({ url: await documentUrl(ctx, 'receipt', order.id) });
}

async function paymentStatus(ctx: RouteContext): Promise<Response> {
  const { order } = await withOwnOrder(ctx);
  return Response.json(payments.paymentStatus(order));
}

async function confirmPayment(ctx: RouteContext): Promise<Response> {
  const subject = await authenticateBilling(ctx);
  const id = parsePathId(ctx.params);
  const body = await parseJsonBody(ctx.request, ConfirmPayment);
  const order = ownOrder(ctx.state, subject, id);
  return Response.json(payments.retryPayment(ctx.state, subject, order, body));
}

export const orderRoutes: Route[] = [
  { method: 'GET', path: `${BASE}/`, handle: list },
  { method: 'GET', path: `${BASE}/:id`, handle: get },
  { method: 'PATCH', path: `${BASE}/:id`, handle: update },
  { method: 'POST', path: `${BASE}/:id/invoice`, handle: generateInvoice },
  { method: 'GET', path: `${BASE}/:id/invoice`, handle: getInvoice },
  { method: 'GET', path: `${BASE}/:id/receipt`, handle: getReceipt },
  { method: 'GET', path: `${BASE}/:id/payment-status`, handle: paymentStatus },
  { method: 'POST', path: `${BASE}/:id/confirm-payment`, handle: confirmPayment },
];
