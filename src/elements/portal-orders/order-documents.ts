import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PortalClient } from '../../api/client.js';
import { PortalApiError } from '../../api/errors.js';
import type { CustomerOrder } from '../../api/types.js';
import { PortalInvoiceGeneratedEvent } from '../../events/order-events.js';
import { clickStillCounts, openInNewTab, safeUrl, type SafeUrl } from '../../internal/safe-url.js';
import type { PortalSession } from '../../session/session.js';
import { CustomerFacingError } from '../../internal/states.js';
import type { OrdersContext } from './orders-context.js';

export type DocumentType = 'invoice' | 'receipt';

/** What became of a document the customer asked for. */
type DocumentOutcome =
  { kind: 'opened'; url: SafeUrl } | { kind: 'link'; url: SafeUrl } | { kind: 'refused' };

/** One order's invoice or receipt, as `renderOrderDetail` shows it: a button, or its link. */
export interface DocumentAction {
  busy: boolean;
  /** The checked address, once known and not opened yet: shown as a link in the button's place. */
  link: SafeUrl | null;
  open: () => void;
  /** The link was clicked. */
  followed: () => void;
}

export interface DocumentsContext extends OrdersContext {
  /** The invoice needs a billing name and address first: open the form, saying why. */
  needsDetails: (order: CustomerOrder) => void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Invoices and receipts: generating the invoice when needed (through the store, so the order
 * shows as invoiced everywhere), waiting for Polar to render it, and opening it in a new tab
 * without handing that tab this page. Each is an action of the element's `ActionController`
 * (busy button, outcome next to the buttons, announcement).
 *
 * Why not the old way, a blank tab opened at the click and pointed at the document later: a
 * blank tab is same-origin with the merchant's page, so a hostile address would run there with
 * the page's storage (the session token), and `noopener` cannot be added to a tab that must be
 * navigated afterwards. Instead the address is fetched first and passes `safeUrl`; then, while
 * the click still counts as the user's (quick answers, which is most of them), the tab opens
 * with `noopener`, so popup blockers let it through. When the API took longer (an invoice being
 * rendered), a popup would be blocked: the button turns into a link to the document, focused
 * and announced, and the customer's click on it opens the tab. After that the button comes
 * back, so the next click fetches a fresh address (they are presigned and expire).
 */
export class OrderDocuments implements ReactiveController {
  private readonly links = new Map<string, SafeUrl>();

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly ctx: DocumentsContext,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The state of one order's document for the template. */
  action(order: CustomerOrder, type: DocumentType): DocumentAction {
    const key = `${type}:${order.id}`;
    return {
      busy: this.ctx.actions.busy(key),
      link: this.links.get(key) ?? null,
      open: () => void (type === 'invoice' ? this.invoice(order) : this.receipt(order)),
      // Later, not now: a link taken out of the page during its click does not navigate.
      followed: () =>
        void setTimeout(() => {
          this.links.delete(key);
          this.host.requestUpdate();
        }),
    };
  }

  /** Generates the invoice if there is none yet, then opens it (or offers its link). */
  invoice(order: CustomerOrder): Promise<void> {
    if (!order.is_invoice_generated && (!order.billing_name || !order.billing_address)) {
      this.ctx.needsDetails(order);
      return Promise.resolve();
    }
    return this.open(order, 'invoice', async (session) => {
      if (!order.is_invoice_generated) await session.store.generateInvoice(order.id);
      return (await waitForInvoice(session.client, order.id)).url;
    });
  }

  /** Polar answers 202 (no body) while it renders the receipt: ask again until it exists. */
  receipt(order: CustomerOrder): Promise<void> {
    return this.open(order, 'receipt', async (session) => {
      const receipt = await waitForReceipt(session.client, order.id);
      if (!receipt) throw new DocumentNotReady(this.ctx.localize.term('receiptTooLong'));
      return receipt.url;
    });
  }

  /**
   * Asks `address` for the document's URL, checks it, and opens it (or offers its link). A
   * refused address (or none: the API's answer is not trusted to have one) is never opened or
   * linked, and says why.
   */
  private async open(
    order: CustomerOrder,
    type: DocumentType,
    address: (session: PortalSession) => Promise<unknown>,
  ): Promise<void> {
    const session = this.ctx.session();
    if (!session) return;
    const t = this.ctx.localize;
    const key = `${type}:${order.id}`;
    const run = await this.ctx.actions.run(
      key,
      async () => {
        this.links.delete(key);
        const url = safeUrl(await address(session));
        if (!url) return { outcome: { kind: 'refused' } as DocumentOutcome, order };
        let outcome: DocumentOutcome = { kind: 'opened', url };
        if (clickStillCounts()) openInNewTab(url);
        else {
          this.links.set(key, url);
          outcome = { kind: 'link', url };
        }
        // Polar marks the order once its invoice exists: read it into the store.
        const current = type === 'invoice' ? await session.store.refreshOrder(order.id) : order;
        return { outcome, order: current };
      },
      {
        success: ({ outcome, order }) => {
          if (outcome.kind === 'refused') return '';
          if (outcome.kind === 'link')
            return t.term(type === 'invoice' ? 'invoiceReady' : 'receiptReady');
          return type === 'invoice'
            ? t.term('invoiceOpened', order.invoice_number ?? '')
            : t.term('receiptOpened');
        },
        focus: ({ outcome }) =>
          outcome.kind === 'link' ? `[data-id="${order.id}"] [part=${type}-link]` : null,
      },
    );
    if (!run.ok) return;
    const { outcome, order: current } = run.value;
    if (outcome.kind === 'refused') this.ctx.actions.show(key, 'error', t.term('linkRefused'));
    else if (type === 'invoice')
      this.host.dispatchEvent(new PortalInvoiceGeneratedEvent(current, outcome.url));
  }
}

/** A document Polar is still rendering after we asked for a while, said in the customer's words. */
export class DocumentNotReady extends CustomerFacingError {}

/**
 * The receipt's address, or null when Polar still renders it after `attempts` tries (its
 * `GET orders/{id}/receipt` answers 202 with no body, `undefined` here, until the PDF exists).
 */
export async function waitForReceipt(
  client: PortalClient,
  orderId: string,
  attempts = documentPolling.attempts,
): Promise<{ url: string } | null> {
  for (let attempt = 1; ; attempt++) {
    const receipt = await client.getReceipt(orderId);
    if (receipt) return receipt;
    if (attempt >= attempts) return null;
    await sleep(documentPolling.intervalMs * attempt);
  }
}

/** How documents being rendered are waited for (tests shorten it). */
export const documentPolling = { intervalMs: 500, attempts: 10 };

/** Polar renders the invoice in the background (202): ask until it exists, for a while. */
async function waitForInvoice(
  client: PortalClient,
  orderId: string,
  attempts = documentPolling.attempts,
): Promise<{ url: string }> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.getInvoice(orderId);
    } catch (error) {
      const notYet = error instanceof PortalApiError && error.status === 404;
      if (!notYet || attempt >= attempts) throw error;
      await sleep(documentPolling.intervalMs * attempt);
    }
  }
}
