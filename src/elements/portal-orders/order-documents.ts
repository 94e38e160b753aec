import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clickStillCounts, openInNewTab, safeUrl, type SafeUrl } from '../../internal/safe-url.js';

export type DocumentType = 'invoice' | 'receipt';

/** What became of a document the customer asked for. */
export type DocumentOutcome =
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

/**
 * Invoices and receipts, opened in a new tab without handing it this page.
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
  private pending: string | null = null;
  private readonly links = new Map<string, SafeUrl>();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Whether a document is being fetched (one at a time: a second click is ignored). */
  get busy(): boolean {
    return this.pending !== null;
  }

  /** The state of one order's document for the template; `open` starts `fetchAndOpen`. */
  action(orderId: string, type: DocumentType, open: () => void): DocumentAction {
    const key = `${orderId}:${type}`;
    return {
      busy: this.pending === key,
      link: this.links.get(key) ?? null,
      open,
      // Later, not now: a link taken out of the page during its click does not navigate.
      followed: () =>
        void setTimeout(() => {
          this.links.delete(key);
          this.host.requestUpdate();
        }),
    };
  }

  /**
   * Asks `address` for the document's URL, checks it, and opens it (or offers its link). A
   * refused address (or none: the API's answer is not trusted to have one) is never opened or
   * linked; errors from `address` are the caller's.
   */
  async fetchAndOpen(
    orderId: string,
    type: DocumentType,
    address: () => Promise<unknown>,
  ): Promise<DocumentOutcome> {
    const key = `${orderId}:${type}`;
    this.pending = key;
    this.links.delete(key);
    this.host.requestUpdate();
    try {
      const url = safeUrl(await address());
      if (!url) return { kind: 'refused' };
      if (clickStillCounts()) {
        openInNewTab(url);
        return { kind: 'opened', url };
      }
      this.links.set(key, url);
      return { kind: 'link', url };
    } finally {
      this.pending = null;
      this.host.requestUpdate();
    }
  }
}
