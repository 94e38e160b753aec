// @ts-check
/**
 * The mock's stand-in for Polar's card embed (`/embed/payment-method` on polar.sh): the page a
 * merchant's elements frame to add a card. It reads the parameters Polar's page reads, checks
 * `embed_origin` as Polar does, talks to the mock's Customer Portal API with the session token,
 * and posts Polar's messages to the page that framed it. Stripe Elements is replaced by a
 * labelled test-card form (Stripe's test numbers); the mock's Stripe makes the confirmation
 * token and plays 3-D Secure. Plain JavaScript with no imports, so every server of the mock can
 * hand it out as a file; its message type is `@polar-sh/checkout`'s own.
 *
 * @typedef {Parameters<typeof import('@polar-sh/checkout/payment-method').PolarEmbedPaymentMethod.postMessage>[0]} EmbedMessage
 * @typedef {import('@polar-sh/checkout/payment-method').EmbedPaymentMethodErrorCode} ErrorCode
 * @typedef {typeof WORDS.en} Words
 */

const MESSAGE_TYPE = 'POLAR_PAYMENT_METHOD';
const STATUS_PARAM = 'polar_payment_method_status';

const WORDS = {
  en: {
    title: 'Add payment method',
    close: 'Close',
    badge: 'Test card (mock only: no real card is charged).',
    hint: '4242 4242 4242 4242 succeeds, 4000 0000 0000 0002 is declined, 4000 0027 6000 3184 asks for 3-D Secure.',
    number: 'Card number',
    expiry: 'Expiry (MM/YY)',
    cvc: 'CVC',
    submit: 'Save card',
    saving: 'Saving…',
    saved: 'Card saved.',
    invalid: 'Check the card number, the expiry (MM/YY, not in the past) and the CVC.',
    fallbackError: 'We could not save this card. Please try again.',
    challenge: 'Your bank asks you to confirm this card (3-D Secure test).',
    complete: 'Complete authentication',
    failAuth: 'Fail authentication',
    authFailed: 'The bank did not confirm the card. Nothing was saved.',
    errors: {
      invalid_request: 'This form was opened incorrectly.',
      unauthorized: 'Your session has expired. Please sign in again.',
      processing_failed: 'We could not save this card. Please try again.',
      unknown: 'Something went wrong. Please try again.',
    },
  },
  de: {
    title: 'Zahlungsmethode hinzufügen',
    close: 'Schließen',
    badge: 'Testkarte (nur Mock: keine echte Karte wird belastet).',
    hint: '4242 4242 4242 4242 klappt, 4000 0000 0000 0002 wird abgelehnt, 4000 0027 6000 3184 verlangt 3-D Secure.',
    number: 'Kartennummer',
    expiry: 'Ablaufdatum (MM/JJ)',
    cvc: 'Prüfnummer',
    submit: 'Karte speichern',
    saving: 'Wird gespeichert…',
    saved: 'Karte gespeichert.',
    invalid:
      'Prüfen Sie die Kartennummer, das Ablaufdatum (MM/JJ, nicht vergangen) und die Prüfnummer.',
    fallbackError: 'Diese Karte konnte nicht gespeichert werden. Bitte versuchen Sie es erneut.',
    challenge: 'Ihre Bank bittet Sie, diese Karte zu bestätigen (3-D-Secure-Test).',
    complete: 'Bestätigung abschließen',
    failAuth: 'Bestätigung ablehnen',
    authFailed: 'Die Bank hat die Karte nicht bestätigt. Es wurde nichts gespeichert.',
    errors: {
      invalid_request: 'Dieses Formular wurde falsch geöffnet.',
      unauthorized: 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
      processing_failed: 'Diese Karte konnte nicht gespeichert werden. Bitte erneut versuchen.',
      unknown: 'Etwas ist schiefgegangen. Bitte versuchen Sie es erneut.',
    },
  },
  es: {
    title: 'Añadir método de pago',
    close: 'Cerrar',
    badge: 'Tarjeta de prueba (solo mock: no se cobra ninguna tarjeta real).',
    hint: '4242 4242 4242 4242 funciona, 4000 0000 0000 0002 se rechaza, 4000 0027 6000 3184 pide 3-D Secure.',
    number: 'Número de tarjeta',
    expiry: 'Caducidad (MM/AA)',
    cvc: 'CVC',
    submit: 'Guardar tarjeta',
    saving: 'Guardando…',
    saved: 'Tarjeta guardada.',
    invalid: 'Revisa el número de tarjeta, la caducidad (MM/AA, no vencida) y el CVC.',
    fallbackError: 'No pudimos guardar esta tarjeta. Inténtalo de nuevo.',
    challenge: 'Tu banco te pide confirmar esta tarjeta (prueba de 3-D Secure).',
    complete: 'Completar la autenticación',
    failAuth: 'Rechazar la autenticación',
    authFailed: 'El banco no confirmó la tarjeta. No se guardó nada.',
    errors: {
      invalid_request: 'Este formulario se abrió de forma incorrecta.',
      unauthorized: 'Tu sesión ha caducado. Vuelve a iniciar sesión.',
      processing_failed: 'No pudimos guardar esta tarjeta. Inténtalo de nuevo.',
      unknown: 'Algo salió mal. Inténtalo de nuevo.',
    },
  },
};

/**
 * Polar's rule for `embed_origin` (`isValidEmbedOrigin` in
 * `clients/apps/web/src/app/(embed)/embed/payment-method/page.tsx`): an origin exactly (no path), `https:`, or `http:` on
 * localhost or 127.0.0.1. Anything else and the page posts nothing at all.
 * @param {string | null} origin
 */
function validEmbedOrigin(origin) {
  if (!origin || !URL.canParse(origin)) return null;
  const url = new URL(origin);
  if (url.origin !== origin) return null;
  if (url.protocol === 'https:') return origin;
  return url.protocol === 'http:' && ['localhost', '127.0.0.1'].includes(url.hostname)
    ? origin
    : null;
}

/**
 * Polar's rule for `embed_return_url` (`resolveEmbedReturnUrl`, same file): kept only on the embedding page's own origin.
 * @param {string | null} returnUrl
 * @param {string} origin
 */
function returnUrlFor(returnUrl, origin) {
  return returnUrl && URL.canParse(returnUrl) && new URL(returnUrl).origin === origin
    ? returnUrl
    : origin;
}

const params = new URLSearchParams(location.search);
const token = params.get('session_token');
const embedOrigin = validEmbedOrigin(params.get('embed_origin'));
const mode = params.get('mode') === 'modal' ? 'modal' : 'inline';
const setDefault = params.get('set_default') !== 'false';
const language = (params.get('locale') ?? 'en').toLowerCase().split('-')[0] ?? 'en';
/** @type {Words} */
const words = language === 'de' ? WORDS.de : language === 'es' ? WORDS.es : WORDS.en;
const root = /** @type {HTMLElement} */ (document.getElementById('embed'));

document.documentElement.lang = language in WORDS ? language : 'en';
document.documentElement.classList.add(mode);
if (params.get('theme') === 'dark') document.documentElement.classList.add('dark');
document.title = words.title;

/** @param {EmbedMessage} message */
function post(message) {
  if (embedOrigin) window.parent.postMessage({ ...message, type: MESSAGE_TYPE }, embedOrigin);
}

/** Opened on its own (after a redirect), the page goes back to the merchant's page. */
/** @param {'succeeded' | 'failed'} status */
function returnIfStandalone(status) {
  if (window.parent !== window || !embedOrigin) return;
  const url = new URL(returnUrlFor(params.get('embed_return_url'), embedOrigin));
  url.searchParams.set(STATUS_PARAM, status);
  location.href = url.toString();
}

/**
 * @param {string} path
 * @param {unknown} [body]
 */
async function api(path, body) {
  const response = await fetch(path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json().catch(() => null);
  return { status: response.status, ok: response.ok, json };
}

/**
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Record<string, string>} [attributes]
 * @param {(Node | string)[]} [children]
 */
function el(tag, attributes = {}, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/**
 * Polar's message for a refused card (`PaymentMethodSetupFailed` says why), else the form's own.
 * @param {{ detail?: unknown } | null} body
 */
const detailOf = (body) => (typeof body?.detail === 'string' ? body.detail : words.fallbackError);

/** @param {ErrorCode} code */
function showFatal(code) {
  root.replaceChildren(el('p', { class: 'error', role: 'alert' }, [words.errors[code]]));
  post({ event: 'error', code });
  post({ event: 'loaded' });
}

/** The box Polar draws: a dialog with a title and a close button in the modal, bare inline. */
function frame() {
  const box = el('div', { class: 'dialog', id: 'polar-embed-content' });
  if (mode === 'modal') {
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-modal', 'true');
    box.setAttribute('aria-labelledby', 'embed-title');
    const close = el('button', { type: 'button', class: 'close', 'aria-label': words.close }, [
      '×',
    ]);
    close.addEventListener('click', () => post({ event: 'close' }));
    box.append(el('h1', { id: 'embed-title' }, [words.title]), close);
  }
  root.replaceChildren(box);
  return box;
}

/** @param {HTMLElement} box */
function showForm(box) {
  const error = el('p', { class: 'error', id: 'card-error', role: 'alert' });
  /** @type {(name: string, label: string, autocomplete: string) => { input: HTMLInputElement, label: HTMLLabelElement }} */
  const field = (name, label, autocomplete) => {
    const input = el('input', {
      id: `card-${name}`,
      name,
      inputmode: 'numeric',
      autocomplete,
      required: '',
    });
    return { input, label: el('label', { for: input.id }, [label, input]) };
  };
  const number = field('number', words.number, 'cc-number');
  const expiry = field('expiry', words.expiry, 'cc-exp');
  const cvc = field('cvc', words.cvc, 'cc-csc');
  const submit = el('button', { type: 'submit' }, [words.submit]);
  const form = el('form', { novalidate: '' }, [
    el('p', { class: 'badge' }, [words.badge, ' ', words.hint]),
    number.label,
    el('div', { class: 'pair' }, [expiry.label, cvc.label]),
    error,
    el('div', { class: 'actions' }, [submit]),
  ]);
  box.append(form);
  const inputs = [number.input, expiry.input, cvc.input];

  /** A failure after submitting: shown here, told to the page, and the form open again. */
  const fail = (/** @type {string} */ message) => {
    error.textContent = message;
    submit.disabled = false;
    submit.textContent = words.submit;
    post({ event: 'error', code: 'processing_failed' });
    returnIfStandalone('failed');
  };
  const done = (/** @type {{ id: string }} */ method) => {
    box.replaceChildren(el('p', { role: 'status' }, [words.saved]));
    post({ event: 'success', paymentMethodId: method.id });
    returnIfStandalone('succeeded');
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.textContent = '';
    for (const input of inputs) input.removeAttribute('aria-invalid');
    const expiryParts = /^(\d{2})\s*\/\s*(\d{2})$/.exec(expiry.input.value.trim());
    // Stripe's `createConfirmationToken`, played by the mock's Stripe.
    const made = await fetch('/__dev/stripe/confirmation-tokens', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        number: number.input.value,
        exp_month: expiryParts?.[1] ?? '',
        exp_year: expiryParts ? `20${expiryParts[2]}` : '',
        cvc: cvc.input.value,
      }),
    });
    const confirmationToken = await made.json().catch(() => null);
    if (!made.ok || typeof confirmationToken?.id !== 'string') {
      const wrong = /** @type {string | undefined} */ (confirmationToken?.error?.param);
      const input = wrong?.startsWith('exp')
        ? expiry.input
        : wrong === 'cvc'
          ? cvc.input
          : number.input;
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', error.id);
      input.focus();
      return fail(words.invalid);
    }
    post({ event: 'confirmed' });
    submit.disabled = true;
    submit.textContent = words.saving;
    const created = await api('/v1/customer-portal/customers/me/payment-methods', {
      confirmation_token_id: confirmationToken.id,
      set_default: setDefault,
      return_url: location.href,
    });
    if (!created.ok) return fail(detailOf(created.json));
    if (created.json.status === 'succeeded') return done(created.json.payment_method);
    challenge(box, created.json.client_secret, done, fail);
  });
  post({ event: 'loaded' });
  number.input.focus();
}

/**
 * Stripe's 3-D Secure step (`handleNextAction`), played in the frame: the customer completes
 * or fails it, then the card is confirmed with Polar as Polar's page confirms it.
 * @param {HTMLElement} box
 * @param {string} clientSecret
 * @param {(method: { id: string }) => void} done
 * @param {(message: string) => void} fail
 */
function challenge(box, clientSecret, done, fail) {
  const complete = el('button', { type: 'button' }, [words.complete]);
  const refuse = el('button', { type: 'button', class: 'secondary' }, [words.failAuth]);
  const panel = el('div', { role: 'group', 'aria-labelledby': 'challenge-text' }, [
    el('p', { id: 'challenge-text' }, [words.challenge]),
    el('div', { class: 'actions' }, [refuse, complete]),
  ]);
  const form = /** @type {HTMLFormElement} */ (box.querySelector('form'));
  form.hidden = true;
  box.append(panel);
  complete.focus();
  const back = (/** @type {string} */ message) => {
    panel.remove();
    form.hidden = false;
    fail(message);
  };
  refuse.addEventListener('click', () => back(words.authFailed));
  complete.addEventListener('click', async () => {
    complete.disabled = refuse.disabled = true;
    const authenticated = await fetch('/__dev/stripe/setup-intents/authenticate', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ client_secret: clientSecret }),
    });
    const intent = await authenticated.json().catch(() => null);
    if (!authenticated.ok || typeof intent?.id !== 'string') return back(words.fallbackError);
    const confirmed = await api('/v1/customer-portal/customers/me/payment-methods/confirm', {
      setup_intent_id: intent.id,
      set_default: setDefault,
    });
    if (confirmed.ok && confirmed.json.status === 'succeeded')
      return done(confirmed.json.payment_method);
    back(detailOf(confirmed.json));
  });
}

async function start() {
  if (!token || !embedOrigin) return showFatal('invalid_request');
  const me = await api('/v1/customer-portal/customers/me').catch(() => null);
  if (!me || !me.ok) return showFatal(me?.status === 401 ? 'unauthorized' : 'unknown');
  const box = frame();
  showForm(box);
  if (mode === 'inline') {
    new ResizeObserver(([entry]) =>
      post({ event: 'resize', height: entry?.contentRect.height ?? 0 }),
    ).observe(document.body);
  } else {
    // Polar's modal closes on a click outside its box; Escape does the same here.
    document.addEventListener('click', (event) => {
      if (!box.contains(/** @type {Node} */ (event.target))) post({ event: 'close' });
    });
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') post({ event: 'close' });
    });
  }
}

void start();

export {}; // a module (the page loads it as one), not a script sharing the global scope
