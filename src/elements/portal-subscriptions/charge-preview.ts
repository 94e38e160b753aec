import { html, nothing, type TemplateResult } from 'lit';
import type { SubscriptionChargePreview } from '../../api/types.js';
import type { PortalLocalize } from '../../internal/localize.js';

/**
 * What a change will cost, from the API's preview (the next charge, the proration the merchant
 * set, tax, total), and the explicit consent to the amount due that the change waits for.
 * Announced politely as it arrives.
 */
export function renderChargePreview(
  t: PortalLocalize,
  state: { loading: boolean; consent: boolean; preview: SubscriptionChargePreview | null },
  money: (amount: number) => string,
  consent: (given: boolean) => void,
): TemplateResult {
  const { preview } = state;
  return html`<div aria-live="polite" part="preview">
    ${state.loading ? html`<p class="hint">${t.term('previewLoading')}</p>` : nothing}
    ${
      preview && !state.loading
        ? html`<dl>
              <dt>${t.term('previewNextCharge')}</dt>
              <dd>${money(preview.base_amount)}</dd>
              <dt>${t.term('previewProration')}</dt>
              <dd>${money(preview.proration_amount)}</dd>
              <dt>${t.term('previewTax')}</dt>
              <dd>${money(preview.tax_amount)}</dd>
              <dt>${t.term('previewTotal')}</dt>
              <dd><strong>${money(preview.total_amount)}</strong></dd>
            </dl>
            <label class="consent">
              <input
                type="checkbox"
                name="consent"
                .checked=${state.consent}
                @change=${(e: Event) => consent((e.target as HTMLInputElement).checked)}
              />
              ${t.term('consentCharge', money(preview.due_amount))}
            </label>`
        : nothing
    }
  </div>`;
}

/**
 * The end of a plan or seat change form: the change's error, a close button, and the confirm
 * button that waits for the flow (a choice, a preview, the consent).
 */
export function renderChangeFooter(
  t: PortalLocalize,
  state: { busy: boolean; error: string | null },
  canConfirm: boolean,
  confirmLabel: string,
): TemplateResult {
  return html`${state.error ? html`<p class="error" role="alert">${state.error}</p>` : nothing}
    <div class="actions">
      <button type="button" class="secondary" data-dialog="close">${t.term('close')}</button>
      <button type="submit" part="confirm-button" ?disabled=${!canConfirm}>
        ${state.busy ? t.term('changing') : confirmLabel}
      </button>
    </div>`;
}
