import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../../src/elements/customer-portal/define.js';
import type { CustomerPortal } from '../../../src/elements/customer-portal/customer-portal.js';
import {
  exportParts,
  VIEW_PARTS,
  VIEW_TAGS,
} from '../../../src/elements/customer-portal/view-parts.js';
import { mockAttrs, signIn, useMockWorker, visitEveryTab } from '../support.js';

useMockWorker();

type Forwarded = keyof typeof VIEW_PARTS;
const viewOfTag = (tag: string) =>
  (Object.keys(VIEW_TAGS) as Forwarded[]).find((view) => VIEW_TAGS[view] === tag)!;

/**
 * The parts each element documents (`@csspart`), by tag: from the custom-elements manifest that
 * `cem analyze` writes (`npm run docs`, `npm run build`, and CI before the tests). A fresh clone
 * without `dist/` reads the same tables from docs/elements.md, which CI keeps equal to it.
 */
async function documentedParts(): Promise<Map<string, string[]>> {
  const parts = new Map<string, string[]>();
  const manifest = await fetch('/dist/custom-elements.json');
  if (manifest.ok && manifest.headers.get('content-type')?.includes('json')) {
    const { modules } = (await manifest.json()) as {
      modules: { declarations?: { tagName?: string; cssParts?: { name: string }[] }[] }[];
    };
    for (const declaration of modules.flatMap((module) => module.declarations ?? []))
      if (declaration.tagName)
        parts.set(
          declaration.tagName,
          (declaration.cssParts ?? []).map((part) => part.name),
        );
    return parts;
  }
  const docs = await (await fetch('/docs/elements.md')).text();
  for (const section of docs.split(/^## /m).slice(1)) {
    const tag = /^`<([a-z-]+)>`/.exec(section)?.[1];
    const table = section.split('**CSS parts**')[1]?.split(/\n\s*\n\*\*/)[0] ?? '';
    if (tag)
      parts.set(
        tag,
        [...table.matchAll(/^\| `([^`]+)`/gm)].map((match) => match[1]!),
      );
  }
  return parts;
}

describe('<customer-portal> forwards the parts of its views', () => {
  it('forwards every part each view and the sign-in document, and none they do not', async () => {
    const documented = await documentedParts();
    for (const view of Object.keys(VIEW_PARTS) as Forwarded[]) {
      const tag = VIEW_TAGS[view];
      const parts = documented.get(tag) ?? [];
      const forwarded: readonly string[] = VIEW_PARTS[view];
      expect(parts.length, `${tag}'s documented parts`).to.be.greaterThan(5);
      expect(
        parts.filter((part) => !forwarded.includes(part)),
        `parts <${tag}> documents that <customer-portal> does not forward`,
      ).to.deep.equal([]);
      expect(
        forwarded.filter((part) => !parts.includes(part)),
        `parts <customer-portal> forwards that <${tag}> does not document`,
      ).to.deep.equal([]);
    }
  });

  it('lets the page style every view’s parts through the portal', async () => {
    const every = new Set(Object.values(VIEW_PARTS).flat());
    const style = document.createElement('style');
    style.textContent = `${[...every].map((part) => `customer-portal::part(${part})`).join(', ')} {
      outline-color: rgb(1, 2, 3);
    }`;
    document.head.append(style);
    try {
      const el = await fixture<CustomerPortal>(
        `<customer-portal ${mockAttrs('teamly')}></customer-portal>`,
      );
      const login = el.shadowRoot!.querySelector('portal-login')!;
      await waitUntil(() => login.shadowRoot?.querySelector('[part=email-input]'), 'the sign-in');
      expect(login.getAttribute('exportparts')).to.equal(exportParts('login'));
      const styled = (element: Element) =>
        getComputedStyle(element).outlineColor === 'rgb(1, 2, 3)';
      expect(styled(login.shadowRoot!.querySelector('[part=email-input]')!)).to.equal(true);

      await signIn('mia@northwind.example', 'teamly');
      const seen: string[] = [];
      const tabs = await visitEveryTab(el, (view) => {
        const name = viewOfTag(view.localName);
        seen.push(name);
        expect(view.getAttribute('exportparts'), `${view.localName}'s exportparts`).to.equal(
          exportParts(name),
        );
        const forwarded: readonly string[] = VIEW_PARTS[name];
        for (const element of view.shadowRoot!.querySelectorAll('[part]')) {
          const names = element.getAttribute('part')!.split(/\s+/);
          if (names.some((part) => forwarded.includes(part)))
            expect(styled(element), `${view.localName}::part(${names.join(' ')})`).to.equal(true);
        }
      });
      expect(tabs).to.equal(5);
      expect(seen).to.have.members(['subscriptions', 'seats', 'orders', 'benefits', 'customer']);
    } finally {
      style.remove();
    }
  });
});
