import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type { PortalDialogCloseEvent } from '../events/dialog-events.js';
import { definePortalDialog } from './portal-dialog/define.js';

definePortalDialog();

/** What a confirmation says: for whom, what happens, and the two buttons. */
export interface ConfirmText {
  heading: string;
  body: string;
  confirm: string;
  busy: string;
  keep: string;
  /** While the action runs: what it is waiting for, read out as it changes. */
  progress?: string;
  /** The action cannot be tried again: only the keep button stays. */
  final?: boolean;
  /** `primary` for an action that takes nothing away (resuming); `danger` otherwise. */
  tone?: 'danger' | 'primary';
  /** Beside a failure: the way to fix it (add a card, say). */
  fix?: (error: unknown) => TemplateResult | typeof nothing;
}

/**
 * A confirmation before an action that costs money or access (revoke a seat, delete a card,
 * deactivate a license), as a reactive controller: `open(target)` shows a `<portal-dialog>`
 * (page inert, Escape closes, Tab cycles inside, focus back on the opener), `confirm` runs the
 * action with progress, keeps the dialog open while it runs and with the reason on failure, and
 * hands the server's answer to `done`.
 */
export class ConfirmFlow<Target, Result> implements ReactiveController {
  target: Target | null = null;
  busy = false;
  error: string | null = null;
  /** What the action threw, for `ConfirmText.fix`. */
  private failure: unknown = null;
  private opener: HTMLElement | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: ParentNode },
    private readonly name: string,
    private readonly options: {
      action: (target: Target) => Promise<Result>;
      describe: (error: unknown) => string;
      done: (result: Result, target: Target, opener: HTMLElement | null) => void;
    },
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Shows the dialog for `target`; resolves once it is rendered. */
  async open(target: Target, opener?: EventTarget | null): Promise<void> {
    this.opener = opener instanceof HTMLElement ? opener : null;
    this.target = target;
    this.busy = false;
    this.error = null;
    this.host.requestUpdate();
    await this.host.updateComplete;
  }

  /** Forgets the target, which closes the dialog; once closed, nothing is left to do. */
  close = (): void => {
    if (this.target === null) return;
    this.target = null;
    this.busy = false;
    this.error = null;
    this.host.requestUpdate();
  };

  /** While the action runs, Escape and the keep button wait for its answer. */
  private readonly keepWhileBusy = (event: PortalDialogCloseEvent): void => {
    if (this.busy) event.preventDefault();
  };

  confirm = async (): Promise<void> => {
    const target = this.target;
    if (target === null || this.busy) return;
    this.busy = true;
    this.error = null;
    this.host.requestUpdate();
    try {
      const result = await this.options.action(target);
      const opener = this.opener;
      this.close();
      this.options.done(result, target, opener);
    } catch (error) {
      this.busy = false;
      this.failure = error;
      this.error = this.options.describe(error);
      this.host.requestUpdate();
    }
  };

  render(text: (target: Target) => ConfirmText): TemplateResult {
    const target = this.target;
    const copy = target === null ? null : text(target);
    return html`<portal-dialog
      part="dialog"
      class=${this.name}
      ?open=${copy !== null}
      @portal-dialog-close=${this.keepWhileBusy}
      @portal-dialog-closed=${this.close}
    >
      ${
        copy
          ? html`<h3 slot="heading">${copy.heading}</h3>
              <p slot="description">${copy.body}</p>
              <form @submit=${(e: Event) => (e.preventDefault(), void this.confirm())}>
                ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
                ${this.error && copy.fix ? copy.fix(this.failure) : nothing}
                <p part="progress" role="status" ?hidden=${!(this.busy && copy.progress)}>
                  ${this.busy ? (copy.progress ?? '') : ''}
                </p>
                <div class="actions">
                  <button type="button" class="secondary" autofocus data-dialog="close">
                    ${copy.keep}
                  </button>
                  ${
                    copy.final && !this.busy
                      ? nothing
                      : html`<button
                          type="submit"
                          part="confirm-button"
                          class=${copy.tone === 'primary' ? 'primary' : 'danger'}
                          ?disabled=${this.busy}
                        >
                          ${this.busy ? copy.busy : copy.confirm}
                        </button>`
                  }
                </div>
              </form>`
          : nothing
      }
    </portal-dialog>`;
  }
}
