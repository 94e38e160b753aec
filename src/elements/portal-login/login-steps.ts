import { html, nothing, type TemplateResult } from 'lit';
import { PortalApiError, type CustomerChoice } from '../../api/errors.js';
import type { ActionController } from '../../controllers/action-controller.js';
import type { PortalLocalize } from '../../internal/localize.js';
import { describeError } from '../../internal/states.js';

/**
 * The templates of `<portal-login>`'s steps. The element holds the state and runs the actions;
 * these only draw a step from what they are given. The field each step starts at carries
 * `data-autofocus`, which the element focuses when the step changes.
 */

export type Step = 'email' | 'choose' | 'code';
/** The login's actions: a step's submit (keyed by the step) and `resend`. */
export type LoginAction = Step | 'resend';

/**
 * How long Polar blocks a client that asked too often: its `customer-session-login` zone (6
 * requests a minute, 12 an hour, then `block_time=900`, `server/polar/rate_limit.py`).
 */
export const SIGN_IN_BLOCK_MINUTES = 15;

/**
 * The login words its own errors: here a 401 is a wrong code, not an ended session, and a 429
 * may last Polar's whole block, of which the page learns nothing (its CORS hides
 * `Retry-After`), unless the answer did let it read the wait.
 */
export function describeLoginError(t: PortalLocalize, error: unknown, key: LoginAction): string {
  if (key === 'code' && error instanceof PortalApiError && error.status === 401)
    return t.term('errorWrongCode');
  if (error instanceof PortalApiError && error.isRateLimited) {
    return error.retryAfter === null
      ? t.term('errorSignInBlocked', SIGN_IN_BLOCK_MINUTES)
      : t.term('errorRateLimited', Math.ceil(error.retryAfter / 60));
  }
  if (error instanceof PortalApiError && error.status === 422 && error.fieldErrors.email)
    return t.term('errorInvalidEmail');
  return describeError(t, error);
}

/** What every step gets from the element. */
export interface StepContext {
  t: PortalLocalize;
  email: string;
  /** Busy buttons, and the outcome of each action beside its form. */
  actions: ActionController;
  /** Seconds until a known rate-limit block ends (0: none known). */
  blockedFor: number;
  useAnotherEmail: () => void;
}

/** `m:ss` */
const clock = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/** A step's primary button: busy, or counting down a known block, else its label. */
function submitButton(c: StepContext, key: Step, label: string, busyLabel: string, ready = true) {
  const blocked = c.blockedFor > 0;
  const text = c.actions.busy(key)
    ? busyLabel
    : blocked
      ? c.t.term('tryAgainIn', clock(c.blockedFor))
      : label;
  return html`<button
    part="submit-button"
    type="submit"
    ?disabled=${c.actions.busy() || blocked || !ready}
  >
    ${text}
  </button>`;
}

/** The outcome of these actions, in `#outcome`, which a refused field refers to. */
function outcome(c: StepContext, ...keys: string[]) {
  const shown = c.actions.renderOutcome(...keys);
  return shown === nothing ? nothing : html`<div id="outcome">${shown}</div>`;
}

/** Whether the field of `key` was refused: marked invalid and described by the error. */
const refused = (c: StepContext, key: LoginAction) =>
  c.actions.outcome?.key === key && c.actions.outcome.kind === 'error';

const submitted = (submit: () => void) => (event: Event) => {
  event.preventDefault();
  submit();
};

/** Fields name the error that refused them, then their hint. */
const describedBy = (invalid: boolean, hint: string) => (invalid ? `outcome ${hint}` : hint);

export function renderEmail(
  c: StepContext,
  step: {
    sessionEnded: boolean;
    input: (value: string) => void;
    submit: () => void;
  },
): TemplateResult {
  const t = c.t;
  const invalid = refused(c, 'email');
  return html`<form part="form" novalidate @submit=${submitted(step.submit)}>
    <h2 part="heading">${t.term('signInHeading')}</h2>
    ${step.sessionEnded ? html`<p part="session-ended">${t.term('sessionEnded')}</p>` : nothing}
    <label for="email">${t.term('emailLabel')}</label>
    <input
      id="email"
      dir="ltr"
      part="email-input"
      type="email"
      name="email"
      autocomplete="email"
      inputmode="email"
      required
      data-autofocus
      .value=${c.email}
      aria-describedby=${describedBy(invalid, 'email-hint')}
      aria-invalid=${invalid ? 'true' : 'false'}
      @input=${(e: InputEvent) => step.input((e.target as HTMLInputElement).value)}
    />
    <p class="hint" id="email-hint">${t.term('emailHint')}</p>
    ${outcome(c, 'email', 'sign-out')}
    ${submitButton(c, 'email', t.term('sendCode'), t.term('sending'), !!c.email.trim())}
  </form>`;
}

export function renderChoice(
  c: StepContext,
  step: {
    customers: CustomerChoice[];
    chosen: string | null;
    choose: (id: string) => void;
    submit: () => void;
  },
): TemplateResult {
  const t = c.t;
  return html`<form part="form" @submit=${submitted(step.submit)}>
    <h2 part="heading">${t.term('chooseHeading')}</h2>
    <fieldset part="customer-choice">
      <legend>${t.term('chooseLegend')}</legend>
      ${step.customers.map(
        (customer, index) =>
          html`<label>
            <input
              type="radio"
              name="customer"
              .value=${customer.id}
              .checked=${customer.id === step.chosen}
              ?data-autofocus=${index === 0}
              @change=${() => step.choose(customer.id)}
            />
            ${customer.name ?? t.term('unnamedAccount')}
          </label>`,
      )}
    </fieldset>
    ${outcome(c, 'choose')}
    <div class="actions">
      ${submitButton(c, 'choose', t.term('continue'), t.term('sending'))}
      ${renderUseAnotherEmail(c)}
    </div>
  </form>`;
}

export function renderCode(
  c: StepContext,
  step: {
    code: string;
    /** Seconds until a new code may be asked for. */
    resendIn: number;
    input: (event: InputEvent) => void;
    submit: () => void;
    resend: () => void;
  },
): TemplateResult {
  const t = c.t;
  const invalid = refused(c, 'code');
  return html`<form part="form" novalidate @submit=${submitted(step.submit)}>
    <h2 part="heading">${t.term('codeHeading')}</h2>
    <p class="hint">${t.term('codeSentTo', c.email.trim())}</p>
    <label for="code">${t.term('codeLabel')}</label>
    <input
      id="code"
      dir="ltr"
      part="code-input"
      name="code"
      autocomplete="one-time-code"
      inputmode="text"
      autocapitalize="characters"
      spellcheck="false"
      maxlength="12"
      required
      data-autofocus
      .value=${step.code}
      aria-describedby=${describedBy(invalid, 'code-hint')}
      aria-invalid=${invalid ? 'true' : 'false'}
      @input=${step.input}
    />
    <p class="hint" id="code-hint">${t.term('codeHint')}</p>
    ${outcome(c, 'code', 'resend')}
    <div class="actions">
      ${submitButton(c, 'code', t.term('verify'), t.term('verifying'))}
      <button
        part="secondary-button"
        class="secondary"
        type="button"
        ?disabled=${step.resendIn > 0 || c.blockedFor > 0 || c.actions.busy()}
        @click=${step.resend}
      >
        ${step.resendIn > 0 ? t.term('resendIn', step.resendIn) : t.term('resendCode')}
      </button>
      ${renderUseAnotherEmail(c)}
    </div>
  </form>`;
}

function renderUseAnotherEmail(c: StepContext): TemplateResult {
  return html`<button
    part="secondary-button"
    class="secondary"
    type="button"
    @click=${c.useAnotherEmail}
  >
    ${c.t.term('useAnotherEmail')}
  </button>`;
}

export function renderSignedIn(
  t: PortalLocalize,
  name: string,
  signOut: () => void,
): TemplateResult {
  return html`<div class="signed-in" part="signed-in">
    <span>${t.term('signedInAs', name)}</span>
    <button
      part="secondary-button"
      class="secondary"
      type="button"
      data-autofocus
      @click=${signOut}
    >
      ${t.term('signOut')}
    </button>
  </div>`;
}
