import { html, nothing, type TemplateResult } from 'lit';
import type { PortalLocalize } from '../../internal/localize.js';
import { fieldError } from '../../internal/field-error.js';

export interface EmailChangeState {
  /** The new address as typed; `null` while the form is closed. */
  draft: string | null;
  /**
   * The address a link was last sent to and not yet confirmed, or `null`. Polar keeps one
   * pending change per customer: sending again, to it or another address, cancels that link.
   */
  pending: string | null;
  /** The API's message for the address (a 422). */
  error: string | undefined;
  busy: boolean;
  /** Whether the role may change it (a team's email is its owner's to change). */
  allowed: boolean;
}

export interface EmailChangeHandlers {
  open: () => void;
  input: (value: string) => void;
  send: () => void;
  close: () => void;
  resend: () => void;
}

/**
 * "Change email": the button, or the form asking for the new address, and while a link waits to
 * be opened, where it went and "Send a new link". The email changes only once the customer opens
 * the link Polar sends to the new address and confirms on Polar's page: there is no token to type
 * here, as there is none in Polar's own portal.
 */
export function renderEmailChange(
  t: PortalLocalize,
  state: EmailChangeState,
  on: EmailChangeHandlers,
): TemplateResult | typeof nothing {
  if (!state.allowed) return nothing;
  if (state.draft === null)
    return html`<button type="button" class="secondary" part="change-email" @click=${on.open}>
        ${t.term('changeEmail')}
      </button>
      ${renderPending(t, state, on)}`;
  return html`<form
    part="email-form"
    novalidate
    @submit=${(e: Event) => (e.preventDefault(), on.send())}
  >
    <label for="new-email">${t.term('newEmailLabel')}</label>
    <input
      id="new-email"
      type="email"
      name="email"
      autocomplete="email"
      required
      .value=${state.draft}
      aria-invalid=${state.error ? 'true' : 'false'}
      aria-describedby=${describedBy(state)}
      @input=${(e: Event) => on.input((e.target as HTMLInputElement).value)}
    />
    ${fieldError('new-email', state.error, true)}
    ${
      state.pending
        ? html`<p id="new-email-cancels" class="hint">
            ${t.term('emailChangeCancelsPending', state.pending)}
          </p>`
        : nothing
    }
    <div class="actions">
      <button type="submit" ?disabled=${state.busy}>
        ${state.busy ? t.term('saving') : t.term('sendConfirmation')}
      </button>
      <button type="button" class="secondary" @click=${on.close}>${t.term('dismiss')}</button>
    </div>
  </form>`;
}

/** The field's error (`fieldError`'s id) and, while a link waits, that sending cancels it. */
function describedBy(state: EmailChangeState) {
  const ids = [state.error ? 'new-email-error' : '', state.pending ? 'new-email-cancels' : ''];
  return ids.filter(Boolean).join(' ') || nothing;
}

/** Where the link went, and a new one; the text says a new link cancels this one. */
function renderPending(t: PortalLocalize, state: EmailChangeState, on: EmailChangeHandlers) {
  if (state.pending === null) return nothing;
  return html`<div part="email-pending" class="pending">
    <p id="email-pending-text">${t.term('emailChangeSent', state.pending)}</p>
    <button
      type="button"
      class="secondary"
      part="resend-email"
      aria-describedby="email-pending-text"
      ?disabled=${state.busy}
      @click=${on.resend}
    >
      ${state.busy ? t.term('saving') : t.term('resendEmailLink')}
    </button>
  </div>`;
}
