import { html, nothing, type ReactiveController, type ReactiveElement } from 'lit';
import type { CustomerPaymentMethod } from '../../api/types.js';
import type { ActionController } from '../../controllers/action-controller.js';
import { PortalPaymentMethodAddedEvent } from '../../events/customer-events.js';
import { registerTerms, type PortalLocalize } from '../../internal/localize.js';
import { cardEmbed as en } from '../../locales/en/card-embed.js';
import { CardEmbed } from '../../payments/card-embed.js';
import type { EmbedMode } from '../../payments/embed-location.js';
import type { EmbedErrorCode } from '../../payments/embed-protocol.js';
import { takeEmbedRedirectStatus } from '../../payments/embed-redirect.js';
import type { PortalSession } from '../../session/session.js';

registerTerms('card-embed', en);

/** What adding a card through Polar's embed needs from `<portal-customer>`. */
export interface CardEntryHost {
  /** The element: the inline frame goes into its light DOM (`slot="card-embed"`). */
  readonly element: ReactiveElement;
  readonly localize: PortalLocalize;
  readonly actions: ActionController;
  session(): PortalSession | null;
  mode(): EmbedMode;
  theme(): 'light' | 'dark';
  /** The page's `card-embed-origin`, for an API behind a proxy. */
  originOverride(): string | null;
  /** How a card is named ("Visa ending in 4242"). */
  label(method: CustomerPaymentMethod): string;
  /** Moves focus to `selector` once it is rendered (the section's own focus mechanism). */
  focus(selector: string): void;
}

type Phase = 'closed' | 'loading' | 'ready' | 'saving';
type Problem = { message: string; retry: boolean };

const KEY = 'add-method';

/**
 * "Add a payment method" through Polar's card embed (`payments/card-embed.ts`): the frame opens
 * inline in the payment methods section (or as Polar's modal), the section says what is going
 * on, and a saved card is read back through the store, focused and confirmed where it appears.
 * A failure keeps the section open with what to do; a frame that cannot load offers a retry.
 */
export class CardEntry implements ReactiveController {
  private embed: CardEmbed | null = null;
  private phase: Phase = 'closed';
  private problem: Problem | null = null;

  constructor(private readonly host: CardEntryHost) {
    host.element.addController(this);
  }

  hostConnected(): void {
    const status = takeEmbedRedirectStatus();
    const t = this.host.localize;
    if (status === 'succeeded') this.host.actions.show(KEY, 'success', t.term('cardEmbedAdded'));
    if (status === 'failed')
      this.host.actions.show(KEY, 'error', t.term('cardEmbedRedirectFailed'));
  }

  hostDisconnected(): void {
    this.shut();
  }

  /** Whether the inline section is open (the add button gives way to it). */
  get isOpen(): boolean {
    return this.phase !== 'closed' || this.problem !== null;
  }

  open(): void {
    const t = this.host.localize;
    const mode = this.host.mode();
    this.shut();
    this.problem = null;
    this.host.actions.dismiss();
    const target = this.host.session()?.cardEmbedLocation(
      {
        mode,
        theme: this.host.theme(),
        locale: t.lang(),
        setDefault: true,
      },
      this.host.originOverride(),
    );
    if (!target) {
      this.fail({ message: t.term('cardEmbedBadOrigin'), retry: false });
      return;
    }
    this.phase = 'loading';
    this.embed = new CardEmbed(
      target,
      {
        mode,
        title: t.term('cardEmbedTitle'),
        container: mode === 'inline' ? this.slot() : undefined,
      },
      {
        loaded: () => this.to('ready'),
        processing: () => this.to('saving'),
        saved: (id) => void this.saved(id),
        failed: (code) => this.failed(code),
        closed: () => this.cancel(),
      },
    );
    this.host.element.requestUpdate();
    if (mode === 'inline') this.host.focus('[part=card-entry] h4');
  }

  /** Closes the entry (the cancel button, the modal's close). Not while the card is saving. */
  cancel(): void {
    if (this.phase === 'saving') return;
    this.shut();
    this.problem = null;
    this.host.element.requestUpdate();
    this.host.focus('[part=add-button]');
  }

  private to(phase: Phase): void {
    this.phase = phase;
    if (phase === 'saving') this.problem = null;
    this.host.element.requestUpdate();
  }

  private shut(): void {
    this.embed?.close();
    this.embed = null;
    this.phase = 'closed';
    this.host.element.querySelector(':scope > [slot=card-embed]')?.remove();
  }

  /** The light-DOM box the inline frame goes into, shown through the section's slot. */
  private slot(): HTMLElement {
    const box = document.createElement('div');
    box.slot = 'card-embed';
    this.host.element.append(box);
    return box;
  }

  private async saved(id: string): Promise<void> {
    const session = this.host.session();
    this.shut();
    this.host.element.requestUpdate();
    if (!session) return;
    const t = this.host.localize;
    const result = await this.host.actions.run(KEY, () => session.store.cardSavedByEmbed(id), {
      success: (method) =>
        method ? t.term('addedAnnouncement', this.host.label(method)) : t.term('cardEmbedAdded'),
      event: (method) => (method ? new PortalPaymentMethodAddedEvent(method) : undefined),
    });
    if (result.ok && result.value) this.host.focus(`[data-id="${result.value.id}"]`);
  }

  private failed(code: EmbedErrorCode | 'timeout'): void {
    const t = this.host.localize;
    // Declined or refused: Polar's form stays open, with its own message, for another try.
    if (code === 'processing_failed') {
      this.problem = { message: t.term('cardEmbedProcessingFailed'), retry: false };
      this.to('ready');
      return;
    }
    this.shut();
    if (code === 'unauthorized') {
      // The frame's session check failed: the store's next call ends the session everywhere.
      this.host.session()?.store.invalidate('customer');
      this.fail({ message: t.term('cardEmbedUnauthorized'), retry: false });
      return;
    }
    const message =
      code === 'timeout'
        ? t.term('cardEmbedTimeout')
        : code === 'invalid_request'
          ? t.term('cardEmbedInvalid')
          : t.term('cardEmbedUnknown');
    this.fail({ message, retry: true });
  }

  private fail(problem: Problem): void {
    if (this.host.mode() === 'modal') {
      this.problem = null;
      this.host.actions.show(KEY, 'error', problem.message);
    } else {
      this.problem = problem;
      this.host.focus('[part=card-entry-error]');
    }
    this.host.element.requestUpdate();
  }

  /** The add button, or the open section in its place. */
  render() {
    const t = this.host.localize;
    if (this.isOpen && this.host.mode() === 'inline') return this.renderSection();
    const opening = this.phase === 'loading' || this.phase === 'saving';
    return html`<button
        type="button"
        class="secondary"
        part="add-button"
        ?disabled=${opening}
        @click=${() => this.open()}
      >
        ${opening ? t.term('cardEmbedOpening') : t.term('addMethod')}
      </button>
      ${this.host.actions.renderOutcome(KEY)}`;
  }

  private renderSection() {
    const t = this.host.localize;
    const status =
      this.phase === 'loading'
        ? t.term('cardEmbedLoading')
        : this.phase === 'saving'
          ? t.term('cardEmbedSaving')
          : '';
    const problem = this.problem;
    return html`<div
      part="card-entry"
      class="card-entry"
      role="group"
      aria-labelledby="card-entry-heading"
    >
      <h4 id="card-entry-heading" tabindex="-1">${t.term('cardEmbedHeading')}</h4>
      <p class="hint">${t.term('cardEmbedDefaultNote')}</p>
      <p class="hint" part="card-entry-status" role="status">${status}</p>
      <slot name="card-embed"></slot>
      ${
        problem
          ? html`<p part="card-entry-error" class="error" role="alert" tabindex="-1">
              ${problem.message}
            </p>`
          : nothing
      }
      <div class="row">
        ${
          problem?.retry
            ? html`<button type="button" part="card-entry-retry" @click=${() => this.open()}>
                ${t.term('cardEmbedRetry')}
              </button>`
            : nothing
        }
        <button
          type="button"
          class="secondary"
          part="card-entry-cancel"
          ?disabled=${this.phase === 'saving'}
          @click=${() => this.cancel()}
        >
          ${t.term('cardEmbedCancel')}
        </button>
      </div>
    </div>`;
  }
}
