import { html, nothing, type ReactiveController, type ReactiveElement } from 'lit';
import { PortalApiError } from '../../api/errors.js';
import type {
  CustomerPaymentMethod,
  CustomerPortalCustomer,
  ListResourceCustomerPaymentMethod,
} from '../../api/types.js';
import type { ActionController } from '../../controllers/action-controller.js';
import { ResourceController } from '../../controllers/resource-controller.js';
import { cardLabel, type CardWords } from '../../domain/card-label.js';
import {
  PortalPaymentMethodAddedEvent,
  PortalPaymentMethodDefaultChangedEvent,
  PortalPaymentMethodRemovedEvent,
} from '../../events/customer-events.js';
import { ConfirmFlow } from '../../internal/confirm-dialog.js';
import type { PortalLocalize } from '../../internal/localize.js';
import { describeError, renderLoadError } from '../../internal/states.js';
import type { PortalSession } from '../../session/session.js';
import type { PaymentMethodCollector } from './card-collector.js';
import type { EmbedMode } from '../../payments/embed-location.js';
import { CardEntry } from './card-entry.js';
import { deleteConsequence, exchangeCardToken } from './payment-method-rules.js';
import { renderPaymentMethod } from './payment-method-row.js';

/** What the payment methods section needs from its element, and nothing else. */
export interface PaymentMethodsHost {
  /** The element: it renders the section, holds the dialog, and the events leave from it. */
  readonly element: ReactiveElement;
  readonly localize: PortalLocalize;
  /** The element's actions: one at a time, one live region, outcomes where they happened. */
  readonly actions: ActionController;
  session(): PortalSession | null;
  /** The page's own card form, if it gave one (`paymentMethodCollector`): it wins over Polar's. */
  collector(): PaymentMethodCollector | null;
  /** How Polar's card embed opens (`card-entry`), in which theme, from which origin. */
  embedMode(): EmbedMode;
  theme(): 'light' | 'dark';
  embedOrigin(): string | null;
  /** The role may see the cards (a member may not). */
  listed(): boolean;
  /** The role may change them, and the merchant did not make them read-only. */
  editable(): boolean;
}

const expired = (error: unknown) => error instanceof PortalApiError && error.status === 401;

/**
 * The payment methods of `<portal-customer>`: the session's list and default from the shared
 * store (so `<portal-orders>`' card picker on the same page agrees), make default, delete behind
 * a confirmation (the API's refusal for the last card of an active subscription shown in the
 * dialog as it says it), and adding a card through Polar's card embed (`card-entry.ts`) or the page's own collector. Every change is a store
 * write; the list shown is always the store's.
 */
export class PaymentMethods implements ReactiveController {
  private readonly list: ResourceController<[], ListResourceCustomerPaymentMethod>;
  private readonly remove: ConfirmFlow<CustomerPaymentMethod, CustomerPaymentMethod>;
  private readonly entry: CardEntry;
  /** The collector's form is open: a second click gets the same answer. */
  private collecting: Promise<string | null> | null = null;
  /** Focus goes here once it is rendered (a new card appears after the list reloads). */
  private focusWhenShown: string | null = null;

  constructor(private readonly host: PaymentMethodsHost) {
    host.element.addController(this);
    this.list = new ResourceController(host.element, {
      session: () => host.session(),
      kind: 'payment-methods',
      load: (client) => client.listPaymentMethods({ limit: 100 }),
      enabled: () => host.listed(),
    });
    this.remove = new ConfirmFlow(host.element, 'delete-method', {
      action: (method) => this.deleteMethod(method),
      describe: (error) =>
        error instanceof PortalApiError && error.error === 'PaymentMethodInUseByActiveSubscription'
          ? host.localize.term('deleteRefusedInUse')
          : describeError(host.localize, error),
      done: () => this.focusLater('[part=payment-methods] h3'),
    });
    this.entry = new CardEntry({
      element: host.element,
      localize: host.localize,
      actions: host.actions,
      session: () => host.session(),
      mode: () => host.embedMode(),
      theme: () => host.theme(),
      originOverride: () => host.embedOrigin(),
      label: (method) => this.label(method),
      focus: (selector) => this.focusLater(selector),
    });
  }

  /** The card's words in the reader's language, for `card-label.ts`. */
  private get words(): CardWords {
    const t = this.host.localize;
    return {
      ending: (brand, last4) => t.term('cardLabel', brand, last4),
      expires: (date) => t.term('cardExpires', date),
    };
  }

  private label(method: CustomerPaymentMethod): string {
    return cardLabel(method, this.words);
  }

  private get store() {
    const session = this.host.session();
    if (!session) throw new Error('Not signed in.');
    return session.store;
  }

  /**
   * Loads the list again (the account's retry button retries it too): also when it has not
   * failed yet, since a load still in its backoff may fail after the customer asked to retry.
   */
  retry(): void {
    void this.list.retry();
  }

  private focusLater(selector: string): void {
    this.focusWhenShown = selector;
    this.host.element.requestUpdate();
  }

  hostUpdated(): void {
    if (!this.focusWhenShown) return;
    const target = this.host.element.renderRoot.querySelector<HTMLElement>(this.focusWhenShown);
    target?.focus();
    // Found, or the list settled without it: either way, stop looking.
    if (target || !this.list.refreshing) this.focusWhenShown = null;
  }

  private makeDefault(method: CustomerPaymentMethod): void {
    const t = this.host.localize;
    void this.host.actions.run(
      `default:${method.id}`,
      () => this.store.updateCustomer({ default_payment_method_id: method.id }),
      {
        success: () => t.term('defaultChanged', this.label(method)),
        event: () => new PortalPaymentMethodDefaultChangedEvent(method),
        focus: () => `[data-id="${method.id}"]`,
      },
    );
  }

  /** The dialog's action: it shows the refusal itself, so the outcome stays quiet on errors. */
  private async deleteMethod(method: CustomerPaymentMethod): Promise<CustomerPaymentMethod> {
    const t = this.host.localize;
    const result = await this.host.actions.run(
      'delete-method',
      () => this.store.deletePaymentMethod(method.id),
      {
        quietError: true,
        success: () => t.term('deletedAnnouncement', this.label(method)),
        event: () => new PortalPaymentMethodRemovedEvent(method),
      },
    );
    if (result.ok) return method;
    // The session ended: the confirmation is not kept for later, the card list is.
    if (expired(result.error)) this.remove.close();
    throw result.error;
  }

  /** "Add a payment method" with the page's own card form: its token exchanged for a saved card. */
  private async add(collector: PaymentMethodCollector): Promise<void> {
    const actions = this.host.actions;
    if (actions.busy()) return;
    let token: string | null;
    try {
      token = await (this.collecting ??= collector
        .collect()
        .finally(() => (this.collecting = null)));
    } catch (error) {
      actions.show('add-method', 'error', describeError(this.host.localize, error));
      return;
    }
    if (!token) return; // the customer gave up
    const t = this.host.localize;
    const result = await actions.run(
      'add-method',
      () => exchangeCardToken(this.store, collector, token, this.host.localize),
      {
        success: (method) => t.term('addedAnnouncement', this.label(method)),
        event: (method) => new PortalPaymentMethodAddedEvent(method),
      },
    );
    if (result.ok) this.focusLater(`[data-id="${result.value.id}"]`);
  }

  render(customer: CustomerPortalCustomer) {
    const t = this.host.localize;
    return html`<div part="payment-methods" class="block">
      <h3 tabindex="-1">${t.term('paymentMethodsHeading')}</h3>
      ${
        this.host.listed()
          ? this.list.render({
              pending: () => html`<div class="skeleton" aria-hidden="true"></div>`,
              error: (error) => renderLoadError(t, error, () => this.list.retry()),
              complete: (list) => this.renderList(list.items, customer),
            })
          : html`<p class="hint">${t.term('paymentMethodsForOwners')}</p>`
      }
      ${this.remove.render((method) => ({
        heading: t.term('deleteHeading', this.label(method)),
        body: deleteConsequence(
          this.host.localize,
          (this.list.value?.items ?? []).filter((m) => m.id !== method.id),
          method,
          customer,
          (m) => this.label(m),
        ),
        confirm: t.term('deleteConfirm'),
        busy: t.term('deleting'),
        keep: t.term('keepMethod'),
      }))}
    </div>`;
  }

  private renderList(methods: CustomerPaymentMethod[], customer: CustomerPortalCustomer) {
    const t = this.host.localize;
    const actions = this.host.actions;
    const editable = this.host.editable();
    return html`${
      methods.length === 0
        ? html`<p part="empty">${t.term('paymentMethodsEmpty')}</p>`
        : html`<ul>
            ${methods.map((method) =>
              renderPaymentMethod(t, method, {
                label: this.label(method),
                words: this.words,
                isDefault: method.id === customer.default_payment_method_id,
                editable,
                settingDefault: actions.busy(`default:${method.id}`),
                outcome: actions.renderOutcome(`default:${method.id}`),
                makeDefault: () => this.makeDefault(method),
                remove: (opener) => void this.remove.open(method, opener),
              }),
            )}
          </ul>`
    }
    ${
      methods.length > 0 && !methods.some((m) => m.id === customer.default_payment_method_id)
        ? html`<p class="hint" part="no-default">${t.term('noDefaultMethod')}</p>`
        : nothing
    }
    ${actions.renderOutcome('delete-method')} ${editable ? this.renderAdd() : nothing}`;
  }

  private renderAdd() {
    const t = this.host.localize;
    const collector = this.host.collector();
    if (!collector) return this.entry.render();
    const busy = this.host.actions.busy('add-method');
    return html`<button
        type="button"
        class="secondary"
        part="add-button"
        ?disabled=${busy}
        @click=${() => void this.add(collector)}
      >
        ${busy ? t.term('savingCard') : t.term('addMethod')}
      </button>
      ${this.host.actions.renderOutcome('add-method')}`;
  }
}
