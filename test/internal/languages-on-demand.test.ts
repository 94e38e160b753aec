import { expect, fixture } from '@open-wc/testing';
import '../../src/elements/portal-login/define.js';
import { registerPortalTranslation } from '../../src/internal/localize.js';

/**
 * Languages other than English arrive when an element first resolves them, and only the areas
 * of the elements on the page: a German sign-in fetches German `common` and `login`, no other
 * language and no other element's words, and its first render is already German. (This file
 * does not preload languages, unlike the element tests' `support.ts`.)
 */

const localeFiles = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => /\/src\/translations\/[^/]+\//.test(path));

const login = (lang: string) =>
  fixture<HTMLElement>(
    `<portal-login lang="${lang}" api-base="${location.origin}" organization-id="00000000-0000-4000-8000-000000000000" persist="memory"></portal-login>`,
  );
const label = (el: HTMLElement) =>
  el.shadowRoot!.querySelector('[part=submit-button]')!.textContent!.trim();

describe('languages on demand', () => {
  it('renders German first time, having fetched only German sign-in words', async () => {
    expect(localeFiles().filter((path) => !path.includes('/en/'))).to.deep.equal([]);
    // A merchant's override, registered before German arrives, stays over it.
    registerPortalTranslation({
      $code: 'de',
      $name: 'Deutsch',
      $dir: 'ltr',
      resendCode: 'Nochmal',
    });
    const el = await login('de-AT');
    expect(label(el)).to.equal('Code senden');
    const fetched = localeFiles().filter((path) => !path.includes('/en/'));
    expect(
      fetched.map((path) => path.replace(/^.*\/src\/translations\//, '')).sort(),
    ).to.deep.equal(['de/common.ts', 'de/index.ts', 'de/login.ts']); // index: the language's list of areas
    const localize = (el as unknown as { localize: { term(key: string): string } }).localize;
    expect(localize.term('resendCode')).to.equal('Nochmal');
  });

  it('falls back to English for a language it does not have, and fetches nothing', async () => {
    const before = localeFiles().length;
    const el = await login('xx');
    expect(label(el)).to.equal('Send code');
    expect(el.getAttribute('dir')).to.equal('ltr');
    expect(localeFiles().length).to.equal(before);
  });
});
