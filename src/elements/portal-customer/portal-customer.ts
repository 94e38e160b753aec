import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CustomerPortalCustomer } from '../../api/types.js';
import { ActionController } from '../../controllers/action-controller.js';
import { PlaceController } from '../../controllers/place-controller.js';
import { ResourceController } from '../../controllers/resource-controller.js';
import { PortalCustomerUpdatedEvent } from '../../events/customer-events.js';
import { registerTerms } from '../../internal/localize.js';
import { PortalElement } from '../../internal/portal-element.js';
import { renderLoadError, renderLoading } from '../../internal/states.js';
import { controls, resource, tokens } from '../../internal/styles.js';
import { customer as en } from '../../locales/en/customer.js';
import {
  billingDraftOf,
  billingUpdate,
  renderBillingForm,
  renderBillingSummary,
  type BillingDraft,
} from './billing-form.js';
import type { EmbedMode } from '../../payments/embed-location.js';
import type { PaymentMethodCollector } from './card-collector.js';
import { OrganizationSettings } from '../../controllers/organization-settings.js';
import { checkAddress, FieldProblems } from '../../internal/field-messages.js';
import { renderEmailChange } from './email-change.js';
import { PaymentMethods } from './payment-methods.js';
import { customerStyles } from './portal-customer.styles.js';

registerTerms('customer', en);

/**
 * @tagname portal-customer
 * @summary The signed-in customer's account: profile (email, with the confirmation-link email
 * change: where the link went, a new link on request, and that a new one cancels the last), billing name, address and tax id (the API's 422 messages beside their fields), and
 * payment methods (brand, last 4, expiry, default; make default, delete with confirmation, add).
 * Every change ends in a visible, dismissable confirmation or error where it happened. If the
 * session ends mid-way, what was typed is kept for when the same customer signs in again.
 *
 * Changing the email works as in Polar's portal: the element asks Polar to mail a link to the new
 * address and says so; the email changes once the customer opens that link and confirms on
 * Polar's page (against the mock, the mock's stand-in page at `/{slug}/portal/verify-email`).
 * There is no token to type here. Polar keeps one pending change per customer, so "Send a new
 * link", or a request for another address, cancels the link sent before.
 *
 * Adding a card opens Polar's card embed, the frame Polar's own portal uses
 * (`/embed/payment-method` on `polar.sh`, `sandbox.polar.sh`, or the mock's stand-in): card
 * numbers never pass through the merchant's page. It opens inline (`card-entry="inline"`, the
 * frame placed in this element's `card-embed` slot) or as Polar's modal (`card-entry="modal"`),
 * in the element's theme and language, and a saved card appears in the list, focused. A page
 * with a Content-Security-Policy must allow the frame (`frame-src https://polar.sh`). A page
 * with its own card form gives it as `paymentMethodCollector` instead.
 *
 * @fires portal-customer-updated - Billing details were saved; `detail` is the customer.
 * @fires portal-payment-method-added - A card was added; `detail` is the payment method.
 * @fires portal-payment-method-removed - A card was deleted; `detail` is the payment method.
 * @fires portal-payment-method-default-changed - Another card became the default.
 *
 * @csspart signed-out - The sentence shown while no one is signed in.
 * @csspart session-ended - The session ended: what to do, with the sign-in button.
 * @csspart sign-in-again-button - Signs in again (the account keeps what was typed).
 * @csspart loading - The announced skeleton.
 * @csspart error - A load error with its retry button.
 * @csspart profile - Email and name.
 * @csspart change-email - "Change email".
 * @csspart email-form - The change-email form.
 * @csspart email-pending - Where the confirmation link went, until the email is changed.
 * @csspart resend-email - Sends a new link to the same address (the one before stops working).
 * @csspart billing-details - The billing details section.
 * @csspart billing-form - The billing details form.
 * @csspart save-billing - Its save button.
 * @csspart payment-methods - The payment methods section.
 * @csspart empty - No payment method yet.
 * @csspart payment-method - One payment method.
 * @csspart default-badge - The default payment method's badge.
 * @csspart default-button - Makes a card the default.
 * @csspart delete-button - Deletes a card (after the confirmation).
 * @csspart add-button - "Add a payment method".
 * @csspart no-default - Said when the customer has cards but none is the default (Polar leaves
 * none after the default card is deleted).
 * @csspart card-entry - The open "Add a card" section around Polar's frame.
 * @csspart card-entry-status - What the frame is doing (loading, saving), a live region.
 * @csspart card-entry-error - Why the card was not saved, or the frame did not load.
 * @csspart card-entry-retry - Opens the frame again after it failed to load.
 * @csspart card-entry-cancel - Closes the section (not while the card is being saved).
 *
 * @slot card-embed - Where the element puts Polar's inline frame; leave it to the element.
 * @csspart dialog - The delete confirmation.
 * @csspart confirm-button - The dialog's confirming button.
 * @csspart outcome - How an action ended, where it happened; also `outcome-success` or `outcome-error`.
 * @csspart outcome-success - A confirmation.
 * @csspart outcome-error - An error.
 * @csspart dismiss-button - Dismisses an outcome.
 * @csspart announcement - The live region reading each confirmation out (visually hidden).
 *
 * @cssprop --portal-color-accent - Buttons and the default badge.
 * @cssprop --portal-color-danger - Errors and the delete button.
 */
export class PortalCustomer extends PortalElement {
  static override styles = [tokens, controls, resource, customerStyles];

  /**
   * How Polar's card form opens: `inline` in the payment methods section (the frame is a child of
   * this element, `slot="card-embed"`), or `modal`, Polar's dialog over the whole window.
   */
  @property({ attribute: 'card-entry' }) cardEntry: EmbedMode = 'inline';
  /**
   * Where Polar's card form is served, when `api-base` is not Polar's own API or the mock (an API
   * behind a proxy): an `https:` origin. By default `https://polar.sh` for Polar's API,
   * `https://sandbox.polar.sh` for its sandbox, and the API's own origin for anything else.
   */
  @property({ attribute: 'card-embed-origin' }) cardEmbedOrigin: string | null = null;
  /**
   * The page's own card form instead of Polar's: `{ collect(), authenticate? }`, resolving with
   * a confirmation token (see above). Most pages leave it unset.
   */
  @property({ attribute: false }) paymentMethodCollector: PaymentMethodCollector | null = null;

  /** The billing details as typed; `null` shows the saved ones. */
  @state() private billingDraft: BillingDraft | null = null;
  /** The new email as typed; `null` while the form is closed. */
  @state() private emailDraft: string | null = null;
  /** Where the last confirmation link went, until the customer's email is that address. */
  @state() private emailPending: string | null = null;

  private readonly actions = new ActionController(this, this.localize);

  /** The drafts are kept for the person who typed them, through a session expiry. */
  protected readonly place = new PlaceController(this, this.sessions, () => {
    this.billingDraft = null;
    this.emailDraft = null;
    this.emailPending = null;
    this.actions.reset();
  });

  private readonly customer = new ResourceController(this, {
    session: () => this.session,
    kind: 'customer',
    load: (client) => client.getCustomer(),
  });

  private readonly organizationSettings = new OrganizationSettings(this, () => this.session);

  private readonly methods = new PaymentMethods({
    element: this,
    localize: this.localize,
    actions: this.actions,
    session: () => this.session,
    collector: () => this.paymentMethodCollector,
    embedMode: () => this.cardEntry,
    theme: () =>
      this.theme === 'auto'
        ? matchMedia('(prefers-color-scheme: dark)').matches
          ? 'dark'
          : 'light'
        : this.theme,
    embedOrigin: () => this.cardEmbedOrigin,
    listed: () => this.canManageBilling && !this.isHidden('payment-methods'),
    editable: () => this.canChange('payment-methods'),
  });

  private async saveBilling(customer: CustomerPortalCustomer): Promise<void> {
    const draft = this.billingDraft ?? billingDraftOf(customer);
    const result = await this.actions.run(
      'save-billing',
      async () => {
        // Checked before sending, every field at once (`internal/field-messages.ts`).
        const problems = checkAddress(this.localize, draft.address, { forInvoice: false });
        if (Object.keys(problems).length) throw new FieldProblems(problems);
        return this.session!.store.updateCustomer(billingUpdate(draft));
      },
      {
        fields: true,
        success: () => this.localize.term('billingSavedAnnouncement'),
        event: (saved) => new PortalCustomerUpdatedEvent(saved),
      },
    );
    // Saved: the form shows the store's details again (unless typing went on meanwhile).
    if (result.ok && this.billingDraft === draft) this.billingDraft = null;
    // Refused field by field: the first field to fix is where the customer goes next.
    else if (!result.ok && Object.keys(this.actions.fieldErrors).length)
      this.focusAfterRender('[part=billing-form] [aria-invalid=true]');
  }

  /**
   * Sends the link to `email` (the draft, or again to the pending address). Polar keeps one
   * pending change per customer, so any send cancels the link before it; the texts say so. On
   * an error the form stays open with what was typed.
   */
  private async requestEmailChange(resend = false): Promise<void> {
    const email = resend ? this.emailPending : this.emailDraft?.trim();
    if (email === null || email === undefined) return;
    await this.actions.run(
      'change-email',
      async () => {
        await this.session!.store.requestEmailUpdate(email);
        this.emailDraft = null; // closed before the outcome renders, so focus finds the button
        this.emailPending = email;
      },
      {
        fields: true,
        // Read out by the live region; the pending block shows where the link went.
        success: () => this.localize.term(resend ? 'emailLinkResent' : 'emailChangeSent', email),
        focus: () => '[part=resend-email]',
      },
    );
  }

  override render(): TemplateResult {
    const t = this.localize;
    if (this.session?.status !== 'signed-in') return this.renderSignedOut(t.term('accountSignIn'));
    return html`<section aria-labelledby="heading">
      <h2 id="heading">${t.term('accountHeading')}</h2>
      ${this.customer.render({
        pending: () => renderLoading(t.term('accountLoading')),
        error: (error) =>
          renderLoadError(t, error, () => (void this.customer.retry(), this.methods.retry())),
        complete: (customer) =>
          html`${this.renderProfile(customer)} ${this.renderBilling(customer)}
          ${this.isHidden('payment-methods') ? nothing : this.methods.render(customer)}`,
      })}
      ${this.actions.renderAnnouncement()}
    </section>`;
  }

  private renderProfile(customer: CustomerPortalCustomer): TemplateResult {
    const t = this.localize;
    const info = this.session?.info;
    const member = info?.kind === 'member';
    return html`<div part="profile" class="block">
      <h3>${t.term('profileHeading')}</h3>
      <dl>
        <dt>${t.term('profileEmail')}</dt>
        <dd>${(member ? info.email : customer.email) ?? '—'}</dd>
        <dt>${t.term('profileName')}</dt>
        <dd>${(member ? info.name : customer.name) ?? '—'}</dd>
      </dl>
      ${renderEmailChange(
        t,
        {
          draft: this.emailDraft,
          pending: this.pendingEmail(customer),
          error: this.emailDraft === null ? undefined : this.actions.fieldErrors.email,
          busy: this.actions.busy('change-email'),
          // Only where the organization allows it (Polar answers 403 NotPermitted otherwise).
          allowed:
            this.canManageBilling &&
            customer.type !== 'team' &&
            this.organizationSettings.emailChangeAllowed,
        },
        {
          // A pending address comes back in the field: a typo is fixed, not retyped.
          open: () => (
            (this.emailDraft = this.emailPending ?? ''),
            this.focusAfterRender('#new-email')
          ),
          input: (value) => (this.emailDraft = value),
          send: () => void this.requestEmailChange(),
          close: () => ((this.emailDraft = null), this.focusAfterRender('[part=change-email]')),
          resend: () => void this.requestEmailChange(true),
        },
      )}
      ${this.emailChangeError()}
    </div>`;
  }

  /** The pending address, until the loaded email is it (the link was opened and confirmed). */
  private pendingEmail(customer: CustomerPortalCustomer): string | null {
    const pending = this.emailPending;
    return pending && customer.email?.toLowerCase() !== pending.toLowerCase() ? pending : null;
  }

  /** Only errors show as an outcome here: a sent link is the pending block, not a banner. */
  private emailChangeError() {
    return this.actions.outcome?.kind === 'error'
      ? this.actions.renderOutcome('change-email')
      : nothing;
  }

  private renderBilling(customer: CustomerPortalCustomer): TemplateResult | typeof nothing {
    const t = this.localize;
    if (this.isHidden('billing-details')) return nothing;
    const form = this.billingDraft ?? billingDraftOf(customer);
    // Patches, not whole forms: two quick inputs must not undo each other.
    const change = (patch: Partial<BillingDraft>) =>
      (this.billingDraft = { ...(this.billingDraft ?? billingDraftOf(customer)), ...patch });
    // The email form's 422 is shown there; every other field is the billing form's.
    const errors = Object.fromEntries(
      Object.entries(this.actions.fieldErrors).filter(([field]) => field !== 'email'),
    );
    return html`<div part="billing-details" class="block">
      <h3>${t.term('billingHeading')}</h3>
      ${
        this.canChange('billing-details')
          ? renderBillingForm(
              t,
              form,
              {
                errors,
                busy: this.actions.busy('save-billing'),
                outcome: this.actions.renderOutcome('save-billing'),
              },
              {
                change,
                address: (field, value) =>
                  change({
                    address: { ...(this.billingDraft ?? form).address, [field]: value },
                  }),
                save: () => void this.saveBilling(customer),
              },
            )
          : html`${renderBillingSummary(t, customer)}
            ${this.canManageBilling ? nothing : html`<p class="hint">${t.term('billingReadOnly')}</p>`}`
      }
    </div>`;
  }
}
