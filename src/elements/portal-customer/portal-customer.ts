import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { PortalApiError } from '../../api/errors.js';
import type {
  CustomerPaymentMethod,
  CustomerPortalCustomer,
  ListResourceCustomerPaymentMethod,
} from '../../api/types.js';
import { PortalCustomerUpdatedEvent } from '../../events/customer-events.js';
import { addressInput } from '../../internal/address-fields.js';
import { ApiTask } from '../../internal/api-task.js';
import { registerTerms } from '../../internal/localize.js';
import { PortalElement } from '../../internal/portal-element.js';
import { describeError, renderLoadError, renderLoading } from '../../internal/states.js';
import { controls, resource, tokens } from '../../internal/styles.js';
import { customer as de } from '../../locales/de/customer.js';
import { customer as es } from '../../locales/es/customer.js';
import { customer as en } from '../../locales/en/customer.js';
import {
  billingFormOf,
  renderBillingForm,
  renderBillingSummary,
  type BillingForm,
} from './billing-form.js';
import type { PaymentMethodCollector } from './card-collector.js';
import { PaymentMethods } from './payment-methods.js';
import { customerStyles } from './portal-customer.styles.js';

registerTerms({ en, de, es });

/**
 * @tagname portal-customer
 * @summary The signed-in customer's account: profile (email, with the confirmation-link email
 * change), billing name, address and tax id (the API's 422 messages beside their fields), and
 * payment methods (brand, last 4, expiry, default; make default, delete with confirmation, add).
 *
 * Adding a card is handed to Polar's hosted card form: card numbers never pass through the
 * portal. Give the element a `paymentMethodCollector` that shows that form and resolves with
 * its confirmation token (and completes 3-D Secure). Against the mock (any `api-base` other
 * than Polar's), a clearly labelled test-card form stands in for it.
 *
 * @fires portal-customer-updated - Billing details were saved; `detail` is the customer.
 * @fires portal-payment-method-added - A card was added; `detail` is the payment method.
 * @fires portal-payment-method-removed - A card was deleted; `detail` is the payment method.
 * @fires portal-payment-method-default-changed - Another card became the default.
 *
 * @csspart signed-out - The sentence shown while no one is signed in.
 * @csspart loading - The announced skeleton.
 * @csspart error - A load error with its retry button.
 * @csspart profile - Email and name.
 * @csspart email-form - The change-email form.
 * @csspart billing-details - The billing details section.
 * @csspart billing-form - The billing details form.
 * @csspart save-billing - Its save button.
 * @csspart payment-methods - The payment methods section.
 * @csspart payment-method - One payment method.
 * @csspart default-badge - The default payment method's badge.
 * @csspart add-button - "Add a payment method".
 * @csspart card-form - The mock's test-card form.
 * @csspart dialog - The delete confirmation.
 * @csspart confirm-button - The dialog's confirming button.
 *
 * @cssprop --portal-color-accent - Buttons and the default badge.
 * @cssprop --portal-color-danger - Errors and the delete button.
 */
export class PortalCustomer extends PortalElement {
  static override styles = [tokens, controls, resource, customerStyles];

  /** Shows Polar's card form and hands back its confirmation token (see above). */
  @property({ attribute: false }) paymentMethodCollector: PaymentMethodCollector | null = null;

  @state() private updated_: CustomerPortalCustomer | null = null;
  @state() private billing: BillingForm | null = null;
  @state() private emailForm: { value: string; busy: boolean; error: string | null } | null = null;
  @state() announcement = '';
  private billingFor: string | null = null;

  private readonly customerTask = new ApiTask<[], CustomerPortalCustomer>(this, {
    session: () => this.session,
    run: (client) => client.getCustomer(),
  });

  /** Only those who may manage billing can list payment methods (a member gets 403). */
  readonly methodsTask = new ApiTask<[boolean], ListResourceCustomerPaymentMethod | null>(this, {
    session: () => this.session,
    args: () => [this.canManageBilling && !this.isHidden('payment-methods')] as [boolean],
    run: (client, [allowed]) =>
      allowed ? client.listPaymentMethods({ limit: 100 }) : Promise.resolve(null),
  });

  private readonly methods = new PaymentMethods(this);

  /** The customer as last answered by the API (a save's answer replaces the loaded one). */
  get customer(): CustomerPortalCustomer | null {
    const loaded = this.customerTask.value ?? null;
    return this.updated_ && this.updated_.id === loaded?.id ? this.updated_ : loaded;
  }

  set customer(customer: CustomerPortalCustomer) {
    this.updated_ = customer;
  }

  get client() {
    return this.session?.client ?? null;
  }

  get t() {
    return this.localize;
  }

  describe = (error: unknown) => describeError(this.localize, error);

  /** Whether adding cards goes to the mock's stand-in form (not Polar's API). */
  get usesMock(): boolean {
    return Boolean(this.apiBase) && !/^https:\/\/(sandbox-)?api\.polar\.sh/.test(this.apiBase!);
  }

  /** For the sections: whether the session's role may manage billing. */
  get canManageBillingNow(): boolean {
    return this.canManageBilling;
  }

  canChangeMethods(): boolean {
    return this.canChange('payment-methods');
  }

  /** For the sections: focus `selector` after the next render. */
  focusLater(selector: string): void {
    this.focusAfterRender(selector);
  }

  private async saveBilling(): Promise<void> {
    const form = this.billing;
    const client = this.client;
    if (!form || !client || form.busy) return;
    this.billing = { ...form, busy: true, error: null, errors: {} };
    try {
      const customer = await client.updateCustomer({
        billing_name: form.name.trim() || null,
        ...(form.address.country ? { billing_address: addressInput(form.address) } : {}),
        tax_id: form.taxId.trim() || null,
      });
      this.customer = customer;
      this.billing = billingFormOf(customer);
      this.announcement = this.localize.term('billingSavedAnnouncement');
      this.dispatchEvent(new PortalCustomerUpdatedEvent(customer));
    } catch (error) {
      const errors = error instanceof PortalApiError ? error.fieldErrors : {};
      const known = Object.keys(errors).length > 0;
      this.billing = {
        ...form,
        busy: false,
        errors,
        error: known ? this.localize.term('fixErrors') : this.describe(error),
      };
    }
  }

  private async requestEmailChange(): Promise<void> {
    const form = this.emailForm;
    const client = this.client;
    if (!form || !client || form.busy) return;
    this.emailForm = { ...form, busy: true, error: null };
    try {
      await client.requestEmailUpdate(form.value.trim());
      this.emailForm = null;
      this.announcement = this.localize.term('emailChangeSent', form.value.trim());
      this.focusLater('[part=profile] [part=change-email]');
    } catch (error) {
      const fields = error instanceof PortalApiError ? error.fieldErrors : {};
      this.emailForm = { ...form, busy: false, error: fields.email ?? this.describe(error) };
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The form starts from the loaded details, and starts again for another customer.
    const customer = this.customer;
    if (customer && this.billingFor !== customer.id) {
      this.billingFor = customer.id;
      this.billing = billingFormOf(customer);
    }
  }

  override render(): TemplateResult {
    const t = this.localize;
    if (this.session?.status !== 'signed-in')
      return html`<p part="signed-out">${t.term('accountSignIn')}</p>`;
    return html`<section aria-labelledby="heading">
      <h2 id="heading">${t.term('accountHeading')}</h2>
      ${this.customerTask.task.render({
        pending: () => renderLoading(t.term('accountLoading')),
        error: (error) => renderLoadError(t, error, () => this.customerTask.retry()),
        complete: () => {
          const customer = this.customer;
          return customer
            ? html`${this.renderProfile(customer)} ${this.renderBilling(customer)}
              ${this.methods.render(customer)}`
            : nothing;
        },
      })}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
    </section>`;
  }

  private renderProfile(customer: CustomerPortalCustomer): TemplateResult {
    const t = this.localize;
    const info = this.session?.info;
    const email = info?.kind === 'member' ? info.email : customer.email;
    const name = info?.kind === 'member' ? info.name : customer.name;
    const canChangeEmail = this.canManageBilling && customer.type !== 'team';
    const form = this.emailForm;
    return html`<div part="profile" class="block">
      <h3>${t.term('profileHeading')}</h3>
      <dl>
        <dt>${t.term('profileEmail')}</dt>
        <dd>${email ?? '—'}</dd>
        <dt>${t.term('profileName')}</dt>
        <dd>${name ?? '—'}</dd>
      </dl>
      ${
        form
          ? html`<form
              part="email-form"
              novalidate
              @submit=${(e: Event) => (e.preventDefault(), void this.requestEmailChange())}
            >
              <label for="new-email">${t.term('newEmailLabel')}</label>
              <input
                id="new-email"
                type="email"
                name="email"
                autocomplete="email"
                required
                .value=${form.value}
                aria-invalid=${form.error ? 'true' : 'false'}
                aria-describedby=${form.error ? 'new-email-error' : nothing}
                @input=${(e: Event) =>
                  (this.emailForm = { ...form, value: (e.target as HTMLInputElement).value })}
              />
              ${form.error ? html`<p class="error" id="new-email-error" role="alert">${form.error}</p>` : nothing}
              <div class="actions">
                <button type="submit" ?disabled=${form.busy}>
                  ${form.busy ? t.term('saving') : t.term('sendConfirmation')}
                </button>
                <button
                  type="button"
                  class="secondary"
                  @click=${() => ((this.emailForm = null), this.focusLater('[part=change-email]'))}
                >
                  ${t.term('dismiss')}
                </button>
              </div>
            </form>`
          : canChangeEmail
            ? html`<button
                type="button"
                class="secondary"
                part="change-email"
                @click=${() => {
                  this.emailForm = { value: '', busy: false, error: null };
                  this.focusLater('#new-email');
                }}
              >
                ${t.term('changeEmail')}
              </button>`
            : nothing
      }
    </div>`;
  }

  private renderBilling(customer: CustomerPortalCustomer): TemplateResult | typeof nothing {
    const t = this.localize;
    if (this.isHidden('billing-details')) return nothing;
    const editable = this.canChange('billing-details');
    return html`<div part="billing-details" class="block">
      <h3>${t.term('billingHeading')}</h3>
      ${
        editable && this.billing
          ? renderBillingForm(t, this.billing, {
              // Patches, not whole forms: two quick inputs must not undo each other.
              change: (patch) => this.billing && (this.billing = { ...this.billing, ...patch }),
              address: (field, value) =>
                this.billing &&
                (this.billing = {
                  ...this.billing,
                  address: { ...this.billing.address, [field]: value },
                }),
              save: () => void this.saveBilling(),
            })
          : html`${renderBillingSummary(t, customer)}
            ${this.canManageBilling ? nothing : html`<p class="hint">${t.term('billingReadOnly')}</p>`}`
      }
    </div>`;
  }
}

export type { CustomerPaymentMethod };
