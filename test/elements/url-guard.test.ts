import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { getResponse, http, HttpResponse } from 'msw';
import '../../src/index.js';
import type { DownloadableRead, ListResourceDownloadableRead } from '../../src/api/types.js';
import { navigateTo, openInNewTab, safeUrl, type SafeUrl } from '../../src/internal/safe-url.js';
import {
  deepElements,
  mock,
  mockAttrs,
  settled,
  signIn,
  useMockWorker,
  visitEveryTab,
} from './support.js';

/**
 * An attacker between the elements and the API (a rewriting proxy) hands back script and
 * look-alike URLs wherever the API answers with one. Nothing becomes a link or a navigation
 * unless it is `https:` (or loopback `http:`, the mock); the customer reads why, in their
 * language; good addresses still open, in a tab that has no way back into the page.
 */

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

useMockWorker();

const HOSTILE = [
  'javascript:window.__pwned=1',
  'JAVASCRIPT:window.__pwned=1',
  '  javascript:window.__pwned=1',
  'java\tscript:window.__pwned=1',
  'data:text/html,<script>opener.__pwned=1</script>',
  'http://evil.example/steal',
];
const GOOD = 'https://files.example/document.pdf?signature=abc';

/** An independent reading of the rule (not the guard's code): https, or http to loopback. */
const ALLOWED = /^(https:\/\/|http:\/\/(localhost|127\.\d+\.\d+\.\d+|\[::1\])[:/])/;

/** Every URL-bearing attribute under `root` (shadow roots included) that breaks the rule. */
const unsafeAttributes = (root: ShadowRoot): string[] =>
  deepElements(root).flatMap((el) =>
    ['href', 'src', 'srcset', 'action', 'formaction', 'data', 'poster']
      .filter((name) => el.hasAttribute(name) && !ALLOWED.test(el.getAttribute(name)!))
      .map((name) => `<${el.localName} ${name}="${el.getAttribute(name)}">`),
  );

/** Replaces the API's answer to GET `path` with `url` as the document's address. */
const answerUrl = (path: RegExp, url: string) =>
  mock.worker.use(http.get(path, () => HttpResponse.json({ url })));

/** Captures `window.open` (address and features) instead of opening anything. */
function captureOpen() {
  const original = window.open;
  const calls: { url: string; features: string }[] = [];
  window.open = ((url?: string | URL, _target?: string, features?: string) => {
    calls.push({ url: String(url), features: features ?? '' });
    return null;
  }) as typeof window.open;
  return { calls, restore: () => (window.open = original) };
}

/** A real key press: the element sees a user activation, as it does for a customer's click. */
async function press(button: HTMLElement) {
  button.focus();
  await sendKeys({ press: 'Enter' });
}

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

beforeEach(() => delete window.__pwned);
afterEach(() => expect(window.__pwned, 'no script ran').to.equal(undefined));

describe('safeUrl', () => {
  const REFUSED: unknown[] = [
    ...HOSTILE,
    'JaVaScRiPt:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'javascript://polar.sh/%0aalert(1)',
    'vbscript:msgbox(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'blob:https://polar.sh/3f1a',
    'file:///etc/passwd',
    'ftp://polar.sh/file',
    'ws://localhost:8000/',
    '/v1/customer-portal/orders',
    'orders/1/invoice',
    '//evil.example/x',
    'https:evil.example',
    'https:/evil.example',
    'https:\\\\evil.example',
    'https://evil.example\\@polar.sh/',
    'https://polar.sh@evil.example/',
    'https://user:secret@polar.sh/',
    ' https://polar.sh/',
    'https://polar.sh/\t',
    'https://po\nlar.sh/',
    'https://polar.sh/\u200b',
    'https://p\u043elar.sh/', // a Cyrillic o
    'https://exa mple.com/',
    'https://',
    'https://[::1',
    'http://evil.example/',
    'http://127.0.0.1.evil.example/',
    'http://localhost.evil.example/',
    'http://0.0.0.0:8000/',
    'http://[::2]/',
    '',
    undefined,
    null,
    42,
    { toString: () => 'https://polar.sh/' },
  ];
  for (const input of REFUSED)
    it(`refuses ${JSON.stringify(input) ?? String(input)}`, () => {
      expect(safeUrl(input)).to.equal(null);
    });

  const ACCEPTED: [string, string][] = [
    ['https://polar.sh/', 'https://polar.sh/'],
    ['HTTPS://SANDBOX.POLAR.SH/Path?q=1', 'https://sandbox.polar.sh/Path?q=1'],
    [
      'https://s3.amazonaws.com/b/file%20name.zip?X-Amz-Signature=a%2Fb',
      'https://s3.amazonaws.com/b/file%20name.zip?X-Amz-Signature=a%2Fb',
    ],
    ['https://localhost/', 'https://localhost/'],
    ['http://localhost:8000/__files/x?y=1', 'http://localhost:8000/__files/x?y=1'],
    ['http://127.0.0.1:8000/x', 'http://127.0.0.1:8000/x'],
    ['http://127.255.0.9/', 'http://127.255.0.9/'],
    ['http://[::1]:5173/', 'http://[::1]:5173/'],
    ['http://2130706433/', 'http://127.0.0.1/'], // the parser spells loopback out
  ];
  for (const [input, normalized] of ACCEPTED)
    it(`accepts ${input}`, () => expect(safeUrl(input)).to.equal(normalized));

  it('refuses a cast URL at the navigation helpers too', () => {
    const open = captureOpen();
    try {
      expect(() => openInNewTab('javascript:window.__pwned=1' as SafeUrl)).to.throw(TypeError);
      expect(() => navigateTo('data:text/html,x' as SafeUrl)).to.throw(TypeError);
      expect(open.calls).to.deep.equal([]);
      openInNewTab(safeUrl(GOOD)!);
      expect(open.calls).to.deep.equal([{ url: GOOD, features: 'noopener,noreferrer' }]);
    } finally {
      open.restore();
    }
  });
});

describe('<portal-benefits> with hostile URLs', () => {
  /** Alice's files, one per hostile address plus one good one. */
  function tamperDownloads(urls: string[]) {
    mock.worker.use(
      http.get(/\/v1\/customer-portal\/downloadables\/?(\?|$)/, async ({ request }) => {
        const original = (await getResponse(mock.handlers, request))!;
        const list = (await original.json()) as ListResourceDownloadableRead;
        const template = list.items[0]!;
        list.items = urls.map((url, i): DownloadableRead => ({
          ...template,
          id: `${template.id}-${i}`,
          file: {
            ...template.file,
            name: `file-${i}.zip`,
            download: { ...template.file.download, url },
          },
        }));
        return HttpResponse.json(list);
      }),
    );
  }

  it('renders refused downloads as text with the reason, and good ones as links', async () => {
    tamperDownloads([...HOSTILE, GOOD]);
    await signIn('alice@example.com', 'acme');
    const el = await fixture(`<portal-benefits ${mockAttrs('acme')}></portal-benefits>`);
    await settled(el, '[part=download-link], [part=download-refused]');
    expect(unsafeAttributes(el.shadowRoot!)).to.deep.equal([]);
    const refused = [...el.shadowRoot!.querySelectorAll('[part=download-refused]')];
    expect(refused.map((node) => node.textContent)).to.deep.equal(
      HOSTILE.map((_, i) => `file-${i}.zip`),
    );
    for (const node of refused) {
      expect(node.closest('a')).to.equal(null);
      expect(node.parentElement!.textContent).to.contain(
        'This link was blocked: its address is not a secure (https) address.',
      );
      (node as HTMLElement).click();
    }
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([GOOD]);
    expect(links[0]!.rel).to.contain('noopener');
    await expect(el).to.be.accessible();
  });

  for (const [lang, message] of [
    ['de', 'Dieser Link wurde blockiert'],
    ['es', 'Se bloqueó este enlace'],
  ])
    it(`says why in the customer’s language (${lang})`, async () => {
      tamperDownloads([HOSTILE[0]!]);
      await signIn('alice@example.com', 'acme');
      const el = await fixture(
        `<portal-benefits lang=${lang} ${mockAttrs('acme')}></portal-benefits>`,
      );
      await settled(el, '[part=download-refused]');
      expect(text(el)).to.contain(message);
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    });

  it('does not send Polar’s window to a hostile OAuth address, and sends it to a good one', async () => {
    await signIn('mia@northwind.example', 'teamly');
    const el = await fixture(`<portal-benefits ${mockAttrs('teamly')}></portal-benefits>`);
    await settled(el, '[part=connect-button]');
    const navigated: string[] = [];
    // Polar's window as a stand-in that records where it is sent (a real one would leave).
    const realOpen = window.open;
    let popup = { closed: false, opener: null as unknown };
    window.open = () => {
      popup = {
        closed: false,
        opener: window,
        location: { replace: (url: string) => navigated.push(url) },
        close() {
          this.closed = true;
        },
      } as typeof popup;
      return popup as unknown as Window; // what the element uses of a window
    };
    try {
      const connect = () =>
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part=connect-button]')!;
      const alert = () => el.shadowRoot!.querySelector('[part=grant] [role=alert]');
      for (const url of HOSTILE) {
        answerUrl(/\/v1\/customer-portal\/oauth-accounts\/authorize/, url);
        connect().click();
        await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
        expect(alert(), 'the last message is cleared').to.equal(null);
        await waitUntil(() => alert(), `refuses ${url}`);
        expect(alert()!.textContent).to.contain('This link was blocked');
        expect(connect().disabled).to.equal(false);
        expect(navigated).to.deep.equal([]);
        expect(popup.closed, 'the empty window is closed again').to.equal(true);
        expect(unsafeAttributes(el.shadowRoot!)).to.deep.equal([]);
      }
      answerUrl(/\/v1\/customer-portal\/oauth-accounts\/authorize/, 'https://discord.com/oauth2');
      connect().click();
      await waitUntil(() => navigated.length === 1, 'sends the window');
      expect(navigated).to.deep.equal(['https://discord.com/oauth2']);
      expect(popup.closed).to.equal(false);
    } finally {
      window.open = realOpen;
    }
  });
});

describe('<portal-orders> with hostile URLs', () => {
  async function firstOrder() {
    await signIn('alice@example.com', 'acme');
    const el = await fixture(`<portal-orders ${mockAttrs('acme')}></portal-orders>`);
    await settled(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=details-button]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part=receipt-button]'), 'the detail');
    return el;
  }

  for (const type of ['invoice', 'receipt'] as const) {
    const path = new RegExp(`/v1/customer-portal/orders/[^/]+/${type}$`);
    it(`opens no ${type} from a hostile address and says why`, async () => {
      const open = captureOpen();
      try {
        const el = await firstOrder();
        let events = 0;
        el.addEventListener('portal-invoice-generated', () => events++);
        const button = () => el.shadowRoot!.querySelector<HTMLElement>(`[part=${type}-button]`)!;
        const alert = () => el.shadowRoot!.querySelector('[role=alert]');
        for (const url of HOSTILE) {
          answerUrl(path, url);
          const before = alert(); // each attempt clears the message and renders its own
          await press(button());
          await waitUntil(() => alert() && alert() !== before, `refuses ${url}`);
          expect(alert()!.textContent).to.contain('This link was blocked');
          await waitUntil(() => !(button() as HTMLButtonElement).disabled, 'the button is back');
          expect(el.shadowRoot!.querySelector(`[part=${type}-link]`)).to.equal(null);
          expect(unsafeAttributes(el.shadowRoot!)).to.deep.equal([]);
        }
        expect(open.calls).to.deep.equal([]);
        expect(events).to.equal(0);
      } finally {
        open.restore();
      }
    });
  }

  it('opens a good invoice at once, with noopener and no token in the address', async () => {
    const open = captureOpen();
    try {
      answerUrl(/\/v1\/customer-portal\/orders\/[^/]+\/invoice$/, GOOD);
      const el = await firstOrder();
      const generated = oneEvent(el, 'portal-invoice-generated');
      await press(el.shadowRoot!.querySelector<HTMLElement>('[part=invoice-button]')!);
      expect((await generated).detail.url).to.equal(GOOD);
      expect(open.calls).to.deep.equal([{ url: GOOD, features: 'noopener,noreferrer' }]);
      expect(open.calls[0]!.url).not.to.match(/polar_[cm]st_/);
    } finally {
      open.restore();
    }
  });

  it('offers the receipt as a link when the click no longer counts, then gives the button back', async () => {
    const open = captureOpen();
    try {
      answerUrl(/\/v1\/customer-portal\/orders\/[^/]+\/receipt$/, GOOD);
      const el = await firstOrder();
      // As when the API answered after the click stopped counting (Chrome: 5 s): the page has no
      // user activation. (A stub, because the key presses of earlier tests may still count.)
      Object.defineProperty(navigator, 'userActivation', {
        configurable: true,
        value: { isActive: false, hasBeenActive: true },
      });
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=receipt-button]')!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part=receipt-link]'), 'the link');
      const anchor = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part=receipt-link]')!;
      expect(open.calls).to.deep.equal([]);
      expect(anchor.getAttribute('href')).to.equal(GOOD);
      expect(anchor.target).to.equal('_blank');
      expect(anchor.rel).to.contain('noopener');
      expect(el.shadowRoot!.activeElement).to.equal(anchor);
      expect(text(el)).to.contain('The receipt is ready: open it with the link.');
      await expect(el).to.be.accessible();
      // The customer follows it (the test keeps the tab from opening).
      window.addEventListener('click', (event) => event.preventDefault(), { once: true });
      anchor.click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part=receipt-button]'), 'button back');
    } finally {
      open.restore();
      delete (navigator as { userActivation?: unknown }).userActivation; // the real getter again
    }
  });
});

describe('every URL field the API sends, poisoned', () => {
  /** Every string under a key ending in `url` (url, avatar_url, return_url, …), however deep. */
  function poisonUrls(value: unknown, next: () => string): void {
    if (Array.isArray(value)) return value.forEach((item) => poisonUrls(item, next));
    if (!value || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      if (typeof inner === 'string' && /url$/i.test(key))
        (value as Record<string, unknown>)[key] = next();
      else poisonUrls(inner, next);
    }
  }

  for (const { email, slug, hasUrls } of [
    { email: 'alice@example.com', slug: 'acme', hasUrls: true }, // her downloads
    { email: 'olivia@northwind.example', slug: 'teamly', hasUrls: false },
  ])
    it(`links and opens none of them, in any view (${email})`, async () => {
      let poisoned = 0;
      const next = () => HOSTILE[poisoned++ % HOSTILE.length]!;
      mock.worker.use(
        http.get(/\/v1\/customer-portal\//, async ({ request }) => {
          const original = (await getResponse(mock.handlers, request))!;
          if (!original.headers.get('content-type')?.includes('json')) return original;
          const body: unknown = await original.json();
          poisonUrls(body, next);
          return HttpResponse.json(body as object, { status: original.status });
        }),
      );
      const open = captureOpen();
      try {
        await signIn(email, slug);
        const portal = await fixture(`<customer-portal ${mockAttrs(slug)}></customer-portal>`);
        await visitEveryTab(portal, async (view) => {
          for (const button of view.shadowRoot!.querySelectorAll<HTMLButtonElement>(
            'button[aria-expanded=false]',
          ))
            button.click();
          await new Promise((resolve) => setTimeout(resolve, 300));
          expect(unsafeAttributes(view.shadowRoot!), view.localName).to.deep.equal([]);
        });
        if (hasUrls) expect(poisoned, 'URL fields were poisoned').to.be.greaterThan(0);
        expect(unsafeAttributes(portal.shadowRoot!)).to.deep.equal([]);
        expect(open.calls).to.deep.equal([]);
      } finally {
        open.restore();
      }
    });
});
