import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { PortalApiError, type CustomerChoice } from '../../api/errors.js';
import {
  PortalSessionExpiredEvent,
  PortalSignedInEvent,
  PortalSignedOutEvent,
} from '../../events/session-events.js';
import { registerTerms } from '../../internal/localize.js';
import { PortalElement } from '../../internal/portal-element.js';
import { login as de } from '../../locales/de/login.js';
import { login as es } from '../../locales/es/login.js';
import { login as en } from '../../locales/en/login.js';
import { controls, tokens } from '../../internal/styles.js';
import type { PortalSession, SessionChange } from '../../session/session.js';
import { loginStyles } from './portal-login.styles.js';

registerTerms({ en, de, es });

type Step = 'email' | 'choose' | 'code';

const RESEND_AFTER_MS = 30_000;
/** Both formats a code comes in: 6 digits, or Polar's 6 characters of A-Z and 0-9. */
const CODE_PATTERN = /^[A-Z0-9]{6}$/;

/** Pasted codes carry spaces, dashes and lower case: keep the six characters that matter. */
export const normalizeCode = (raw: string) => raw.replace(/[\s-]/g, '').toUpperCase();

/**
 * @tagname portal-login
 * @summary Sign-in to the customer portal: email, then the code Polar emails, then (when one
 * email has several customers) a choice of account. Shares its session with every portal
 * element of the same `api-base` and `organization-id`.
 *
 * @fires portal-signed-in - A session started. `detail`: who signed in (never the token).
 * @fires portal-signed-out - The customer signed out.
 * @fires portal-session-expired - The API ended the session.
 *
 * @csspart form - Each step's form.
 * @csspart heading - Each step's heading.
 * @csspart email-input - The email field.
 * @csspart code-input - The code field.
 * @csspart customer-choice - The list of accounts to choose from.
 * @csspart submit-button - The primary button of a step.
 * @csspart secondary-button - Resend, use another email, sign out.
 * @csspart error - The error message.
 * @csspart status - The polite announcement of results.
 * @csspart signed-in - The signed-in state.
 *
 * @cssprop --portal-color-accent - Buttons and focus.
 * @cssprop --portal-color-background - Background.
 * @cssprop --portal-color-text - Text.
 * @cssprop --portal-color-text-muted - Hints.
 * @cssprop --portal-color-border - Field borders.
 * @cssprop --portal-color-danger - Errors.
 * @cssprop --portal-radius - Corner radius.
 * @cssprop --portal-spacing - Space between parts.
 * @cssprop --portal-font-family - Font.
 * @cssprop --portal-login-max-width - Width of the form.
 */
export class PortalLogin extends PortalElement {
  static override styles = [tokens, controls, loginStyles];

  /** Render nothing once signed in (the merchant shows their own signed-in state). */
  @property({ type: Boolean, attribute: 'hide-when-signed-in' }) hideWhenSignedIn = false;

  @state() private step: Step = 'email';
  @state() private email = '';
  @state() private code = '';
  @state() private customers: CustomerChoice[] = [];
  @state() private chosenCustomer: string | null = null;
  @state() private busy = false;
  @state() private error: string | null = null;
  @state() private announcement = '';
  @state() private resendAvailableAt = 0;
  @state() private now = Date.now();
  private ticker: ReturnType<typeof setInterval> | undefined;
  private stepChanged = false;

  @query('[data-autofocus]') private autofocusTarget?: HTMLElement;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.ticker);
  }

  constructor() {
    super();
    this.sessions.listen((change, session) => this.sessionChanged(change, session));
    this.sessions.onSignInRequested(() => {
      if (this.step !== 'email') return;
      this.stepChanged = true;
      this.requestUpdate();
    });
  }

  private sessionChanged({ status, info, reason }: SessionChange, session: PortalSession): void {
    if (status === 'signed-in' && info) this.dispatchEvent(new PortalSignedInEvent(info));
    if (status === 'signed-out') {
      if (reason === 'expired') this.dispatchEvent(new PortalSessionExpiredEvent());
      if (reason === 'sign-out') this.dispatchEvent(new PortalSignedOutEvent());
      // Whoever's session expired signs in again with the same email, already typed.
      if (reason === 'expired' && session.ended) this.email = session.ended.email;
      this.goTo('email');
      this.announcement =
        reason === 'sign-out'
          ? this.localize.term('signedOut')
          : session.ended
            ? this.localize.term('sessionEnded')
            : '';
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Focus follows the steps, so keyboard and screen-reader users land on what to do next.
    if (this.stepChanged) {
      this.stepChanged = false;
      this.autofocusTarget?.focus();
    }
  }

  private goTo(step: Step): void {
    this.step = step;
    this.stepChanged = true;
    this.error = null;
  }

  private describe(error: unknown, step: Step): string {
    if (!(error instanceof PortalApiError))
      return this.localize.term('errorGeneric', String(error));
    if (error.isNetworkError) return this.localize.term('errorNetwork');
    if (error.isRateLimited)
      return this.localize.term(
        'errorRateLimited',
        Math.max(1, Math.ceil((error.retryAfter ?? 60) / 60)),
      );
    if (step === 'code' && error.status === 401) return this.localize.term('errorWrongCode');
    if (step !== 'code' && error.status === 422 && error.fieldErrors.email)
      return this.localize.term('errorInvalidEmail');
    return this.localize.term('errorGeneric', error.message);
  }

  private startResendTimer(): void {
    this.resendAvailableAt = Date.now() + RESEND_AFTER_MS;
    clearInterval(this.ticker);
    this.ticker = setInterval(() => {
      this.now = Date.now();
      if (this.now >= this.resendAvailableAt) clearInterval(this.ticker);
    }, 1000);
    this.now = Date.now();
  }

  private async requestCode(options: { resend?: boolean } = {}): Promise<void> {
    if (!this.session || this.busy) return;
    this.busy = true;
    this.error = null;
    try {
      await this.session.client.requestCode({
        email: this.email.trim(),
        organization_id: this.organizationId,
        ...(this.chosenCustomer ? { customer_id: this.chosenCustomer } : {}),
      });
      this.startResendTimer();
      if (options.resend) {
        this.announcement = this.localize.term('newCodeSent', this.email.trim());
      } else {
        this.code = '';
        this.goTo('code');
        this.announcement = this.localize.term('codeSentTo', this.email.trim());
      }
    } catch (error) {
      if (error instanceof PortalApiError && error.status === 409 && error.customers.length > 0) {
        this.customers = error.customers;
        this.chosenCustomer = error.customers[0]!.id;
        this.goTo('choose');
      } else {
        this.error = this.describe(error, this.step);
        this.stepChanged = true; // back to the field, with what was typed kept
      }
    } finally {
      this.busy = false;
    }
  }

  private async verifyCode(): Promise<void> {
    const code = normalizeCode(this.code);
    if (!this.session || this.busy || !CODE_PATTERN.test(code)) return;
    this.busy = true;
    this.error = null;
    try {
      const { token } = await this.session.client.authenticate(code);
      await this.session.signInWithToken(token);
      clearInterval(this.ticker);
      this.announcement = this.localize.term(
        'signedInAs',
        this.session.info?.name ?? this.session.info?.email ?? '',
      );
    } catch (error) {
      this.error = this.describe(error, 'code');
      this.stepChanged = true;
    } finally {
      this.busy = false;
    }
  }

  private onCodeInput(event: InputEvent): void {
    this.code = (event.target as HTMLInputElement).value;
    this.error = null;
    // A complete code signs in by itself, typed or pasted.
    if (CODE_PATTERN.test(normalizeCode(this.code))) void this.verifyCode();
  }

  private useAnotherEmail(): void {
    this.customers = [];
    this.chosenCustomer = null;
    clearInterval(this.ticker);
    this.goTo('email');
  }

  override render(): TemplateResult | typeof nothing {
    const signedIn = this.session?.status === 'signed-in';
    if (signedIn && this.hideWhenSignedIn) return html`${this.renderStatus()}`;
    return html`<div class="card">
      ${signedIn ? this.renderSignedIn() : this.renderStep()} ${this.renderStatus()}
    </div>`;
  }

  private renderStatus() {
    return html`<p class="visually-hidden" role="status" aria-live="polite" part="status">
      ${this.announcement}
    </p>`;
  }

  private renderError() {
    return this.error
      ? html`<p class="error" role="alert" id="error" part="error">${this.error}</p>`
      : nothing;
  }

  private renderStep() {
    if (this.step === 'choose') return this.renderChoice();
    if (this.step === 'code') return this.renderCode();
    return this.renderEmail();
  }

  private renderEmail() {
    const t = this.localize;
    return html`<form
      part="form"
      novalidate
      @submit=${(e: Event) => (e.preventDefault(), void this.requestCode())}
    >
      <h2 part="heading">${t.term('signInHeading')}</h2>
      <label for="email">${t.term('emailLabel')}</label>
      <input
        id="email"
        part="email-input"
        type="email"
        name="email"
        autocomplete="email"
        inputmode="email"
        required
        data-autofocus
        .value=${this.email}
        aria-describedby=${this.error ? 'error email-hint' : 'email-hint'}
        aria-invalid=${this.error ? 'true' : 'false'}
        @input=${(e: InputEvent) => (this.email = (e.target as HTMLInputElement).value)}
      />
      <p class="hint" id="email-hint">${t.term('emailHint')}</p>
      ${this.renderError()}
      <button part="submit-button" type="submit" ?disabled=${this.busy || !this.email.trim()}>
        ${this.busy ? t.term('sending') : t.term('sendCode')}
      </button>
    </form>`;
  }

  private renderChoice() {
    const t = this.localize;
    return html`<form
      part="form"
      @submit=${(e: Event) => (e.preventDefault(), void this.requestCode())}
    >
      <h2 part="heading">${t.term('chooseHeading')}</h2>
      <fieldset part="customer-choice">
        <legend>${t.term('chooseLegend')}</legend>
        ${this.customers.map(
          (customer, index) =>
            html`<label>
              <input
                type="radio"
                name="customer"
                .value=${customer.id}
                .checked=${customer.id === this.chosenCustomer}
                ?data-autofocus=${index === 0}
                @change=${() => (this.chosenCustomer = customer.id)}
              />
              ${customer.name ?? t.term('unnamedAccount')}
            </label>`,
        )}
      </fieldset>
      ${this.renderError()}
      <div class="actions">
        <button part="submit-button" type="submit" ?disabled=${this.busy}>
          ${t.term('continue')}
        </button>
        ${this.renderUseAnotherEmail()}
      </div>
    </form>`;
  }

  private renderCode() {
    const t = this.localize;
    const wait = Math.ceil((this.resendAvailableAt - this.now) / 1000);
    return html`<form
      part="form"
      novalidate
      @submit=${(e: Event) => (e.preventDefault(), void this.verifyCode())}
    >
      <h2 part="heading">${t.term('codeHeading')}</h2>
      <p class="hint">${t.term('codeSentTo', this.email.trim())}</p>
      <label for="code">${t.term('codeLabel')}</label>
      <input
        id="code"
        part="code-input"
        name="code"
        autocomplete="one-time-code"
        inputmode="text"
        autocapitalize="characters"
        spellcheck="false"
        maxlength="12"
        required
        data-autofocus
        .value=${this.code}
        aria-describedby=${this.error ? 'error code-hint' : 'code-hint'}
        aria-invalid=${this.error ? 'true' : 'false'}
        @input=${this.onCodeInput}
      />
      <p class="hint" id="code-hint">${t.term('codeHint')}</p>
      ${this.renderError()}
      <div class="actions">
        <button part="submit-button" type="submit" ?disabled=${this.busy}>
          ${this.busy ? t.term('verifying') : t.term('verify')}
        </button>
        <button
          part="secondary-button"
          class="secondary"
          type="button"
          ?disabled=${wait > 0 || this.busy}
          @click=${() => void this.requestCode({ resend: true })}
        >
          ${wait > 0 ? t.term('resendIn', wait) : t.term('resendCode')}
        </button>
        ${this.renderUseAnotherEmail()}
      </div>
    </form>`;
  }

  private renderUseAnotherEmail() {
    return html`<button
      part="secondary-button"
      class="secondary"
      type="button"
      @click=${this.useAnotherEmail}
    >
      ${this.localize.term('useAnotherEmail')}
    </button>`;
  }

  private renderSignedIn() {
    const info = this.session!.info!;
    return html`<div class="signed-in" part="signed-in">
      <span>${this.localize.term('signedInAs', info.name ?? info.email)}</span>
      <button
        part="secondary-button"
        class="secondary"
        type="button"
        @click=${() => this.session?.signOut()}
      >
        ${this.localize.term('signOut')}
      </button>
    </div>`;
  }
}
