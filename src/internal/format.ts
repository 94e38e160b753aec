/**
 * Money and dates through `Intl`, in the element's language. Amounts arrive in the currency's
 * minor unit (cents), as Polar sends them. Formatters are kept once made: making one costs far
 * more than using it, and a list of a hundred rows formats hundreds of values (`npm run bench`).
 */

const moneyFormats = new Map<string, { format: Intl.NumberFormat; divisor: number }>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function formatMoney(amount: number, currency: string, lang: string): string {
  const code = currency.toUpperCase();
  const key = `${lang}|${code}`;
  let money = moneyFormats.get(key);
  if (!money) {
    const format = new Intl.NumberFormat(lang, { style: 'currency', currency: code });
    // The minor unit is the currency's, not the language's: cents for USD, none for JPY.
    const digits =
      new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions()
        .maximumFractionDigits ?? 2;
    money = { format, divisor: 10 ** digits };
    moneyFormats.set(key, money);
  }
  return money.format.format(amount / money.divisor);
}

export function formatDate(
  value: string | Date,
  lang: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, options);
    dateFormats.set(key, format);
  }
  return format.format(new Date(value));
}
