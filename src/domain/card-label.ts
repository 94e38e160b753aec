import type { CustomerPaymentMethod } from '../api/types.js';

/**
 * How a saved card is named wherever it is shown (the account's list, the delete confirmation,
 * the payment picker of a failed order): the brand as people write it, the last 4 digits and
 * the expiry. The words around them ("ending in", "Expires") are the caller's, in the reader's
 * language; what goes into them is decided here once.
 */

/** Stripe's brand codes as the brands write themselves; others get a capital first letter. */
const BRAND_NAMES: Record<string, string> = {
  amex: 'American Express',
  cartes_bancaires: 'Cartes Bancaires',
  diners: 'Diners Club',
  discover: 'Discover',
  eftpos_au: 'eftpos',
  jcb: 'JCB',
  mastercard: 'Mastercard',
  unionpay: 'UnionPay',
  visa: 'Visa',
};

export function brandName(brand: string): string {
  const known = BRAND_NAMES[brand.toLowerCase()];
  return known ?? brand.charAt(0).toUpperCase() + brand.slice(1);
}

/** The words a label is made of, in the reader's language. */
export interface CardWords {
  /** "Visa ending in 4242". */
  ending: (brand: string, last4: string) => string;
  /** "Expires 12/2030". */
  expires: (date: string) => string;
}

/** What is known of the card: Korean cards may lack the brand and last 4, and carry no expiry. */
function facts(method: CustomerPaymentMethod): {
  brand: string | null;
  last4: string | null;
  expiry: { month: number; year: number } | null;
} {
  if (!('method_metadata' in method)) return { brand: null, last4: null, expiry: null };
  if (method.type === 'card') {
    const { brand, last4, exp_month: month, exp_year: year } = method.method_metadata;
    const valid = Number.isInteger(month) && Number.isInteger(year) && month >= 1 && month <= 12;
    return { brand, last4, expiry: valid ? { month, year } : null };
  }
  return { brand: method.method_metadata.brand, last4: method.method_metadata.last4, expiry: null };
}

/** "Visa ending in 4242"; the brand (or the method's type) alone when the digits are unknown. */
export function cardLabel(method: CustomerPaymentMethod, words: CardWords): string {
  const { brand, last4 } = facts(method);
  const name = brandName(brand ?? method.type);
  return last4 ? words.ending(name, last4) : name;
}

/** "Expires 12/2030" in the reader's way of writing month and year; null without an expiry. */
export function cardExpiry(
  method: CustomerPaymentMethod,
  words: CardWords,
  lang: string,
): string | null {
  const { expiry } = facts(method);
  if (!expiry) return null;
  const date = new Date(expiry.year, expiry.month - 1, 1);
  return words.expires(
    new Intl.DateTimeFormat(lang, { month: '2-digit', year: 'numeric' }).format(date),
  );
}
