import { LocalizeController, registerTranslation } from '@shoelace-style/localize';
import de from '../locales/de.js';
import en, { type PortalTranslation } from '../locales/en.js';

registerTranslation(en, de);

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

/** Lets a merchant override any term, or add a language: `registerPortalTranslation({...})`. */
export const registerPortalTranslation = registerTranslation;
