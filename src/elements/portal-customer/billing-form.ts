import { html, nothing, type TemplateResult } from 'lit';
import type { CustomerPortalCustomer, CustomerPortalCustomerUpdate } from '../../api/types.js';
import {
  addressInput,
  draftOf,
  formatAddress,
  renderAddressFields,
  type AddressDraft,
} from '../../internal/address-fields.js';
import type { PortalLocalize } from '../../internal/localize.js';

/** The billing details as typed (kept across a session expiry until saved). */
export interface BillingDraft {
  name: string;
  address: AddressDraft;
  taxId: string;
}

/** The form as the saved details fill it. */
export const billingDraftOf = (customer: CustomerPortalCustomer): BillingDraft => ({
  name: customer.billing_name ?? '',
  address: draftOf(customer.billing_address),
  taxId: typeof customer.tax_id?.[0] === 'string' ? customer.tax_id[0] : '',
});

/** What the API gets: empty fields as null; no address until a country is chosen. */
export const billingUpdate = (draft: BillingDraft): CustomerPortalCustomerUpdate => ({
  billing_name: draft.name.trim() || null,
  ...(draft.address.country ? { billing_address: addressInput(draft.address) } : {}),
  tax_id: draft.taxId.trim() || null,
});

/** How the save is going: the API's messages per field, busy, and the outcome to show. */
export interface BillingState {
  errors: Record<string, string>;
  busy: boolean;
  outcome: unknown;
}

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
  form: BillingDraft,
  state: BillingState,
  on: {
    change: (patch: Partial<BillingDraft>) => void;
    address: (field: keyof AddressDraft, value: string) => void;
    save: () => void;
  },
): TemplateResult {
  const errors = state.errors;
  const error = (name: string) =>
    errors[name] ? html`<p class="error" id="billing-${name}-error">${errors[name]}</p>` : nothing;
  const invalid = (name: string) => ({
    invalid: errors[name] ? 'true' : 'false',
    described: errors[name] ? `billing-${name}-error` : undefined,
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
    ${error('billing_name')} ${renderAddressFields(t, 'billing', form.address, errors, on.address)}
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
    ${
      Object.keys(errors).length
        ? html`<p class="error" role="alert">${t.term('fixErrors')}</p>`
        : nothing
    }
    <div class="actions">
      <button type="submit" part="save-billing" ?disabled=${state.busy}>
        ${state.busy ? t.term('saving') : t.term('save')}
      </button>
    </div>
    ${state.outcome}
  </form>`;
}
