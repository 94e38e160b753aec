import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import {
  PortalDialogCloseEvent,
  PortalDialogClosedEvent,
  type PortalDialogCloseReason,
} from '../../events/dialog-events.js';
import { cycleTab, deepActiveElement, tabStops } from '../focus.js';
import { dialogStyles } from './portal-dialog.styles.js';

/**
 * @internal
 * @tagname portal-dialog
 * @summary The one modal dialog of the elements: a native `<dialog>` shown with `showModal()`
 * (the page behind is inert), Tab kept inside its slotted controls, Escape and dismiss buttons
 * that ask first, and focus back on the opener when it closes. Not public API: the elements
 * render it in their shadow roots as `<portal-dialog part="dialog">`.
 *
 * Open it declaratively with `?open=${…}` (the owner's state says whether it shows) or with
 * `show()`. The customer closes it with Escape or a slotted button marked `data-dialog="close"`;
 * both fire a cancelable `portal-dialog-close` first. The owner closes it by setting `open` to
 * false (no question asked: reason `done`). Either way `portal-dialog-closed` follows, the owner
 * resets its state there.
 *
 * Its accessible name is the `heading` slot, else `label`; its description the `description`
 * slot. Slots, not text properties: the owner keeps its heading level and markup, and the text
 * stays in its own shadow root, where its tests and styles find it.
 *
 * The host renders no box of its own (`display: contents`), so `::part(dialog)` reaches only
 * what inherits (fonts). The surface's colours, border and radius are the owner's `--_*`
 * tokens (styles.ts): a page themes the dialog with the `--portal-*` properties of the element
 * that renders it, light or dark as that element is.
 *
 * @slot heading - The heading, e.g. `<h3 slot="heading">`; names the dialog.
 * @slot description - What happens, in a sentence; describes the dialog.
 * @slot - The body: the form, messages and buttons.
 *
 * @csspart surface - The native `<dialog>` (reach it with `exportparts`).
 * @csspart heading - The heading's wrapper.
 * @csspart description - The description's wrapper.
 *
 * @fires portal-dialog-close - Cancelable, before the customer's close (`detail.reason`).
 * @fires portal-dialog-closed - After it closed and focus went back (`detail.reason`).
 */
export class PortalDialog extends LitElement {
  // Not a PortalElement: a dialog has no session, API or language of its own.
  static override styles = dialogStyles;

  /** The accessible name when there is no visible heading. */
  @property() label = '';

  private isOpen = false;
  /** Whether the dialog shows. Setting it to false closes it at once, without asking. */
  @property({ type: Boolean, reflect: true })
  set open(value: boolean) {
    const old = this.isOpen;
    if (value === old) return;
    this.isOpen = value;
    this.requestUpdate('open', old);
    // Close now, not at the next render: an owner that closes and then focuses what replaced
    // the opener, in the same update, would otherwise focus while the page is still inert.
    if (!value) this.finishClose();
  }
  get open(): boolean {
    return this.isOpen;
  }

  @query('dialog') private surface?: HTMLDialogElement;
  private opener: HTMLElement | null = null;
  private shown = false;
  private reason: PortalDialogCloseReason = 'done';

  /** Opens the dialog; focus goes back to `opener` (else to what has focus now) on close. */
  show(opener?: HTMLElement): void {
    this.opener = opener ?? deepActiveElement();
    this.open = true;
  }

  /**
   * Asks to close for `reason`: fires the cancelable `portal-dialog-close` and closes unless a
   * listener prevented it. Returns whether the dialog is closed.
   */
  close(reason: PortalDialogCloseReason = 'done'): boolean {
    if (!this.open) return true;
    if (!this.dispatchEvent(new PortalDialogCloseEvent(reason))) return false;
    this.reason = reason;
    this.open = false;
    return true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.open) this.requestUpdate(); // moved in the page while open: show it again
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Removed with its owner's content: leave the top layer, but nothing to give focus back to.
    this.surface?.close();
    this.shown = false;
    this.opener = null;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // After the render, so the owner's slotted content (and its autofocus) is in place.
    if (this.open && !this.shown && this.surface && this.isConnected) this.showNow(this.surface);
  }

  private showNow(surface: HTMLDialogElement): void {
    this.opener ??= deepActiveElement();
    this.shown = true;
    if (!surface.open) surface.showModal();
    const roots = this.slotted();
    const autofocus = roots
      .flatMap((root) => [root, ...root.querySelectorAll('[autofocus]')])
      .find((el): el is HTMLElement => el instanceof HTMLElement && el.hasAttribute('autofocus'));
    // showModal() does not look for autofocus in slotted content: place focus ourselves.
    (autofocus ?? tabStops(roots)[0] ?? surface).focus();
  }

  private finishClose(): void {
    if (!this.shown) {
      this.opener = null; // closed before it ever showed
      return;
    }
    this.shown = false;
    const reason = this.reason;
    this.reason = 'done';
    if (this.surface?.open) this.surface.close();
    const opener = this.opener;
    this.opener = null;
    // The action may have re-rendered the opener away; then the owner places focus.
    if (opener?.isConnected) opener.focus();
    this.dispatchEvent(new PortalDialogClosedEvent(reason));
  }

  /** The owner's elements shown in the dialog, in the order they are shown. */
  private slotted(): Element[] {
    return [...this.renderRoot.querySelectorAll('slot')].flatMap((slot) =>
      slot.assignedElements({ flatten: true }),
    );
  }

  private hasSlotted(name: string): boolean {
    return [...this.children].some((child) => child.slot === name);
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      // Handled here, so the browser's own close request does not close without asking.
      event.preventDefault();
      this.close('escape');
    } else if (this.surface) {
      cycleTab(event, this.surface, tabStops(this.slotted()));
    }
  };

  private readonly onCancel = (event: Event): void => {
    // Another close request (a back gesture): ask as for Escape. Should the browser not let it
    // be cancelled, it closes anyway and onNativeClose catches up.
    event.preventDefault();
    this.close('escape');
  };

  private readonly onNativeClose = (): void => {
    if (this.open && this.surface && !this.surface.open) {
      this.reason = 'escape';
      this.open = false;
    }
  };

  private readonly onClick = (event: Event): void => {
    for (const node of event.composedPath()) {
      if (node === this.surface) return;
      if (node instanceof HTMLElement && node.dataset.dialog === 'close') {
        this.close('dismiss');
        return;
      }
    }
  };

  override render() {
    const named = this.hasSlotted('heading');
    const described = this.hasSlotted('description');
    return html`<dialog
      part="surface"
      tabindex="-1"
      aria-labelledby=${named ? 'heading' : nothing}
      aria-label=${!named && this.label ? this.label : nothing}
      aria-describedby=${described ? 'description' : nothing}
      @keydown=${this.onKeydown}
      @cancel=${this.onCancel}
      @close=${this.onNativeClose}
      @click=${this.onClick}
    >
      <div id="heading" part="heading">
        <slot name="heading" @slotchange=${() => this.requestUpdate()}></slot>
      </div>
      <div id="description" part="description">
        <slot name="description" @slotchange=${() => this.requestUpdate()}></slot>
      </div>
      <slot></slot>
    </dialog>`;
  }
}
