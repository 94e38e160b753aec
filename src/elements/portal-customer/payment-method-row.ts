import { html, nothing, type TemplateResult } from 'lit';
import type { CustomerPaymentMethod } from '../../api/types.js';
import { cardExpiry, type CardWords } from '../../domain/card-label.js';
import type { PortalLocalize } from '../../internal/localize.js';

export interface PaymentMethodRow {
  label: string;
  words: CardWords;
  isDefault: boolean;
  editable: boolean;
  settingDefault: boolean;
  /** The outcome of making this card the default, shown in its row. */
  outcome: unknown;
  makeDefault: () => void;
  remove: (opener: EventTarget | null) => void;
}

/** One card: its label and expiry, the default badge, make default and delete. */
export function renderPaymentMethod(
  t: PortalLocalize,
  method: CustomerPaymentMethod,
  row: PaymentMethodRow,
): TemplateResult {
  const expiry = cardExpiry(method, row.words, t.lang());
  return html`<li part="payment-method" data-id=${method.id} tabindex="-1">
    <div class="row">
      <span class="name">${row.label}</span>
      ${row.isDefault ? html`<span class="badge default" part="default-badge">${t.term('defaultBadge')}</span>` : nothing}
    </div>
    ${expiry ? html`<span class="hint">${expiry}</span>` : nothing}
    ${
      row.editable
        ? html`<div class="actions">
            ${
              row.isDefault
                ? nothing
                : html`<button
                    type="button"
                    class="secondary"
                    part="default-button"
                    ?disabled=${row.settingDefault}
                    @click=${row.makeDefault}
                  >
                    ${row.settingDefault ? t.term('makingDefault') : t.term('makeDefault')}
                  </button>`
            }
            <button
              type="button"
              class="secondary"
              part="delete-button"
              @click=${(e: Event) => row.remove(e.currentTarget)}
            >
              ${t.term('deleteMethod')}
            </button>
          </div>`
        : nothing
    }
    ${row.outcome}
  </li>`;
}
