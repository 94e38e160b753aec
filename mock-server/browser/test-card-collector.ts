import type { PaymentMethodCollector } from '../../src/elements/portal-customer/card-collector.js';
import { tokenForNumber } from '../test-cards.js';

/**
 * The mock's stand-in for Polar's hosted card form, for the demo, the tests and merchants'
 * own pages against the mock: hand `testCardCollector()` to `<portal-customer>` as its
 * `paymentMethodCollector`. A clearly labelled modal form (Stripe's test numbers, no real card
 * charged) that answers with the token the mock accepts in place of Stripe's. It lives here, not
 * in the elements: the elements know only the collector hook, and never the mock's tokens.
 */

/** The fields as typed. */
export interface TestCard {
  number: string;
  expiry: string;
  cvc: string;
}

/**
 * The token the mock reads a card from (`mock-server/test-cards.ts`):
 * `ctok_<brand>_<last4>_<MM>_<YYYY>`, `ctok_fail…` declined, `ctok_3ds…` asking for 3-D Secure.
 * `null` when the number is not 16 digits or the expiry not MM/YY.
 */
export function testCardToken(card: TestCard): string | null {
  const digits = card.number.replace(/\D/g, '');
  const expiry = /^(\d{2})\s*\/\s*(\d{2})$/.exec(card.expiry.trim());
  if (digits.length !== 16 || !expiry || Number(expiry[1]) < 1 || Number(expiry[1]) > 12)
    return null;
  return tokenForNumber(digits, expiry[1]!, `20${expiry[2]}`);
}

/**
 * The mock's 3-D Secure: it always passes. A card setup's intent id is in its client secret; a
 * payment (`pi_…`, from paying a failed order) is confirmed at the mock's Stripe stand-in, as
 * Stripe.js `handleNextAction` confirms it at Stripe, and then settles like any other payment.
 */
export async function testCardAuthenticate(
  clientSecret: string,
  apiBase: string = location.origin,
): Promise<string> {
  if (!clientSecret.startsWith('pi_')) return clientSecret.replace(/_secret_mock$/, '');
  const response = await fetch(new URL('/__dev/stripe/payment-intents/authenticate', apiBase), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ client_secret: clientSecret }),
  });
  if (!response.ok) throw new Error(`The mock's 3-D Secure failed (${response.status}).`);
  return ((await response.json()) as { id: string }).id;
}

const WORDS = {
  en: {
    legend: 'Test card (mock only: no real card is charged)',
    hint: '4242 4242 4242 4242 succeeds, 4000 0000 0000 0002 is declined, 4000 0027 6000 3184 asks for 3-D Secure.',
    number: 'Card number',
    expiry: 'Expiry (MM/YY)',
    cvc: 'CVC',
    save: 'Save card',
    cancel: 'Cancel',
    invalid: 'Check the card number (16 digits) and the expiry (MM/YY).',
  },
  de: {
    legend: 'Testkarte (nur Mock: keine echte Karte wird belastet)',
    hint: '4242 4242 4242 4242 klappt, 4000 0000 0000 0002 wird abgelehnt, 4000 0027 6000 3184 verlangt 3-D Secure.',
    number: 'Kartennummer',
    expiry: 'Ablaufdatum (MM/JJ)',
    cvc: 'Prüfnummer',
    save: 'Karte speichern',
    cancel: 'Abbrechen',
    invalid: 'Prüfen Sie die Kartennummer (16 Ziffern) und das Ablaufdatum (MM/JJ).',
  },
  es: {
    legend: 'Tarjeta de prueba (solo mock: no se cobra ninguna tarjeta real)',
    hint: '4242 4242 4242 4242 funciona, 4000 0000 0000 0002 se rechaza, 4000 0027 6000 3184 pide 3-D Secure.',
    number: 'Número de tarjeta',
    expiry: 'Caducidad (MM/AA)',
    cvc: 'CVC',
    save: 'Guardar tarjeta',
    cancel: 'Cancelar',
    invalid: 'Revisa el número de tarjeta (16 dígitos) y la caducidad (MM/AA).',
  },
};

const STYLE = `
  .portal-test-card form { display: grid; gap: 0.4em; max-width: 24rem; }
  .portal-test-card fieldset { border: 2px dashed currentColor; border-radius: 6px; display: grid; gap: 0.35em; }
  .portal-test-card legend { font-weight: 600; }
  .portal-test-card .error { color: #b42318; margin: 0; }
  .portal-test-card .actions { display: flex; gap: 0.5em; }
`;

export interface TestCardCollectorOptions {
  /** `en`, `de` or `es`; the page's `<html lang>` when not given. */
  lang?: string;
  /** Where the mock runs, for its 3-D Secure step; the page's origin when not given. */
  apiBase?: string;
}

export interface TestCardCollector extends PaymentMethodCollector {
  /** The form's dialog while it is open (tests fill it in). */
  readonly dialog: HTMLDialogElement | null;
}

let forms = 0;

/**
 * A collector showing the test-card form in a modal `<dialog>` on the page. It opens with what
 * was typed last (a declined number is still there to correct) and resolves with the mock's
 * token, or `null` when cancelled (the Cancel button or Escape).
 */
export function testCardCollector(options: TestCardCollectorOptions = {}): TestCardCollector {
  let last: TestCard = { number: '4242 4242 4242 4242', expiry: '12/30', cvc: '123' };
  let open: { dialog: HTMLDialogElement; answer: Promise<string | null> } | null = null;

  function show(): { dialog: HTMLDialogElement; answer: Promise<string | null> } {
    const lang = (options.lang ?? document.documentElement.lang) || 'en';
    const words = WORDS[lang.slice(0, 2) as keyof typeof WORDS] ?? WORDS.en;
    const id = `portal-test-card-${++forms}`;
    const dialog = document.createElement('dialog');
    dialog.className = 'portal-test-card';
    dialog.lang = lang;
    dialog.setAttribute('aria-labelledby', `${id}-legend`);
    const style = document.createElement('style');
    style.textContent = STYLE;
    const form = document.createElement('form');
    form.noValidate = true;
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.id = `${id}-legend`;
    legend.textContent = words.legend;
    const hint = document.createElement('p');
    hint.textContent = words.hint;
    fieldset.append(legend, hint);
    const inputs = (['number', 'expiry', 'cvc'] as const).map((name) => {
      const label = document.createElement('label');
      label.htmlFor = `${id}-${name}`;
      label.textContent = words[name];
      const input = document.createElement('input');
      input.id = `${id}-${name}`;
      input.name = name;
      input.inputMode = 'numeric';
      input.autocomplete =
        name === 'number' ? 'cc-number' : name === 'expiry' ? 'cc-exp' : 'cc-csc';
      input.value = last[name];
      input.autofocus = name === 'number';
      input.addEventListener('input', () => (last = { ...last, [name]: input.value }));
      fieldset.append(label, input);
      return input;
    });
    const error = document.createElement('p');
    error.className = 'error';
    error.id = `${id}-error`;
    error.setAttribute('role', 'alert');
    const save = document.createElement('button');
    save.type = 'submit';
    save.name = 'save';
    save.textContent = words.save;
    const cancel = document.createElement('button');
    cancel.type = 'button';
    cancel.name = 'cancel';
    cancel.textContent = words.cancel;
    const actions = document.createElement('div');
    actions.className = 'actions';
    actions.append(save, cancel);
    form.append(fieldset, error, actions);
    dialog.append(style, form);

    let token: string | null = null;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      token = testCardToken(last);
      if (token) return dialog.close();
      error.textContent = words.invalid;
      for (const input of inputs) input.setAttribute('aria-describedby', error.id);
      inputs[0]!.focus();
    });
    cancel.addEventListener('click', () => dialog.close());
    const answer = new Promise<string | null>((resolve) =>
      dialog.addEventListener('close', () => {
        dialog.remove();
        open = null;
        resolve(token);
      }),
    );
    document.body.append(dialog);
    dialog.showModal();
    return { dialog, answer };
  }

  return {
    get dialog() {
      return open?.dialog ?? null;
    },
    collect() {
      // A second click while the form is open gets the same answer, not a second form.
      open ??= show();
      return open.answer;
    },
    authenticate: (clientSecret) => testCardAuthenticate(clientSecret, options.apiBase),
  };
}
