import { html, nothing, type TemplateResult } from 'lit';
import type { PortalLocalize } from '../../internal/localize.js';

/**
 * How a card reaches Polar: card numbers never pass through the portal. The merchant's page
 * shows Polar's (Stripe's) hosted card form and hands the portal what it produced.
 *
 * `collect` shows the form and resolves with the confirmation token id (or `null` when the
 * customer gave up); `authenticate` completes 3-D Secure for a setup intent's client secret and
 * resolves with the setup intent id.
 */
export interface PaymentMethodCollector {
  collect(): Promise<string | null>;
  authenticate?(clientSecret: string): Promise<string>;
}

/** The fake form's fields, as typed. */
export interface FakeCard {
  number: string;
  expiry: string;
  cvc: string;
  setDefault: boolean;
}

export const blankCard = (): FakeCard => ({
  number: '4242 4242 4242 4242',
  expiry: '12/30',
  cvc: '123',
  setDefault: false,
});

const TEST_CARDS: Record<string, string> = {
  '4000000000000002': 'fail',
  '4000002760003184': '3ds',
};

/**
 * The token our mock accepts in place of Stripe's: `ctok_<brand>_<last4>_<MM>_<YYYY>`, with the
 * Stripe test numbers that decline or ask for 3-D Secure. `null` when the card is malformed.
 */
export function fakeToken(card: FakeCard): string | null {
  const digits = card.number.replace(/\D/g, '');
  const expiry = /^(\d{2})\s*\/\s*(\d{2})$/.exec(card.expiry.trim());
  if (digits.length !== 16 || !expiry || Number(expiry[1]) < 1 || Number(expiry[1]) > 12)
    return null;
  const special = TEST_CARDS[digits];
  if (special) return `ctok_${special}_${digits.slice(-4)}_${expiry[1]}_20${expiry[2]}`;
  const brand = digits.startsWith('5') ? 'mastercard' : digits.startsWith('3') ? 'amex' : 'visa';
  return `ctok_${brand}_${digits.slice(-4)}_${expiry[1]}_20${expiry[2]}`;
}

/** The mock's 3-D Secure: the setup intent id is in its client secret. */
export const fakeAuthenticate = (clientSecret: string): Promise<string> =>
  Promise.resolve(clientSecret.replace(/_secret_mock$/, ''));

/** The clearly labelled stand-in for Polar's card form, shown only against the mock. */
export function renderFakeCardForm(
  t: PortalLocalize,
  card: FakeCard,
  state: { busy: boolean; error: string | null },
  on: { change: (patch: Partial<FakeCard>) => void; submit: () => void; cancel: () => void },
): TemplateResult {
  const field = (name: 'number' | 'expiry' | 'cvc', label: string, autocomplete: string) =>
    html`<label for="card-${name}">${label}</label>
      <input
        id="card-${name}"
        name=${name}
        inputmode="numeric"
        autocomplete=${autocomplete}
        .value=${card[name]}
        @input=${(e: Event) => on.change({ [name]: (e.target as HTMLInputElement).value })}
      />`;
  return html`<form
    part="card-form"
    class="fake-card"
    novalidate
    @submit=${(e: Event) => (e.preventDefault(), on.submit())}
  >
    <fieldset>
      <legend>${t.term('fakeCardLegend')}</legend>
      <p class="hint">${t.term('fakeCardHint')}</p>
      ${field('number', t.term('cardNumber'), 'cc-number')}
      ${field('expiry', t.term('cardExpiry'), 'cc-exp')}
      ${field('cvc', t.term('cardCvc'), 'cc-csc')}
      <label class="consent">
        <input
          type="checkbox"
          name="set-default"
          .checked=${card.setDefault}
          @change=${(e: Event) => on.change({ setDefault: (e.target as HTMLInputElement).checked })}
        />
        ${t.term('makeDefaultToo')}
      </label>
    </fieldset>
    ${state.error ? html`<p class="error" role="alert">${state.error}</p>` : nothing}
    <div class="actions">
      <button type="submit" part="save-card" ?disabled=${state.busy}>
        ${state.busy ? t.term('savingCard') : t.term('saveCard')}
      </button>
      <button type="button" class="secondary" @click=${on.cancel}>${t.term('dismiss')}</button>
    </div>
  </form>`;
}
