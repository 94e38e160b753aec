import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { navigatePopup, type SafeUrl } from '../internal/safe-url.js';

/** How a window ended: closed (by the customer, or by `close()` once done), or given up on. */
export type PopupEnd = 'closed' | 'canceled';

export interface PopupWatch {
  /**
   * Called each time this page gets focus back while the window is open: the customer may have
   * finished there and come back without closing it.
   */
  onReturn?: () => void;
}

/** A window beside the page, not a tab: the customer sees both and comes back by closing it. */
const FEATURES = 'popup,width=600,height=720';

/**
 * A window the customer finishes something in (Polar's OAuth page; a checkout later) while this
 * page stays where it is, for flows that end on another host. Polar sends the customer back
 * only to its own front end, so a full-page trip would strand them there.
 *
 * `start()` must run in the click's handler, before any `await`: it opens an empty window at
 * once, which popup blockers allow for a click, and `go()` sends it on when the address has
 * arrived. Its end is watched by polling `closed` (no event says a window closed, and a window
 * on another origin cannot message a page that did not know its origin). One window at a time;
 * the host's disconnection closes it.
 */
export class PopupController implements ReactiveController {
  private popup: Window | null = null;
  private timer: ReturnType<typeof setInterval> | undefined;
  private resolveEnd: ((end: PopupEnd) => void) | null = null;
  private onReturn: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly pollMs = 500,
  ) {
    host.addController(this);
  }

  /** Whether a window is open and watched. */
  get open(): boolean {
    return this.popup !== null;
  }

  /**
   * Opens an empty window and watches it; answers how it ended, or null when the browser
   * blocked it (the caller then offers another way). A window already open is given up on.
   */
  start(watch: PopupWatch = {}): Promise<PopupEnd> | null {
    this.end('canceled');
    const popup = window.open('about:blank', '_blank', FEATURES);
    if (!popup) return null;
    // What loads there later (Polar, GitHub, Discord) has no use for this page: no way back in.
    popup.opener = null;
    this.popup = popup;
    this.onReturn = watch.onReturn;
    this.timer = setInterval(() => {
      if (popup.closed) this.end('closed');
    }, this.pollMs);
    window.addEventListener('focus', this.returned);
    this.host.requestUpdate();
    return new Promise((resolve) => (this.resolveEnd = resolve));
  }

  /** Sends the open window to `url`, checked again by the URL guard. */
  go(url: SafeUrl): void {
    if (this.popup && !this.popup.closed) navigatePopup(this.popup, url);
  }

  /** Brings the window to the front (the customer lost it behind this one). */
  focusWindow(): void {
    this.popup?.focus();
  }

  /** The customer gave up: the window closes, its end is `canceled`. */
  cancel = (): void => this.end('canceled');

  /** Done here (what the window was for has arrived): it closes, its end is `closed`. */
  close(): void {
    this.end('closed');
  }

  hostDisconnected(): void {
    this.end('canceled');
  }

  private returned = (): void => this.onReturn?.();

  private end(how: PopupEnd): void {
    const popup = this.popup;
    if (!popup) return;
    this.popup = null;
    clearInterval(this.timer);
    window.removeEventListener('focus', this.returned);
    if (!popup.closed) popup.close();
    const resolve = this.resolveEnd;
    this.resolveEnd = null;
    this.onReturn = undefined;
    resolve?.(how);
    this.host.requestUpdate();
  }
}
