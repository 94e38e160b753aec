import { html, nothing, type TemplateResult } from 'lit';
import type { CustomerPortalCustomer } from '../../api/types.js';
import {
  draftOf,
  formatAddress,
  renderAddressFields,
  type AddressDraft,
} from '../../internal/address-fields.js';
import type { PortalLocalize } from '../../internal/localize.js';

/** The billing details as typed, with the API's messages per field. */
export interface BillingForm {
  name: string;
  address: AddressDraft;
  taxId: string;
  errors: Record<string, string>;
  busy: boolean;
  error: string | null;
}

export const billingFormOf = (customer: CustomerPortalCustomer): BillingForm => ({
  name: customer.billing_name ?? '',
  address: draftOf(customer.billing_address),
  taxId: typeof customer.tax_id?.[0] === 'string' ? customer.tax_id[0] : '',
  errors: {},
  busy: false,
  error: null,
});

/** What a member (or a read-only merchant switch) sees: the details, not a form. */
export function renderBillingSummary(
  t: PortalLocalize,
  customer: CustomerPortalCustomer,
): TemplateResult {
  const taxId = customer.tax_id?.[0];
  return html`<dl>
    <dt>${t.term('billingName')}</dt>
    <dd>${customer.billing_name ?? '—'}</dd>
    <dt>${t.term('addressLine1')}</dt>
    <dd>${formatAddress(customer.billing_address, t.lang()) || '—'}</dd>
    ${
      typeof taxId === 'string'
        ? html`<dt>${t.term('taxId')}</dt>
            <dd>${taxId}</dd>`
        : nothing
    }
  </dl>`;
}

/** Billing name, address and tax id; the API's 422 messages beside their fields. */
export function renderBillingForm(
  t: PortalLocalize,
  form: BillingForm,
  on: {
    change: (patch: Partial<BillingForm>) => void;
    address: (field: keyof AddressDraft, value: string) => void;
    save: () => void;
  },
): TemplateResult {
  const error = (name: string) =>
    form.errors[name]
      ? html`<p class="error" id="billing-${name}-error">${form.errors[name]}</p>`
      : nothing;
  const invalid = (name: string) => ({
    invalid: form.errors[name] ? 'true' : 'false',
    described: form.errors[name] ? `billing-${name}-error` : undefined,
  });
  const name = invalid('billing_name');
  const tax = invalid('tax_id');
  return html`<form
    part="billing-form"
    novalidate
    @submit=${(e: Event) => (e.preventDefault(), on.save())}
  >
    <label for="billing-name">${t.term('billingName')}</label>
    <input
      id="billing-name"
      name="billing_name"
      autocomplete="name"
      .value=${form.name}
      aria-invalid=${name.invalid}
      aria-describedby=${name.described ?? nothing}
      @input=${(e: Event) => on.change({ name: (e.target as HTMLInputElement).value })}
    />
    ${error('billing_name')}
    ${renderAddressFields(t, 'billing', form.address, form.errors, on.address)}
    ${error('billing_address')}
    <label for="billing-tax-id">${t.term('taxId')}</label>
    <input
      id="billing-tax-id"
      name="tax_id"
      .value=${form.taxId}
      aria-invalid=${tax.invalid}
      aria-describedby="billing-tax-hint${tax.described ? ` ${tax.described}` : ''}"
      @input=${(e: Event) => on.change({ taxId: (e.target as HTMLInputElement).value })}
    />
    <p class="hint" id="billing-tax-hint">${t.term('taxIdHint')}</p>
    ${error('tax_id')}
    ${form.error ? html`<p class="error" role="alert">${form.error}</p>` : nothing}
    <div class="actions">
      <button type="submit" part="save-billing" ?disabled=${form.busy}>
        ${form.busy ? t.term('saving') : t.term('save')}
      </button>
    </div>
  </form>`;
}
