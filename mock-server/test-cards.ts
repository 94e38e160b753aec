import type { PaymentMethodRow } from './db/rows.js';

/**
 * The mock's Stripe: what Stripe's test cards do, in one place. A card reaches the mock two
 * ways: saved (a payment method row, known by its last four digits) or typed into the card form
 * (a confirmation token, `ctok_<brand>_<last4>_<MM>_<YYYY>`, which the mock's Stripe makes for
 * the stand-in card embed, `embed/payment-method.js`, through `typedCardToken` below). Each answer below is for one moment a card meets Stripe:
 * its setup, an off-session charge (Polar charging without the customer: renewals, plan and
 * seat changes, resumes) and an on-session payment (the customer paying a failed order again).
 */

/** The card a token or a saved payment method stands for. */
export type TestCard = Pick<PaymentMethodRow, 'brand' | 'last4' | 'exp_month' | 'exp_year'>;

/** Stripe's answer: paid, a 3-D Secure step owed first, or a decline with its message. */
export type CardAnswer = 'succeeds' | 'needs_action' | { declined: string };

/** Stripe's `card_declined` messages, as Stripe words them for the customer. */
const GENERIC_DECLINE = 'Your card was declined.';
const INSUFFICIENT_FUNDS = 'Your card has insufficient funds.';
/** Stripe's message when an off-session charge needed 3-D Secure (`authentication_required`). */
export const AUTHENTICATION_REQUIRED =
  'Your card was declined. This transaction requires authentication.';

/** The numbers the mock's card form turns into a token that says what it does, not its brand. */
export const SPECIAL_NUMBERS: Readonly<Record<string, 'fail' | '3ds'>> = {
  // Stripe's generic decline: declined at setup and at every charge.
  '4000000000000002': 'fail',
  // Stripe's "always authenticate": 3-D Secure at setup and at every charge.
  '4000002760003184': '3ds',
};

/**
 * Saved cards, by their last four digits, and what Stripe makes of an off-session charge:
 * `0341` is Stripe's "attaching succeeds, charging fails" card (Carol's in the seed), `0002`
 * its generic decline, `9995` its insufficient-funds decline, `3184` its "always authenticate".
 */
const OFF_SESSION: Readonly<Record<string, CardAnswer>> = {
  '0341': { declined: GENERIC_DECLINE },
  '0002': { declined: GENERIC_DECLINE },
  '9995': { declined: INSUFFICIENT_FUNDS },
  '3184': 'needs_action',
};

/**
 * The same cards when the customer pays a failed order from the portal. `0341` pays here: the
 * mock lets a customer recover a declined renewal with the card it was declined on (the seed's
 * story for Carol), where Stripe's `0341` would decline this charge too.
 */
const ON_SESSION: Readonly<Record<string, CardAnswer>> = {
  '0002': { declined: GENERIC_DECLINE },
  '9995': { declined: INSUFFICIENT_FUNDS },
  '3184': 'needs_action',
};

const tokenKind = (token: string): 'fail' | '3ds' | null =>
  token.startsWith('ctok_fail') ? 'fail' : token.startsWith('ctok_3ds') ? '3ds' : null;

/**
 * The card a token describes: `ctok_<brand>_<last4>_<MM>_<YYYY>`, each part defaulting to
 * Stripe's `4242` Visa expiring 12/2030; a `3ds` token is a Visa.
 */
export function cardFromToken(token: string): TestCard {
  const [, brand = 'visa', last4 = '4242', month = '12', year = '2030'] = token.split('_');
  return {
    brand: brand === '3ds' || brand === 'fail' ? 'visa' : brand,
    last4: /^\d{4}$/.test(last4) ? last4 : '4242',
    exp_month: Number(month) || 12,
    exp_year: Number(year) || 2030,
  };
}

/** The token the mock's card form makes for a typed card: its 16 digits and its expiry. */
export function tokenForNumber(digits: string, month: string, year: string): string {
  const brand =
    SPECIAL_NUMBERS[digits] ??
    (digits.startsWith('5') ? 'mastercard' : digits.startsWith('3') ? 'amex' : 'visa');
  return `ctok_${brand}_${digits.slice(-4)}_${month}_${year}`;
}

/** Why Stripe refused to make a token for what was typed: the field and its error code. */
export interface TypedCardError {
  param: 'number' | 'exp_month' | 'exp_year' | 'cvc';
  code: 'incorrect_number' | 'invalid_expiry_month' | 'invalid_expiry_year' | 'invalid_cvc';
  message: string;
}

/** The Luhn check Stripe's card field makes before anything reaches a server. */
function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

/**
 * Stripe's `createConfirmationToken` for a typed card, as the mock's Stripe plays it: the
 * number (spaces allowed, 13 to 19 digits, Luhn), a month and a four-digit year not before
 * `now`'s month, and a CVC of 3 or 4 digits; the token, or the first field at fault.
 */
export function typedCardToken(
  typed: { number: string; exp_month: string; exp_year: string; cvc: string },
  now: Date,
): { token: string } | { error: TypedCardError } {
  const digits = typed.number.replace(/[\s-]/g, '');
  if (!/^\d{13,19}$/.test(digits) || !passesLuhn(digits))
    return {
      error: {
        param: 'number',
        code: 'incorrect_number',
        message: 'Your card number is incorrect.',
      },
    };
  const month = /^\d{1,2}$/.test(typed.exp_month) ? Number(typed.exp_month) : 0;
  if (month < 1 || month > 12)
    return {
      error: {
        param: 'exp_month',
        code: 'invalid_expiry_month',
        message: "Your card's expiration month is invalid.",
      },
    };
  const year = /^\d{4}$/.test(typed.exp_year) ? Number(typed.exp_year) : 0;
  const thisMonth = now.getUTCFullYear() * 12 + now.getUTCMonth();
  if (year === 0 || year * 12 + month - 1 < thisMonth || year > now.getUTCFullYear() + 50)
    return {
      error: {
        param: 'exp_year',
        code: 'invalid_expiry_year',
        message: "Your card's expiration year is invalid.",
      },
    };
  if (!/^\d{3,4}$/.test(typed.cvc))
    return {
      error: {
        param: 'cvc',
        code: 'invalid_cvc',
        message: "Your card's security code is invalid.",
      },
    };
  return { token: tokenForNumber(digits, String(month).padStart(2, '0'), String(year)) };
}

/**
 * Saving a typed card (a SetupIntent): a `fail` token is declined, a `3ds` token owes a 3-D
 * Secure step; every other card is saved, even one that declines charges later.
 */
export function onSetup(token: string): CardAnswer {
  const kind = tokenKind(token);
  if (kind === 'fail') return { declined: GENERIC_DECLINE };
  if (kind === '3ds') return 'needs_action';
  return 'succeeds';
}

/** Charging a saved card with no customer present (`confirm=True, off_session=True`). */
export function offSessionCharge(card: Pick<PaymentMethodRow, 'last4'>): CardAnswer {
  return OFF_SESSION[card.last4] ?? 'succeeds';
}

/** The customer paying now, with a saved card or a typed one (its token). */
export function onSessionCharge(
  payment: { card: Pick<PaymentMethodRow, 'last4'> } | { token: string },
): CardAnswer {
  if ('token' in payment) {
    const kind = tokenKind(payment.token);
    if (kind === 'fail') return { declined: GENERIC_DECLINE };
    if (kind === '3ds') return 'needs_action';
  }
  const last4 = 'card' in payment ? payment.card.last4 : cardFromToken(payment.token).last4;
  return ON_SESSION[last4] ?? 'succeeds';
}
