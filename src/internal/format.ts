/**
 * Money and dates through `Intl`, in the element's language. Amounts arrive in the currency's
 * minor unit (cents), as Polar sends them.
 */

const fractionDigits = (currency: string) =>
  new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
    .maximumFractionDigits ?? 2;

export function formatMoney(amount: number, currency: string, lang: string): string {
  const code = currency.toUpperCase();
  return new Intl.NumberFormat(lang, { style: 'currency', currency: code }).format(
    amount / 10 ** fractionDigits(code),
  );
}

export function formatDate(
  value: string | Date,
  lang: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string {
  return new Intl.DateTimeFormat(lang, options).format(new Date(value));
}
