import { html, nothing, type TemplateResult } from 'lit';
import type {
  CustomerPaymentMethod,
  CustomerPortalCustomer,
  PaymentMethodCard,
} from '../../api/types.js';
import {
  PortalPaymentMethodAddedEvent,
  PortalPaymentMethodDefaultChangedEvent,
  PortalPaymentMethodRemovedEvent,
} from '../../events/customer-events.js';
import { ConfirmFlow } from '../../internal/confirm-dialog.js';
import { formatDate } from '../../internal/format.js';
import type { PortalLocalize } from '../../internal/localize.js';
import {
  blankCard,
  fakeAuthenticate,
  fakeToken,
  renderFakeCardForm,
  type FakeCard,
} from './card-collector.js';
import type { PortalCustomer } from './portal-customer.js';

/** A card as a person reads it: "Visa ending in 4242". */
export function methodName(t: PortalLocalize, method: CustomerPaymentMethod): string {
  if ('method_metadata' in method && method.method_metadata.last4) {
    const brand = method.method_metadata.brand ?? method.type;
    return t.term(
      'cardLabel',
      brand.charAt(0).toUpperCase() + brand.slice(1),
      method.method_metadata.last4,
    );
  }
  return method.type;
}

/**
 * The payment methods section of `<portal-customer>`: the list with the default badge, make
 * default, delete behind a confirmation (the API's refusal for the last card of an active
 * subscription shown as it says it), and adding a card through the merchant's collector or,
 * against the mock, the labelled test-card form.
 */
export class PaymentMethods {
  private settingDefault: string | null = null;
  private adding: { card: FakeCard; busy: boolean; error: string | null } | null = null;
  private addError: string | null = null;
  private readonly remove: ConfirmFlow<CustomerPaymentMethod, CustomerPaymentMethod>;

  constructor(private readonly host: PortalCustomer) {
    this.remove = new ConfirmFlow(host, 'delete-method', {
      action: async (method) => {
        await host.client!.deletePaymentMethod(method.id);
        return method;
      },
      describe: (error) => host.describe(error),
      done: (method) => {
        const list = host.methodsTask.value;
        if (list) list.items = list.items.filter((m) => m.id !== method.id);
        host.announcement = host.t.term('deletedAnnouncement', methodName(host.t, method));
        host.focusLater('[part=add-button], [part=payment-methods] h3');
        host.dispatchEvent(new PortalPaymentMethodRemovedEvent(method));
        // The API moved the default when the deleted card was it: read the customer again.
        void host.client
          ?.getCustomer()
          .then((customer) => (host.customer = customer))
          .catch(() => undefined); // the badge stays as it was; the next load corrects it
      },
    });
  }

  private update(): void {
    this.host.requestUpdate();
  }

  private async makeDefault(method: CustomerPaymentMethod): Promise<void> {
    const client = this.host.client;
    if (!client || this.settingDefault) return;
    this.settingDefault = method.id;
    this.addError = null;
    this.update();
    try {
      this.host.customer = await client.updateCustomer({ default_payment_method_id: method.id });
      this.host.announcement = this.host.t.term('defaultChanged', methodName(this.host.t, method));
      this.host.focusLater(`[data-id="${method.id}"]`);
      this.host.dispatchEvent(new PortalPaymentMethodDefaultChangedEvent(method));
    } catch (error) {
      this.addError = this.host.describe(error);
    } finally {
      this.settingDefault = null;
      this.update();
    }
  }

  /** "Add a payment method": the merchant's collector, or the mock's test-card form. */
  private async startAdding(): Promise<void> {
    const collector = this.host.paymentMethodCollector;
    this.addError = null;
    if (!collector) {
      this.adding = { card: blankCard(), busy: false, error: null };
      this.host.focusLater('#card-number');
      return;
    }
    try {
      const token = await collector.collect();
      if (token) await this.add(token, false, collector.authenticate?.bind(collector));
    } catch (error) {
      this.addError = this.host.describe(error);
      this.update();
    }
  }

  private async submitFakeCard(): Promise<void> {
    const adding = this.adding;
    if (!adding || adding.busy) return;
    const token = fakeToken(adding.card);
    if (!token) {
      this.adding = { ...adding, error: this.host.t.term('fakeCardInvalid') };
      return this.update();
    }
    this.adding = { ...adding, busy: true, error: null };
    this.update();
    try {
      await this.add(token, adding.card.setDefault, fakeAuthenticate);
      this.adding = null;
    } catch (error) {
      this.adding = { ...adding, busy: false, error: this.host.describe(error) };
    }
    this.update();
  }

  /** Exchanges the token for a saved card, through 3-D Secure when the bank asks for it. */
  private async add(
    token: string,
    setDefault: boolean,
    authenticate?: (clientSecret: string) => Promise<string>,
  ): Promise<void> {
    const client = this.host.client!;
    let result = await client.addPaymentMethod({
      confirmation_token_id: token,
      set_default: setDefault,
      return_url: location.href,
    });
    if (result.status === 'requires_action') {
      if (!authenticate) throw new Error('This card needs 3-D Secure, which the page cannot show.');
      const setupIntent = await authenticate(result.client_secret);
      result = await client.confirmPaymentMethod({
        setup_intent_id: setupIntent,
        set_default: setDefault,
      });
    }
    if (result.status !== 'succeeded') return;
    const method = result.payment_method;
    const list = this.host.methodsTask.value;
    if (list) list.items = [...list.items, method];
    this.host.customer = await client.getCustomer();
    this.host.announcement = this.host.t.term('addedAnnouncement', methodName(this.host.t, method));
    this.host.focusLater(`[data-id="${method.id}"]`);
    this.host.dispatchEvent(new PortalPaymentMethodAddedEvent(method));
  }

  render(customer: CustomerPortalCustomer): TemplateResult | typeof nothing {
    const host = this.host;
    const t = host.t;
    if (host.hiddenFeatures.has('payment-methods')) return nothing;
    const section = (body: unknown) =>
      html`<div part="payment-methods" class="block">
        <h3 tabindex="-1">${t.term('paymentMethodsHeading')}</h3>
        ${body}
        ${this.remove.render((method) => ({
          heading: t.term('deleteHeading', methodName(t, method)),
          body: t.term('deleteConsequence'),
          confirm: t.term('deleteConfirm'),
          busy: t.term('deleting'),
          keep: t.term('keepMethod'),
        }))}
      </div>`;
    if (!host.canManageBillingNow)
      return section(html`<p class="hint">${t.term('paymentMethodsForOwners')}</p>`);
    return section(
      host.methodsTask.task.render({
        pending: () => html`<div class="skeleton" aria-hidden="true"></div>`,
        error: (error) => html`<p class="error" role="alert">${host.describe(error)}</p>`,
        complete: (list) =>
          list ? this.renderList(list.items, customer.default_payment_method_id ?? null) : nothing,
      }),
    );
  }

  private renderList(methods: CustomerPaymentMethod[], defaultId: string | null): TemplateResult {
    const t = this.host.t;
    const editable = this.host.canChangeMethods();
    return html`${
      methods.length === 0
        ? html`<p part="empty">${t.term('paymentMethodsEmpty')}</p>`
        : html`<ul>
            ${methods.map((method) => this.renderMethod(method, method.id === defaultId, editable))}
          </ul>`
    }
    ${this.addError ? html`<p class="error" role="alert">${this.addError}</p>` : nothing}
    ${editable ? this.renderAdd() : nothing}`;
  }

  private renderMethod(
    method: CustomerPaymentMethod,
    isDefault: boolean,
    editable: boolean,
  ): TemplateResult {
    const t = this.host.t;
    // Korean cards are `card` too but carry no expiry.
    const meta = method.type === 'card' ? (method as PaymentMethodCard).method_metadata : null;
    const expiry =
      meta && typeof meta.exp_month === 'number' && typeof meta.exp_year === 'number'
        ? formatDate(new Date(meta.exp_year, meta.exp_month - 1, 1), t.lang(), {
            month: '2-digit',
            year: 'numeric',
          })
        : null;
    return html`<li part="payment-method" data-id=${method.id} tabindex="-1">
      <div class="row">
        <span class="name">${methodName(t, method)}</span>
        ${isDefault ? html`<span class="badge default" part="default-badge">${t.term('defaultBadge')}</span>` : nothing}
      </div>
      ${expiry ? html`<span class="hint">${t.term('cardExpires', expiry)}</span>` : nothing}
      ${
        editable
          ? html`<div class="actions">
              ${
                isDefault
                  ? nothing
                  : html`<button
                      type="button"
                      class="secondary"
                      part="default-button"
                      ?disabled=${this.settingDefault === method.id}
                      @click=${() => void this.makeDefault(method)}
                    >
                      ${this.settingDefault === method.id ? t.term('makingDefault') : t.term('makeDefault')}
                    </button>`
              }
              <button
                type="button"
                class="secondary"
                part="delete-button"
                @click=${(e: Event) => void this.remove.open(method, e.currentTarget)}
              >
                ${t.term('deleteMethod')}
              </button>
            </div>`
          : nothing
      }
    </li>`;
  }

  private renderAdd(): TemplateResult {
    const t = this.host.t;
    if (this.adding)
      return renderFakeCardForm(t, this.adding.card, this.adding, {
        change: (patch) => {
          this.adding = { ...this.adding!, card: { ...this.adding!.card, ...patch } };
          this.update();
        },
        submit: () => void this.submitFakeCard(),
        cancel: () => {
          this.adding = null;
          this.host.focusLater('[part=add-button]');
        },
      });
    if (!this.host.paymentMethodCollector && !this.host.usesMock)
      return html`<p class="hint">${t.term('addNeedsCollector')}</p>`;
    return html`<button
      type="button"
      class="secondary"
      part="add-button"
      @click=${() => void this.startAdding()}
    >
      ${t.term('addMethod')}
    </button>`;
  }
}
