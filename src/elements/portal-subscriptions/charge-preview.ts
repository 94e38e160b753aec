import { html, nothing, type TemplateResult } from 'lit';
import type { SubscriptionChargePreview } from '../../api/types.js';
import { formatDate } from '../../internal/format.js';
import type { PortalLocalize } from '../../internal/localize.js';
import type { ChargeMode, NextInvoice } from './charge-mode.js';
import { renderPaymentFailure } from './payment-failure.js';

/** How to word a preview: when it is paid (the merchant's behaviour) and the invoice after it. */
export interface PreviewWording {
  mode: ChargeMode;
  next: NextInvoice | null;
  /** The plan the change moves to. */
  name: string;
}

/** The sentence beside the consent checkbox: the exact sum, and when it is charged. */
function consentText(
  t: PortalLocalize,
  preview: SubscriptionChargePreview,
  wording: PreviewWording,
  money: (amount: number) => string,
  date: (value: string) => string,
): string {
  const { mode } = wording;
  switch (mode.kind) {
    case 'scheduled':
      return t.term('consentScheduled', date(mode.date));
    case 'trial-continues':
      return t.term('consentTrialContinues', date(mode.date));
    case 'trial-ends':
      return t.term('consentTrialEnds', money(preview.due_amount), wording.name);
    case 'next-invoice':
      return preview.total_amount < 0
        ? t.term('consentNextInvoiceCredit', money(-preview.total_amount), date(mode.date))
        : t.term('consentNextInvoice', money(preview.total_amount), date(mode.date));
    case 'now':
      if (preview.due_amount > 0) return t.term('consentNow', money(preview.due_amount));
      return preview.total_amount < 0
        ? t.term('consentCredit', money(-preview.total_amount))
        : t.term('consentNoCharge');
  }
}

/** The note under the lines: what happens to the money, or why there is none today. */
function modeNote(
  t: PortalLocalize,
  preview: SubscriptionChargePreview,
  wording: PreviewWording,
  money: (amount: number) => string,
  date: (value: string) => string,
): string | null {
  const { mode } = wording;
  if (mode.kind === 'scheduled') return t.term('previewScheduled', date(mode.date));
  if (mode.kind === 'trial-continues') return t.term('previewTrialContinues', date(mode.date));
  if (mode.kind === 'trial-ends') return t.term('previewTrialEnds', wording.name);
  if (mode.kind === 'next-invoice') return t.term('previewNothingToday', date(mode.date));
  return preview.total_amount < 0
    ? t.term('previewCreditToBalance', money(-preview.total_amount))
    : null;
}

/**
 * What a change will cost, itemised as Polar's invoice will be: each proration line the API
 * names (the credit for unused time, the charge for the new plan), a trial's first period,
 * discount, tax, total, the balance used and what is due today (or added to the next invoice);
 * then when the change is paid, the next invoice, and the explicit consent that names the sum.
 * Announced politely as it arrives.
 */
export function renderChargePreview(
  t: PortalLocalize,
  state: { loading: boolean; consent: boolean; preview: SubscriptionChargePreview | null },
  money: (amount: number) => string,
  consent: (given: boolean) => void,
  wording: PreviewWording | null,
): TemplateResult {
  const { preview } = state;
  const date = (value: string) => formatDate(value, t.lang());
  const line = (label: string, amount: number, strong = false) =>
    html`<dt>${label}</dt>
      <dd>${strong ? html`<strong>${money(amount)}</strong>` : money(amount)}</dd>`;
  const renderLines = (p: SubscriptionChargePreview, w: PreviewWording) => {
    const firstPeriod = p.subtotal_amount - p.proration_amount - p.base_amount;
    const later = w.mode.kind === 'next-invoice';
    const note = modeNote(t, p, w, money, date);
    return html`<dl part="preview-lines">
        ${p.prorations.map((proration) => line(proration.label, proration.amount))}
        ${firstPeriod !== 0 ? line(t.term('previewFirstPeriod', w.name), firstPeriod) : nothing}
        ${line(t.term('previewSubtotal'), p.subtotal_amount)}
        ${p.discount_amount !== 0 ? line(t.term('previewDiscount'), -p.discount_amount) : nothing}
        ${line(t.term('previewTax'), p.tax_amount)} ${line(t.term('previewTotal'), p.total_amount)}
        ${
          !later && p.applied_balance_amount !== 0
            ? line(
                t.term(p.applied_balance_amount < 0 ? 'previewBalanceUsed' : 'previewBalanceOwed'),
                p.applied_balance_amount,
              )
            : nothing
        }
        ${
          later
            ? line(t.term('previewAddedToNext'), p.total_amount, true)
            : line(t.term('previewDueToday'), p.due_amount, true)
        }
      </dl>
      ${note ? html`<p class="hint" part="preview-note">${note}</p>` : nothing}
      ${
        w.next
          ? html`<p class="hint" part="next-invoice">
              ${t.term(
                p.tax_amount !== 0 ? 'nextInvoiceBeforeTax' : 'nextInvoiceOn',
                date(w.next.date),
                money(w.next.amount + w.next.adjustment),
              )}
            </p>`
          : nothing
      }`;
  };
  return html`<div aria-live="polite" part="preview">
    ${state.loading ? html`<p class="hint">${t.term('previewLoading')}</p>` : nothing}
    ${
      preview && wording && !state.loading
        ? html`${renderLines(preview, wording)}
            <label class="consent">
              <input
                type="checkbox"
                name="consent"
                .checked=${state.consent}
                @change=${(e: Event) => consent((e.target as HTMLInputElement).checked)}
              />
              ${consentText(t, preview, wording, money, date)}
            </label>`
        : nothing
    }
  </div>`;
}

/**
 * The end of a plan or seat change form: the change's error (a declined card with the way to
 * fix it), a close button, and the confirm button that waits for the flow (a choice, a
 * preview, the consent).
 */
export function renderChangeFooter(
  t: PortalLocalize,
  state: { busy: boolean; error: string | null; failure: unknown },
  canConfirm: boolean,
  confirmLabel: string,
  fixPayment: () => void,
): TemplateResult {
  return html`${
      state.error
        ? html`<div class="error" role="alert">
            <p>${state.error}</p>
            ${renderPaymentFailure(t, state.failure, fixPayment)}
          </div>`
        : nothing
    }
    <div class="actions">
      <button type="button" class="secondary" data-dialog="close">${t.term('close')}</button>
      <button type="submit" part="confirm-button" ?disabled=${!canConfirm}>
        ${state.busy ? t.term('changing') : confirmLabel}
      </button>
    </div>`;
}
