import { z } from 'zod';
import { AddressInput } from '../address.js';
import {
  authenticate,
  authenticateBilling,
  hasBillingAccess,
  hasMemberManagement,
} from '../auth.js';
import { isoDate } from '../clock.js';
import { paginate, pageQuery } from '../pagination.js';
import type { Route, RouteContext } from '../routing.js';
import { serializeCustomer, serializePaymentMethod } from '../serializers/customer.js';
import { serializeSubscription } from '../serializers/subscription.js';
import * as service from '../services/customer.js';
import { field, parseJsonBody, parsePathId } from '../validation.js';

/** The customer's profile and payment methods (reference.md §4.2). */

const BASE = '/v1/customer-portal/customers/me';

const CustomerUpdate = z.object({
  billing_name: field.string().nullish(),
  billing_address: AddressInput.nullable().optional(),
  tax_id: field.string().nullish(),
  default_payment_method_id: field.uuid4().nullable().optional(),
});
const PaymentMethodCreate = z.object({
  confirmation_token_id: field.string(),
  set_default: z.boolean(),
  return_url: field.string(),
});
const PaymentMethodConfirm = z.object({
  setup_intent_id: field.string(),
  set_default: z.boolean(),
});

async function getMe(ctx: RouteContext): Promise<Response> {
  const { customer } = await authenticate(ctx);
  return Response.json(serializeCustomer(customer));
}

async function updateMe(ctx: RouteContext): Promise<Response> {
  const subject = await authenticateBilling(ctx);
  const update = await parseJsonBody(ctx.request, CustomerUpdate);
  return Response.json(serializeCustomer(service.updateCustomer(ctx.state, subject, update)));
}

async function listPaymentMethods(ctx: RouteContext): Promise<Response> {
  const subject = await authenticateBilling(ctx);
  const query = pageQuery(ctx.url);
  const rows = ctx.state.db.paymentMethods
    .ownedBy(subject)
    .sort((a, b) => b.created_at.localeCompare(a.created_at));
  const page = paginate(rows, query, () => null);
  return Response.json({ ...page, items: page.items.map(serializePaymentMethod) });
}

type CardResult = ReturnType<typeof service.addCard>;
const cardResponse = (result: CardResult) =>
  Response.json(
    result.status === 'succeeded'
      ? { ...result, payment_method: serializePaymentMethod(result.payment_method) }
      : result,
    { status: 201 },
  );

async function addPaymentMethod(ctx: RouteContext): Promise<Response> {
  const { customer } = await authenticateBilling(ctx);
  const body = await parseJsonBody(ctx.request, PaymentMethodCreate);
  return cardResponse(
    service.addCard(ctx.state, customer, body.confirmation_token_id, body.set_default),
  );
}

async function confirmPaymentMethod(ctx: RouteContext): Promise<Response> {
  const { customer } = await authenticateBilling(ctx);
  const body = await parseJsonBody(ctx.request, PaymentMethodConfirm);
  return cardResponse(
    service.confirmCard(ctx.state, customer, body.setup_intent_id, body.set_default),
  );
}

async function deletePaymentMethod(ctx: RouteContext): Promise<Response> {
  const subject = await authenticateBilling(ctx);
  service.deletePaymentMethod(ctx.state, subject, parsePathId(ctx.params));
  return new Response(null, { status: 204 });
}

/**
 * Everything the portal knows of the customer, as a download (GDPR export).
 *
 * Polar guards it with `CustomerPortalUnionRead` alone (`endpoints/customer.py`, `export`), so every
 * member may call it, while its `get_export` holds the orders and cards that `orders.py` and
 * `list_payment_methods` refuse a plain member with 403. We keep Polar's 200 (the contract's table
 * lets every role export) and leave out each part the subject's own routes would refuse: orders and
 * cards need `CustomerPortalUnionBilling*`, the team's emails and roles `CustomerPortalBillingManager`.
 */
async function exportData(ctx: RouteContext): Promise<Response> {
  const subject = await authenticate(ctx);
  const { customer } = subject;
  const { db } = ctx.state;
  const billing = hasBillingAccess(subject) && {
    orders: db.orders.ownedBy(subject).map((o) => ({
      id: o.id,
      created_at: o.created_at,
      status: o.status,
      currency: o.currency,
      subtotal_amount: o.subtotal_amount,
      tax_amount: o.tax_amount,
      invoice_number: o.invoice_number,
    })),
    payment_methods: db.paymentMethods.ownedBy(subject).map(serializePaymentMethod),
  };
  const team = hasMemberManagement(subject) && {
    members: db.members
      .ownedBy(subject)
      .filter((m) => m.deleted_at === null)
      .map(({ id, email, name, role }) => ({ id, email, name, role })),
  };
  const body = {
    exported_at: isoDate(ctx.state.clock.now()),
    customer: serializeCustomer(customer),
    subscriptions: db.subscriptions.ownedBy(subject).map((s) => serializeSubscription(db, s)),
    ...billing,
    ...team,
  };
  return Response.json(body, {
    headers: {
      'content-disposition': `attachment; filename="polar-customer-export-${customer.id}.json"`,
    },
  });
}

export const customerRoutes: Route[] = [
  { method: 'GET', path: BASE, handle: getMe },
  { method: 'PATCH', path: BASE, handle: updateMe },
  { method: 'GET', path: `${BASE}/export`, handle: exportData },
  { method: 'GET', path: `${BASE}/payment-methods`, handle: listPaymentMethods },
  { method: 'POST', path: `${BASE}/payment-methods`, handle: addPaymentMethod },
  { method: 'POST', path: `${BASE}/payment-methods/confirm`, handle: confirmPaymentMethod },
  { method: 'DELETE', path: `${BASE}/payment-methods/:id`, handle: deletePaymentMethod },
];
