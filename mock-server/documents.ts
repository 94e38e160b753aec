import type { OrderRow } from './db/rows.js';
import type { MockDatabase } from './db/store.js';
import { notFound } from './errors.js';
import type { Route, RouteContext } from './routing.js';
import { orderTotals } from './serializers/order.js';
import { linkClaims, sign } from './signing.js';

/**
 * Invoices and receipts as real documents: small HTML files behind signed, expiring URLs, as
 * Polar hands out presigned storage URLs. Everything from the store is escaped.
 */

type Kind = 'invoice' | 'receipt';

/** A URL the document can be fetched from, without a session, for an hour. */
export async function documentUrl(ctx: RouteContext, kind: Kind, orderId: string): Promise<string> {
  const { token } = await sign(
    ctx.state.secret,
    kind,
    { order_id: orderId },
    ctx.state.clock.now(),
  );
  return `${ctx.url.origin}/__files/${kind}s/${orderId}?token=${token}`;
}

/** Text for HTML, attributes included. */
export const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

function renderDocument(db: MockDatabase, order: OrderRow, kind: Kind): string {
  const customer = db.customer(order.customer_id);
  const org = customer ? db.organization(customer.organization_id) : undefined;
  const money = (cents: number) =>
    new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency: order.currency.toUpperCase(),
    }).format(cents / 100);
  const totals = orderTotals(order);
  const address = order.billing_address
    ? [
        order.billing_address.line1,
        order.billing_address.line2,
        order.billing_address.postal_code,
        order.billing_address.city,
        order.billing_address.state,
        order.billing_address.country,
      ]
        .filter(Boolean)
        .join(', ')
    : '';
  const title =
    kind === 'invoice'
      ? `Invoice ${order.invoice_number}`
      : `Receipt ${order.receipt_number ?? ''}`;
  const rows = order.items
    .map((item) => `<tr><td>${escapeHtml(item.label)}</td><td>${money(item.amount)}</td></tr>`)
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(org?.name ?? '')}</p>
<p>Billed to: ${escapeHtml(order.billing_name ?? '')}<br>${escapeHtml(address)}</p>
<p>Date: ${escapeHtml(order.created_at.slice(0, 10))}</p>
<table><thead><tr><th>Item</th><th>Amount</th></tr></thead><tbody>${rows}</tbody></table>
<p>Subtotal: ${money(order.subtotal_amount)}</p>
<p>Discount: ${money(order.discount_amount)}</p>
<p>Tax: ${money(order.tax_amount)}</p>
<p><strong>Total: ${money(totals.total_amount)}</strong></p>
<p>Status: ${escapeHtml(order.status)}</p>
</body></html>`;
}

async function serveDocument(ctx: RouteContext, kind: Kind): Promise<Response> {
  const { id } = ctx.params;
  const claims = await linkClaims<{ order_id: string }>(
    ctx.state,
    kind,
    ctx.url.searchParams.get('token') ?? '',
  );
  if (claims.order_id !== id) throw notFound(); // a genuine link, for another order
  const order = id === undefined ? undefined : ctx.state.db.orders.get(id);
  // Only documents that exist: an invoice once generated, a receipt once paid.
  const issued = kind === 'invoice' ? order?.is_invoice_generated : order?.receipt_number;
  if (!order || !issued) throw notFound();
  const name = kind === 'invoice' ? order.invoice_number : order.receipt_number;
  return new Response(renderDocument(ctx.state.db, order, kind), {
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-disposition': `inline; filename="${kind}-${name}.html"`,
    },
  });
}

export const documentRoutes: Route[] = [
  { method: 'GET', path: '/__files/invoices/:id', handle: (ctx) => serveDocument(ctx, 'invoice') },
  { method: 'GET', path: '/__files/receipts/:id', handle: (ctx) => serveDocument(ctx, 'receipt') },
];
