/**
 * The languages the elements speak: Polar's hosted portal's fourteen, plus Arabic for
 * right-to-left. English is built in; every other language is fetched per area when an element
 * first resolves it (`internal/localize.ts`), so a language a page does not use costs it only
 * its line here.
 */
export const LANGUAGES = {
  en: { name: 'English', dir: 'ltr' },
  de: { name: 'Deutsch', dir: 'ltr' },
  es: { name: 'Español', dir: 'ltr' },
  fr: { name: 'Français', dir: 'ltr' },
  hu: { name: 'Magyar', dir: 'ltr' },
  it: { name: 'Italiano', dir: 'ltr' },
  ja: { name: '日本語', dir: 'ltr' },
  ko: { name: '한국어', dir: 'ltr' },
  nl: { name: 'Nederlands', dir: 'ltr' },
  pl: { name: 'Polski', dir: 'ltr' },
  pt: { name: 'Português (Brasil)', dir: 'ltr' },
  'pt-PT': { name: 'Português (Portugal)', dir: 'ltr' },
  sv: { name: 'Svenska', dir: 'ltr' },
  tr: { name: 'Türkçe', dir: 'ltr' },
  ar: { name: 'العربية', dir: 'rtl' },
} as const satisfies Record<string, { name: string; dir: 'ltr' | 'rtl' }>;

export type LanguageCode = keyof typeof LANGUAGES;

/**
 * The language of ours a BCP 47 tag resolves to: the tag itself (`pt-pt`), else its language
 * (`de-at` → `de`), else `null` (English, the fallback, answers).
 */
export function languageOf(tag: string): LanguageCode | null {
  const lower = tag.toLowerCase();
  const codes = Object.keys(LANGUAGES) as LanguageCode[];
  return (
    codes.find((code) => code.toLowerCase() === lower) ??
    codes.find((code) => code.toLowerCase() === lower.split('-')[0]) ??
    null
  );
}
