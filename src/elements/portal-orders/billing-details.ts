import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { CustomerOrder } from '../../api/types.js';
import { PortalOrderUpdatedEvent } from '../../events/order-events.js';
import { errorId, fieldError } from '../../internal/field-error.js';
import {
  addressInput,
  draftOf,
  renderAddressFields,
  type AddressDraft,
} from '../../internal/address-fields.js';
import { checkAddress, FieldProblems } from '../../internal/field-messages.js';
import type { OrdersContext } from './orders-context.js';

/** The billing details form of one order, as typed. */
export interface BillingDraft {
  orderId: string;
  name: string;
  address: AddressDraft;
}

/** The fields the form shows next to their input; a 422 on any other is listed above the buttons. */
const SHOWN_FIELDS = new Set([
  'billing_name',
  'line1',
  'line2',
  'postal_code',
  'city',
  'state',
  'country',
]);

/**
 * The billing details an invoice is issued to, edited per order until the invoice exists. The
 * draft is the element's own (not the store's): it survives a session that ends while the form
 * is open, so the customer who signs in again finds what they typed; saving goes through the
 * store, whose answer replaces the order wherever it is shown.
 */
export class OrderBilling implements ReactiveController {
  draft: BillingDraft | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly ctx: OrdersContext,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  private key = (orderId: string) => `billing:${orderId}`;

  /** Opens the form with the order's details; `notice` says why it opened by itself. */
  edit(order: CustomerOrder, notice?: string): void {
    this.ctx.actions.reset();
    this.draft = {
      orderId: order.id,
      name: order.billing_name ?? '',
      address: draftOf(order.billing_address),
    };
    if (notice) this.ctx.actions.show(this.key(order.id), 'error', notice);
    this.ctx.focus(`#billing-${order.id}-name`);
    this.host.requestUpdate();
  }

  /** Closes the form without saving; focus back on the order's details button. */
  cancel(): void {
    const orderId = this.draft?.orderId;
    this.draft = null;
    this.ctx.actions.reset();
    if (orderId) this.ctx.focus(`[data-id="${orderId}"] [part=details-button]`);
    this.host.requestUpdate();
  }

  /** Another person signed in: their form starts empty. */
  reset(): void {
    this.draft = null;
  }

  private change(next: Partial<BillingDraft>): void {
    if (!this.draft) return;
    this.draft = { ...this.draft, ...next };
    this.host.requestUpdate();
  }

  async save(): Promise<void> {
    const draft = this.draft;
    const session = this.ctx.session();
    if (!draft || !session) return;
    const t = this.ctx.localize;
    await this.ctx.actions.run(
      this.key(draft.orderId),
      async () => {
        // Checked here first, every field at once: an invoice needs all of it (Polar's API
        // would take an empty name and any postal code, and the invoice would fail later).
        const problems = checkAddress(t, draft.address, { forInvoice: true });
        if (!draft.name.trim()) problems.billing_name = t.term('fieldRequired');
        if (Object.keys(problems).length) throw new FieldProblems(problems);
        const order = await session.store.updateOrder(draft.orderId, {
          billing_name: draft.name.trim() || null,
          billing_address: draft.address.country ? addressInput(draft.address) : null,
        });
        // Closed before the controller renders, so focus finds the edit button again.
        if (this.draft === draft) this.draft = null;
        return order;
      },
      {
        success: () => t.term('billingSaved'),
        event: (order) => new PortalOrderUpdatedEvent(order),
        focus: (order) => `[data-id="${order.id}"] [part=edit-billing-button]`,
        fields: true,
      },
    );
    // Refused field by field: the first field to fix is where the customer goes next.
    if (Object.keys(this.ctx.actions.fieldErrors).length)
      this.ctx.focus('[part=billing-form] [aria-invalid=true]');
  }

  /** The form of `orderId`, or nothing when it is not open. */
  render(orderId: string) {
    const draft = this.draft;
    if (draft?.orderId !== orderId) return nothing;
    const t = this.ctx.localize;
    const actions = this.ctx.actions;
    const errors = actions.fieldErrors;
    const others = Object.entries(errors).filter(([field]) => !SHOWN_FIELDS.has(field));
    const busy = actions.busy(this.key(orderId));
    const prefix = `billing-${orderId}`;
    return html`<form
      part="billing-form"
      novalidate
      @submit=${(e: Event) => (e.preventDefault(), void this.save())}
    >
      <fieldset>
        <legend>${t.term('billingDetailsLegend')}</legend>
        <label for="${prefix}-name">${t.term('billingName')}</label>
        <input
          id="${prefix}-name"
          name="billing_name"
          autocomplete="name"
          .value=${draft.name}
          aria-invalid=${errors.billing_name ? 'true' : 'false'}
          aria-describedby=${errorId(`${prefix}-name`, errors.billing_name)}
          @input=${(e: Event) => this.change({ name: (e.target as HTMLInputElement).value })}
        />
        ${fieldError(`${prefix}-name`, errors.billing_name)}
        ${renderAddressFields(t, prefix, draft.address, errors, (field, value) =>
          // The latest draft, not this render's: a country change also clears the state.
          this.change({ address: { ...this.draft!.address, [field]: value } }),
        )}
      </fieldset>
      ${
        Object.keys(errors).length > 0
          ? html`<div class="error" role="alert">
              <p>${t.term('fixErrors')}</p>
              ${others.map(([, message]) => html`<p>${message}</p>`)}
            </div>`
          : nothing
      }
      ${actions.renderOutcome(this.key(orderId))}
      <div class="actions">
        <button type="submit" part="save-billing" ?disabled=${busy}>
          ${busy ? t.term('saving') : t.term('save')}
        </button>
        <button type="button" class="secondary" @click=${() => this.cancel()}>
          ${t.term('dismiss')}
        </button>
      </div>
    </form>`;
  }
}
