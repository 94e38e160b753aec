import { expect } from '@open-wc/testing';
import { LANGUAGES } from '../../src/locales/languages.js';

/**
 * Every language has every area English has, every key of each, and each term gives text for
 * sample values: the type checker holds the shapes (`typeof en`), this holds what ships.
 */

const AREAS = [
  'benefits',
  'card-embed',
  'common',
  'customer',
  'login',
  'orders',
  'payment',
  'portal',
  'seats',
  'subscriptions',
];

type Terms = Record<string, unknown>;
const termsOf = async (path: string): Promise<Terms> =>
  Object.values((await import(path)) as Record<string, Terms>)[0]!;

/** Sample arguments: numbers for counts, text for everything else. */
const sample = (term: (...args: unknown[]) => unknown) =>
  [0, 1, 2, 5, 21].map((n) =>
    term(...Array.from({ length: term.length }, (_, i) => (i === 0 ? n : `«v${i}»`))),
  );

describe('translations', () => {
  for (const language of Object.keys(LANGUAGES).filter((code) => code !== 'en')) {
    it(`${language} has every term English has, each giving text`, async () => {
      for (const area of AREAS) {
        const english = await termsOf(`../../src/locales/en/${area}.ts`);
        const theirs = await termsOf(`../../src/translations/${language}/${area}.ts`);
        expect(Object.keys(theirs).sort(), `${language}/${area}`).to.deep.equal(
          Object.keys(english).sort(),
        );
        for (const [key, term] of Object.entries(theirs)) {
          const texts =
            typeof term === 'function' ? sample(term as (...args: unknown[]) => unknown) : [term];
          const englishTexts =
            typeof english[key] === 'function'
              ? sample(english[key] as (...args: unknown[]) => unknown)
              : [english[key]];
          // Where English gives text for a sample (not a number passed through), so must they.
          for (const text of texts.filter((_, i) => typeof englishTexts[i] === 'string')) {
            expect(text, `${language}/${area}.${key}`).to.be.a('string').and.not.equal('');
            expect(text as string, `${language}/${area}.${key}`).not.to.match(/undefined|NaN|\$\{/);
          }
        }
      }
    });
  }
});
