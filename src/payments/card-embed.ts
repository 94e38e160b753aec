import type { CardEmbedTarget, EmbedMode } from './embed-location.js';
import { parseEmbedMessage, type EmbedErrorCode } from './embed-protocol.js';

/**
 * One open card embed: Polar's frame mounted inline (into a container the element owns, in its
 * light DOM) or as Polar's full-window modal, and the protocol's messages turned into calls.
 * A message counts only when it comes from this frame's window and from the embed's origin;
 * everything else posted to the page is ignored.
 *
 * The frame is created without a `src` and then navigated: the token Polar's frame reads from
 * its URL never becomes an attribute of the page, where scripts that record the DOM (session
 * replay, analytics) would copy it.
 */

export interface CardEmbedCallbacks {
  /** The frame is ready for input. */
  loaded(): void;
  /** The card was submitted: the frame must not be closed until it succeeds or fails. */
  processing(): void;
  /** The card is saved, with Polar's payment method id. */
  saved(paymentMethodId: string): void;
  /** The frame failed, or did not load in time (`timeout`). */
  failed(code: EmbedErrorCode | 'timeout'): void;
  /** The customer closed the modal (its close button, a click outside, Escape). */
  closed(): void;
}

export interface CardEmbedOptions {
  mode: EmbedMode;
  /** The frame's accessible name. */
  title: string;
  /** Inline only: where the frame goes (its children are replaced). */
  container?: HTMLElement;
  /** How long the frame may take to say `loaded`: a page's CSP (`frame-src`) may block it. */
  loadTimeoutMs?: number;
}

const DEFAULT_LOAD_TIMEOUT_MS = 20_000;
const TOP = '2147483647';

export class CardEmbed {
  readonly frame: HTMLIFrameElement;
  private closable = true;
  private open = true;
  private readonly timer: ReturnType<typeof setTimeout>;
  private readonly restore: Array<() => void> = [];

  constructor(
    private readonly target: CardEmbedTarget,
    private readonly options: CardEmbedOptions,
    private readonly on: CardEmbedCallbacks,
  ) {
    const frame = (this.frame = document.createElement('iframe'));
    frame.title = options.title;
    // What Polar's package allows its frame: the Payment Request API and passkeys, for its origin.
    frame.allow = `payment 'self' ${target.origin}; publickey-credentials-get 'self' ${target.origin};`;
    Object.assign(frame.style, { border: 'none', colorScheme: 'normal', display: 'block' });
    if (options.mode === 'inline') {
      Object.assign(frame.style, { width: '100%', height: '0' });
      options.container?.replaceChildren(frame);
    } else this.mountModal();
    this.listen(window, 'message', (event) => this.receive(event as MessageEvent));
    const frameWindow = frame.contentWindow;
    if (frameWindow) frameWindow.location.replace(target.location);
    else frame.src = target.location; // not in a document: nothing else can load it
    this.timer = setTimeout(
      () => this.open && this.on.failed('timeout'),
      options.loadTimeoutMs ?? DEFAULT_LOAD_TIMEOUT_MS,
    );
  }

  /** Removes the frame and everything it changed on the page. */
  close(): void {
    if (!this.open) return;
    this.open = false;
    clearTimeout(this.timer);
    this.frame.remove();
    for (const undo of this.restore.splice(0)) undo();
  }

  /** Whether the frame may be closed now (not while the card is being saved). */
  get canClose(): boolean {
    return this.closable;
  }

  private listen(target: EventTarget, type: string, handler: (event: Event) => void) {
    target.addEventListener(type, handler, true);
    this.restore.push(() => target.removeEventListener(type, handler, true));
  }

  /**
   * Polar's modal: the frame over the whole window (it draws its own dialog). The page behind
   * does not scroll, and focus cannot leave the frame for the page behind it.
   */
  private mountModal(): void {
    Object.assign(this.frame.style, {
      position: 'fixed',
      inset: '0',
      width: '100%',
      height: '100%',
      zIndex: TOP,
      backgroundColor: 'rgba(0, 0, 0, 0.5)',
    });
    const root = document.documentElement;
    const overflow = root.style.overflow;
    root.style.overflow = 'hidden';
    this.restore.push(() => (root.style.overflow = overflow));
    document.body.append(this.frame);
    this.listen(document, 'focusin', (event) => {
      if (event.target !== this.frame) this.frame.focus();
    });
    this.listen(document, 'keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Escape') this.requestClose();
    });
  }

  private requestClose(): void {
    if (!this.closable) return;
    this.close();
    this.on.closed();
  }

  private receive(event: MessageEvent): void {
    if (!this.open || event.source !== this.frame.contentWindow) return;
    if (event.origin !== this.target.origin) return;
    const message = parseEmbedMessage(event.data);
    if (!message) return;
    switch (message.event) {
      case 'loaded':
        clearTimeout(this.timer);
        if (this.options.mode === 'modal') this.frame.focus();
        this.on.loaded();
        break;
      case 'resize':
        if (this.options.mode === 'inline') this.frame.style.height = `${message.height}px`;
        break;
      case 'confirmed':
        this.closable = false;
        this.on.processing();
        break;
      case 'success':
        this.closable = true;
        this.on.saved(message.paymentMethodId);
        break;
      case 'error':
        this.closable = true;
        clearTimeout(this.timer);
        this.on.failed(message.code);
        break;
      case 'close':
        this.requestClose();
        break;
    }
  }
}
