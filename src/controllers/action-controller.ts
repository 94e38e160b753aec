import { html, nothing, type ReactiveController, type ReactiveElement } from 'lit';
import { PortalApiError } from '../api/errors.js';
import type { PortalLocalize } from '../internal/localize.js';
import { localizedFieldErrors } from '../internal/field-messages.js';
import { describeError } from '../internal/states.js';

/** How an action ended, shown where it happened until dismissed or replaced. */
export interface Outcome {
  key: string;
  kind: 'success' | 'error';
  message: string;
}

export interface ActionOptions<T> {
  /** The confirmation to show and announce. */
  success?: (result: T) => string;
  /** The typed event to fire from the element. */
  event?: (result: T) => Event | undefined;
  /** Where focus goes once the element rendered the result (a selector in its shadow root). */
  focus?: (result: T) => string | null;
  /**
   * A 422, or the browser's own check (`FieldProblems`), fills `fieldErrors` (keyed by field
   * name) for the form's inputs to show.
   */
  fields?: boolean;
  /** A failure that the caller shows its own way (inside a dialog, say) and not as an outcome. */
  quietError?: boolean;
}

/** What `run` answers: the result, or the error it already showed. */
export type ActionResult<T> = { ok: true; value: T } | { ok: false; error: unknown };

interface ActionHost extends ReactiveElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * The one way an element runs a change: one action at a time per key (a second click while
 * busy does nothing), busy state for its button, the API's 422 as per-field errors, the outcome
 * shown next to where it happened (dismissable) and announced, focus moved to what comes next,
 * and the typed event fired. A 401 shows nothing here: the session ended, and the element
 * shows that instead, keeping what the user typed.
 */
export class ActionController implements ReactiveController {
  /** The key of the action under way. */
  pending: string | null = null;
  outcome: Outcome | null = null;
  fieldErrors: Record<string, string> = {};
  private focusNext: string | null = null;
  /** A message for the live region only (a step under way), until the next outcome. */
  private announced: string | null = null;

  constructor(
    private readonly host: ActionHost,
    private readonly localize: PortalLocalize,
  ) {
    host.addController(this);
  }

  /** Whether `key` (or, without one, any action) is under way. */
  busy(key?: string): boolean {
    return key === undefined ? this.pending !== null : this.pending === key;
  }

  async run<T>(
    key: string,
    call: () => Promise<T>,
    options: ActionOptions<T> = {},
  ): Promise<ActionResult<T>> {
    if (this.pending !== null) return { ok: false, error: new Error('busy') };
    this.pending = key;
    this.fieldErrors = {};
    if (this.outcome?.key === key) this.outcome = null;
    this.host.requestUpdate();
    try {
      const value = await call();
      const message = options.success?.(value);
      this.outcome = message ? { key, kind: 'success', message } : null;
      if (message) this.announced = null; // the success is what is read out now
      this.focusNext = options.focus?.(value) ?? null;
      const event = options.event?.(value);
      if (event) this.host.dispatchEvent(event);
      return { ok: true, value };
    } catch (error) {
      const expired = error instanceof PortalApiError && error.status === 401;
      // Every field at once, in the customer's language (`internal/field-messages.ts`).
      const fields = options.fields ? localizedFieldErrors(this.localize, error) : {};
      this.fieldErrors = fields;
      if (!expired && !options.quietError && Object.keys(fields).length === 0)
        this.outcome = { key, kind: 'error', message: describeError(this.localize, error) };
      return { ok: false, error };
    } finally {
      this.pending = null;
      this.host.requestUpdate();
    }
  }

  /** Shows an outcome that did not come from `run` (a copy to the clipboard, say). */
  show(key: string, kind: Outcome['kind'], message: string): void {
    this.outcome = { key, kind, message };
    this.announced = null;
    this.host.requestUpdate();
  }

  /**
   * Reads `message` out through the live region without showing an outcome: a step that the
   * element shows its own way (waiting for another window, say). Replaces any outcome of `key`.
   */
  announce(key: string, message: string): void {
    if (this.outcome?.key === key) this.outcome = null;
    this.announced = message;
    this.host.requestUpdate();
  }

  dismiss = (): void => {
    this.outcome = null;
    this.announced = null;
    this.host.requestUpdate();
  };

  /** Forgets errors and outcomes (the form was closed, another customer signed in). */
  reset(): void {
    this.outcome = null;
    this.announced = null;
    this.fieldErrors = {};
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (!this.focusNext) return;
    this.host.renderRoot.querySelector<HTMLElement>(this.focusNext)?.focus();
    this.focusNext = null;
  }

  /**
   * The outcome of `key` (or any key given as `keys`), visible where it is rendered: a success
   * confirmation or an error, each with a dismiss button. Errors are alerts; a success is
   * announced by `renderAnnouncement`, so it is not read twice.
   */
  renderOutcome(...keys: string[]) {
    const outcome = this.outcome;
    if (!outcome || (keys.length > 0 && !keys.includes(outcome.key))) return nothing;
    const t = this.localize;
    return html`<div
      class="outcome ${outcome.kind}"
      part="outcome ${outcome.kind === 'success' ? 'outcome-success' : 'outcome-error'}"
      role=${outcome.kind === 'error' ? 'alert' : nothing}
    >
      <span>${outcome.message}</span>
      <button
        type="button"
        class="link dismiss"
        part="dismiss-button"
        aria-label=${t.term('dismissMessage')}
        @click=${this.dismiss}
      >
        ${t.term('dismissOutcome')}
      </button>
    </div>`;
  }

  /** The element's polite live region: every success, and each `announce`, is read out once. */
  renderAnnouncement() {
    const message =
      this.announced ?? (this.outcome?.kind === 'success' ? this.outcome.message : '');
    return html`<p class="visually-hidden" part="announcement" role="status" aria-live="polite">
      ${message}
    </p>`;
  }
}
