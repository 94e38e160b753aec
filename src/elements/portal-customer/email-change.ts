import { html, nothing, type TemplateResult } from 'lit';
import type { PortalLocalize } from '../../internal/localize.js';
import { errorId, fieldError } from '../../internal/field-error.js';

export interface EmailChangeState {
  /** The new address as typed; `null` while the form is closed. */
  draft: string | null;
  /** The API's message for the address (a 422). */
  error: string | undefined;
  busy: boolean;
  /** Whether the role may change it (a team's email is its owner's to change). */
  allowed: boolean;
}

/**
 * "Change email": the button, or the form asking for the new address. The email changes only
 * once the customer opens the confirmation link Polar sends there.
 */
export function renderEmailChange(
  t: PortalLocalize,
  state: EmailChangeState,
  on: { open: () => void; input: (value: string) => void; send: () => void; close: () => void },
): TemplateResult | typeof nothing {
  if (state.draft === null)
    return state.allowed
      ? html`<button type="button" class="secondary" part="change-email" @click=${on.open}>
          ${t.term('changeEmail')}
        </button>`
      : nothing;
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
      aria-describedby=${errorId('new-email', state.error)}
      @input=${(e: Event) => on.input((e.target as HTMLInputElement).value)}
    />
    ${fieldError('new-email', state.error, true)}
    <div class="actions">
      <button type="submit" ?disabled=${state.busy}>
        ${state.busy ? t.term('saving') : t.term('sendConfirmation')}
      </button>
      <button type="button" class="secondary" @click=${on.close}>${t.term('dismiss')}</button>
    </div>
  </form>`;
}
