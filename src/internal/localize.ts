import {
  LocalizeController,
  registerTranslation,
  type Translation,
} from '@shoelace-style/localize';
import type { ReactiveControllerHost } from 'lit';
import { common as enCommon } from '../locales/en/common.js';
import type { Area, LanguageAreas } from '../locales/areas.js';
import { LANGUAGES, languageOf, type LanguageCode } from '../locales/languages.js';
import type { PortalTerms } from '../locales/terms.js';

type PortalTranslation = Translation & PortalTerms;

/**
 * The library keeps the first translation it was given as the fallback for languages it has no
 * terms for, and never updates that object: this is it, and every English area is merged into it.
 */
const englishFallback: Translation = { $code: 'en', $name: 'English', $dir: 'ltr' };
registerTranslation(englishFallback);

/** The areas of terms the elements on this page use (`common`, `login`, …), by file name. */
const areas = new Set<Area>();
/** Each language's list of areas (a few hundred bytes), fetched before its first area. */
const languageIndexes: Partial<Record<LanguageCode, Promise<{ areas: LanguageAreas }>>> = {};
/** `${language}/${area}` fetched or on their way. */
const fetched = new Map<string, Promise<void>>();
/** `${language}/${area}` that arrived, or failed this time (English answers for it then). */
const settled = new Set<string>();
/** The languages an element on the page resolved: each area registered later is fetched too. */
const wanted = new Set<LanguageCode>();
/** What the merchant registered, put back over every area that arrives later. */
const overrides = new Map<string, Translation[]>();

/**
 * One area of terms in one language, fetched on first use. The path is built from two values of
 * fixed lists (the language table and the areas the elements register), never from a page's
 * `lang` directly.
 */
function fetchArea(language: LanguageCode, area: Area): Promise<void> {
  const key = `${language}/${area}`;
  let done = fetched.get(key);
  if (!done) {
    languageIndexes[language] ??= import(`../translations/${language}/index.ts`) as Promise<{
      areas: LanguageAreas;
    }>;
    done = languageIndexes[language]
      .then(({ areas }) => areas[area]())
      .then((module) => {
        const terms = Object.values(module)[0] ?? {};
        const { name, dir } = LANGUAGES[language];
        registerTranslation({ $code: language, $name: name, $dir: dir, ...terms } as Translation);
        for (const override of overrides.get(language.toLowerCase()) ?? [])
          registerTranslation(override);
      })
      .catch((error: unknown) => {
        // English answers on this page; `preloadLanguage` may ask again.
        fetched.delete(key);
        delete languageIndexes[language];
        console.warn(`portal-elements: the ${language} terms for ${area} did not load.`, error);
      })
      .finally(() => settled.add(key));
    fetched.set(key, done);
  }
  return done;
}

/** Every registered area of `language`: resolved when all have arrived (or failed). */
function fetchLanguage(language: LanguageCode): Promise<void> {
  wanted.add(language);
  return Promise.all([...areas].map((area) => fetchArea(language, area))).then(() => undefined);
}

/** Whether every registered area of `language` is here already. */
const isHere = (language: LanguageCode) =>
  [...areas].every((area) => settled.has(`${language}/${area}`));

/**
 * Fetches a language ahead of time (a page that knows its customers' language, the tests), for
 * the areas of the elements loaded so far and every one loaded later. Unknown tags do nothing.
 */
export function preloadLanguage(tag: string): Promise<void> {
  const language = languageOf(tag);
  return language && language !== 'en' ? fetchLanguage(language) : Promise.resolve();
}

/**
 * Registers one area's English terms, named by its file in `locales/en/`; called by the module
 * that uses them, so a page carries only the areas of the elements it loads. Other languages of
 * the area are fetched when an element resolves them.
 */
export function registerTerms(area: Area, english: object): void {
  // The merchant's English overrides stay over the area's own terms.
  Object.assign(englishFallback, english, overridesOf('en'));
  registerTranslation({ ...englishFallback });
  areas.add(area);
  for (const language of wanted) void fetchArea(language, area);
}

const overridesOf = (code: string) => Object.assign({}, ...(overrides.get(code) ?? [])) as object;

registerTerms('common', enCommon);

/**
 * Per-element localization: the language comes from the nearest `lang` ancestor (across shadow
 * roots), then the document, so a host app can mix languages on one page. A language other than
 * English is fetched the first time an element resolves it; `ready()` waits for it, and the
 * element's direction follows it unless the page set `dir` itself.
 */
export class PortalLocalize extends LocalizeController<PortalTranslation> {
  private readonly element: ReactiveControllerHost & HTMLElement;
  private setDir: string | null = null;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    super(host);
    this.element = host;
  }

  override lang(): string {
    let node: Node | null = this.element;
    while (node) {
      if (node instanceof HTMLElement && node.lang) return node.lang.toLowerCase();
      node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    }
    return super.lang();
  }

  /** Our language for the resolved tag, or `null` for English and languages we lack. */
  language(): LanguageCode | null {
    const language = languageOf(this.lang());
    return language === 'en' ? null : language;
  }

  /** `null` when the element's language is here; else a promise of its arrival. */
  ready(): Promise<void> | null {
    const language = this.language();
    return language && !isHere(language) ? fetchLanguage(language) : null;
  }

  hostUpdate(): void {
    // The writing direction of the resolved language, as an attribute a page may still override.
    const dir = LANGUAGES[this.language() ?? 'en'].dir;
    const current = this.element.getAttribute('dir');
    if (current === null || current === this.setDir) {
      if (current !== dir) this.element.setAttribute('dir', dir);
      this.setDir = dir;
    }
  }
}

/**
 * Lets a merchant override any term, or add a language:
 * `registerPortalTranslation({ $code: 'en', $name: 'English', $dir: 'ltr', signOut: 'Log out' })`.
 * Kept over the terms fetched later, so a language arriving after the override does not undo it.
 */
export function registerPortalTranslation(
  ...translations: (Translation & Partial<PortalTerms>)[]
): void {
  for (const translation of translations) {
    const code = translation.$code.toLowerCase();
    overrides.set(code, [...(overrides.get(code) ?? []), translation]);
    if (code === 'en') Object.assign(englishFallback, translation);
  }
  registerTranslation(...translations);
}
