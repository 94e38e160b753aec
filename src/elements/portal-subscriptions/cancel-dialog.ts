import { html, nothing, type TemplateResult } from 'lit';
import type { CustomerCancellationReason, CustomerSubscription } from '../../api/types.js';
import type { PortalLocalize } from '../../internal/localize.js';
import '../../internal/portal-dialog/define.js';

/** The reasons of the contract, in the order a customer reads them. */
export const CANCELLATION_REASONS: readonly CustomerCancellationReason[] = [
  'too_expensive',
  'missing_features',
  'switched_service',
  'unused',
  'customer_service',
  'low_quality',
  'too_complex',
  'other',
];

export interface CancelDialogState {
  subscription: CustomerSubscription | null;
  busy: boolean;
  error: string | null;
}

export interface CancelDialogHandlers {
  confirm: (reason: CustomerCancellationReason | null, comment: string) => void;
  close: () => void;
}

/**
 * The cancel confirmation: what happens and when, the reasons of the contract, a comment. A
 * `<portal-dialog>`: the page behind is inert (focus stays inside), Escape closes it unless the
 * cancellation is on its way, and focus goes back to the button that opened it.
 */
export function renderCancelDialog(
  t: PortalLocalize,
  state: CancelDialogState,
  endDate: (subscription: CustomerSubscription) => string,
  on: CancelDialogHandlers,
): TemplateResult {
  const subscription = state.subscription;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const reason = (form.get('reason') as CustomerCancellationReason | null) ?? null;
    on.confirm(reason, String(form.get('comment') ?? '').trim());
  };
  return html`<portal-dialog
    part="dialog"
    class="cancel"
    ?open=${subscription !== null}
    @portal-dialog-close=${(e: Event) => state.busy && e.preventDefault()}
    @portal-dialog-closed=${on.close}
  >
    ${
      subscription
        ? html`<h3 slot="heading">${t.term('cancelHeading', subscription.product.name)}</h3>
            <p slot="description">${t.term('cancelConsequence', endDate(subscription))}</p>
            <form @submit=${submit}>
              <fieldset>
                <legend>${t.term('cancelReasonLegend')}</legend>
                ${CANCELLATION_REASONS.map(
                  (reason) =>
                    html`<label
                      ><input type="radio" name="reason" value=${reason} />
                      ${t.term(`reason_${reason}`)}</label
                    >`,
                )}
              </fieldset>
              <label for="cancel-comment">${t.term('cancelComment')}</label>
              <textarea id="cancel-comment" name="comment" rows="3" maxlength="1000"></textarea>
              ${state.error ? html`<p class="error" role="alert">${state.error}</p>` : nothing}
              <div class="actions">
                <button type="button" class="secondary" autofocus data-dialog="close">
                  ${t.term('keepSubscription')}
                </button>
                <button type="submit" part="confirm-button" ?disabled=${state.busy}>
                  ${state.busy ? t.term('cancelling') : t.term('confirmCancel')}
                </button>
              </div>
            </form>`
        : nothing
    }
  </portal-dialog>`;
}
