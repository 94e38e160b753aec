import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { PortalApiError, type CustomerChoice } from '../../api/errors.js';
import { ActionController } from '../../controllers/action-controller.js';
import { CountdownController } from '../../controllers/countdown-controller.js';
import {
  PortalSessionExpiredEvent,
  PortalSignedInEvent,
  PortalSignedOutEvent,
} from '../../events/session-events.js';
import { registerTerms } from '../../internal/localize.js';
import { PortalElement } from '../../internal/portal-element.js';
import { renderOrganizationState } from '../../internal/organization-state.js';
import { controls, tokens } from '../../internal/styles.js';
import { login as en } from '../../locales/en/login.js';
import type { PortalSession, SessionChange } from '../../session/session.js';
import {
  describeLoginError,
  renderChoice,
  renderCode,
  renderEmail,
  renderSignedIn,
  type LoginAction,
  type Step,
} from './login-steps.js';
import { loginStyles } from './portal-login.styles.js';

registerTerms('login', en);

const RESEND_AFTER_MS = 30_000;
/** Both formats a code comes in: 6 digits, or Polar's 6 characters of A-Z and 0-9. */
const CODE_PATTERN = /^[A-Z0-9]{6}$/;

/** Pasted codes carry spaces, dashes and lower case: keep the six characters that matter. */
export const normalizeCode = (raw: string) => raw.replace(/[\s-]/g, '').toUpperCase();

/**
 * @tagname portal-login
 * @summary Sign-in to the customer portal: email, then the code Polar emails, then (when one
 * email has several customers) a choice of account. Shares its session with every portal
 * element of the same `api-base` and organization (`organization` slug or `organization-id`).
 * Until a slug is found it shows the loading state, and for an unknown one an error with retry.
 *
 * When the session ended under the customer, the form says so with their email already typed;
 * a "Sign in again" button in any element of the session brings focus here.
 *
 * Polar blocks sign-in for up to 15 minutes after too many attempts, and does not let the page
 * read for how long: the form says so, and counts down only a wait the answer let it read.
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
 * @csspart session-ended - Why the form is back: the session ended (the email is kept).
 * @csspart outcome - What a step's action ended in, beside its form (a new code sent, an error).
 * @csspart outcome-success - A confirmation.
 * @csspart outcome-error - An error.
 * @csspart dismiss-button - Dismisses the outcome.
 * @csspart announcement - The polite live region that reads results out.
 * @csspart signed-in - The signed-in state.
 *
 * @cssprop --portal-color-accent - Buttons and focus.
 * @cssprop --portal-color-background - Background.
 * @cssprop --portal-color-text - Text.
 * @cssprop --portal-color-text-muted - Hints.
 * @cssprop --portal-color-border - Field borders.
 * @cssprop --portal-color-danger - Errors.
 * @cssprop --portal-color-success - Confirmations.
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
  private readonly actions = new ActionController(this, this.localize);
  private readonly resend = new CountdownController(this);
  /** A rate-limit block whose end the answer let us read (never from Polar's own CORS). */
  private readonly blocked = new CountdownController(this);
  /** Focus the step's field after the next render. */
  private focusStep = false;

  constructor() {
    super();
    this.sessions.listen((change, session) => this.sessionChanged(change, session));
    // "Sign in again" anywhere in the session: the customer continues here.
    this.sessions.onSignInRequested(() => this.focus());
  }

  /** Focuses what the current step asks for: the email, an account, the code, or sign out. */
  override focus(options?: FocusOptions): void {
    if (this.isUpdatePending) this.focusStep = true;
    else this.renderRoot.querySelector<HTMLElement>('[data-autofocus]')?.focus(options);
  }

  private sessionChanged({ status, info, reason }: SessionChange, session: PortalSession): void {
    const t = this.localize;
    if (status === 'signed-in' && info) this.dispatchEvent(new PortalSignedInEvent(info));
    if (status !== 'signed-out') return;
    if (reason === 'sign-out') {
      this.dispatchEvent(new PortalSignedOutEvent());
      this.email = ''; // on purpose: the next person starts with an empty form
      this.actions.show('sign-out', 'success', t.term('signedOut'));
    } else if (reason === 'expired') {
      this.dispatchEvent(new PortalSessionExpiredEvent());
    }
    // Whoever's session expired signs in again with the same email, already typed.
    if (reason === 'expired' && session.ended) {
      this.email = session.ended.email;
      this.actions.show('session-ended', 'success', t.term('sessionEnded'));
    }
    // Focus stays where the customer is, unless it was here (the sign-out button is gone).
    this.goTo('email', this.matches(':focus-within'));
    this.resend.stop();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Focus follows the steps, so keyboard and screen-reader users land on what to do next.
    if (this.focusStep) {
      this.focusStep = false;
      this.focus();
    }
  }

  private goTo(step: Step, focus = true): void {
    this.step = step;
    if (focus) this.focusStep = true;
  }

  /** A refused step: its error beside the form, what was typed kept, focus back on the field. */
  private failed(key: LoginAction, error: unknown): void {
    if (error instanceof PortalApiError && error.status === 409 && error.customers.length > 0) {
      this.customers = error.customers;
      this.chosenCustomer = error.customers[0]!.id;
      this.goTo('choose');
      return;
    }
    if (error instanceof PortalApiError && error.isRateLimited && error.retryAfter !== null)
      this.blocked.start(error.retryAfter * 1000);
    this.actions.show(key, 'error', describeLoginError(this.localize, error, key));
    this.focusStep = true;
  }

  private async requestCode(resend = false): Promise<void> {
    const session = this.session;
    if (!session || this.actions.busy()) return;
    const key = resend ? 'resend' : this.step;
    const email = this.email.trim();
    const result = await this.actions.run(
      key,
      () =>
        session.client.requestCode({
          email,
          organization_id: session.organizationId, // the slug's organization, once found
          ...(this.chosenCustomer ? { customer_id: this.chosenCustomer } : {}),
        }),
      // The login words its own errors (a 401 is a wrong code, a 409 a choice of account).
      {
        quietError: true,
        success: () => this.localize.term(resend ? 'newCodeSent' : 'codeSentTo', email),
      },
    );
    if (!result.ok) return this.failed(key, result.error);
    this.resend.start(RESEND_AFTER_MS);
    if (!resend) {
      this.code = '';
      this.goTo('code');
    }
  }

  private async verifyCode(): Promise<void> {
    const session = this.session;
    const code = normalizeCode(this.code);
    if (!session || this.actions.busy() || !CODE_PATTERN.test(code)) return;
    const result = await this.actions.run(
      'code',
      async () => session.signInWithToken((await session.client.authenticate(code)).token),
      {
        quietError: true,
        success: (info) => this.localize.term('signedInAs', info.name ?? info.email),
      },
    );
    if (result.ok) this.resend.stop();
    else this.failed('code', result.error);
  }

  private onCodeInput = (event: InputEvent): void => {
    this.code = (event.target as HTMLInputElement).value;
    if (this.actions.outcome?.key === 'code') this.actions.dismiss();
    // A complete code signs in by itself, typed or pasted.
    if (CODE_PATTERN.test(normalizeCode(this.code))) void this.verifyCode();
  };

  private useAnotherEmail = (): void => {
    this.customers = [];
    this.chosenCustomer = null;
    this.resend.stop();
    this.goTo('email');
  };

  override render(): TemplateResult {
    const lookup = this.sessions.unresolved;
    // No form before the slug named an organization: a code could not be asked for anyway.
    if (lookup)
      return html`<div class="card">${renderOrganizationState(this.localize, lookup)}</div>`;
    const signedIn = this.session?.status === 'signed-in';
    if (signedIn && this.hideWhenSignedIn) return this.actions.renderAnnouncement();
    return html`<div class="card">
      ${signedIn ? this.renderSignedIn() : this.renderStep()} ${this.actions.renderAnnouncement()}
    </div>`;
  }

  private renderSignedIn() {
    const info = this.session!.info!;
    return renderSignedIn(this.localize, info.name ?? info.email, () => this.session?.signOut());
  }

  private renderStep(): TemplateResult {
    const common = {
      t: this.localize,
      email: this.email,
      actions: this.actions,
      blockedFor: this.blocked.secondsLeft,
      useAnotherEmail: this.useAnotherEmail,
    };
    if (this.step === 'choose')
      return renderChoice(common, {
        customers: this.customers,
        chosen: this.chosenCustomer,
        choose: (id) => (this.chosenCustomer = id),
        submit: () => void this.requestCode(),
      });
    if (this.step === 'code')
      return renderCode(common, {
        code: this.code,
        resendIn: this.resend.secondsLeft,
        input: this.onCodeInput,
        submit: () => void this.verifyCode(),
        resend: () => void this.requestCode(true),
      });
    return renderEmail(common, {
      sessionEnded: this.sessions.ended !== null,
      input: (value) => (this.email = value),
      submit: () => void this.requestCode(),
    });
  }
}
