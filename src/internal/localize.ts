import {
  LocalizeController,
  registerTranslation,
  type Translation,
} from '@shoelace-style/localize';
import { common as deCommon } from '../locales/de/common.js';
import { common as enCommon } from '../locales/en/common.js';
import { common as esCommon } from '../locales/es/common.js';
import type { PortalTerms } from '../locales/terms.js';

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', de: 'Deutsch', es: 'Español' };

type PortalTranslation = Translation & PortalTerms;

/**
 * The library keeps the first translation it was given as the fallback for languages it has no
 * terms for, and never updates that object: this is it, and every English area is merged into it.
 */
const englishFallback: Translation = { $code: 'en', $name: 'English', $dir: 'ltr' };

/**
 * Registers one area's terms (`{ en: {...}, de: {...} }`); called by the element that uses
 * them, so entries carry only their own strings. Terms a merchant registered stay theirs unless
 * they load an element after overriding its terms.
 */
export function registerTerms(byLanguage: { en: object } & Record<string, object>): void {
  Object.assign(englishFallback, byLanguage.en);
  registerTranslation(
    ...Object.entries(byLanguage).map(
      ([code, terms]) =>
        ({
          $code: code,
          $name: LANGUAGE_NAMES[code] ?? code,
          $dir: 'ltr',
          ...terms,
        }) as Translation,
    ),
  );
}

registerTranslation(englishFallback);
registerTerms({ en: enCommon, de: deCommon, es: esCommon });

/**
 * Per-element localization: the language comes from the nearest `lang` ancestor (across shadow
 * roots), then the document, so a host app can mix languages on one page.
 */
export class PortalLocalize extends LocalizeController<PortalTranslation> {
  override lang(): string {
    let node: Node | null = this.host;
    while (node) {
      if (node instanceof HTMLElement && node.lang) return node.lang.toLowerCase();
      node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    }
    return super.lang();
  }
}

/**
 * Lets a merchant override any term, or add a language:
 * `registerPortalTranslation({ $code: 'en', $name: 'English', $dir: 'ltr', signOut: 'Log out' })`.
 */
export const registerPortalTranslation = registerTranslation;
