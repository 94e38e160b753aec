import { html, nothing, type TemplateResult } from 'lit';
import type { CustomerSubscription } from '../../api/types.js';
import { formatDate } from '../../internal/format.js';
import type { PortalLocalize } from '../../internal/localize.js';

/**
 * A trial with no card on file ends in a failed first charge (Polar bills it in the background
 * and dunning starts): ask for a card while there is time, with the date.
 */
export function renderTrialCardPrompt(
  t: PortalLocalize,
  subscription: CustomerSubscription,
  addCard: () => void,
): TemplateResult | typeof nothing {
  if (subscription.status !== 'trialing' || subscription.cancel_at_period_end) return nothing;
  const end = subscription.trial_end ?? subscription.current_period_end;
  return html`<p class="notice" part="trial-card-prompt">
    ${t.term('trialNoCard', formatDate(end, t.lang()))}
    <button type="button" class="secondary" part="add-card-button" @click=${addCard}>
      ${t.term('addCard')}
    </button>
  </p>`;
}
