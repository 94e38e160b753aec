/**
 * The script tag: a loader of a few hundred bytes. For each of our tags on the page, now or
 * later, it imports that element's module from the loader's own folder (the module defines the
 * tag, and brings the chunks it shares with the others); languages other than English follow
 * when an element needs them. It runs as a classic `<script>` and as `<script type="module">`
 * (dynamic `import()` works in both), needs nothing but `script-src 'self'` under a
 * Content-Security-Policy when the files are on the page's origin, and a second copy leaves the
 * first in charge. `data-preload="portal-customer portal-orders"` fetches elements ahead of time.
 */

/** Each tag's module, as `npm run build` writes them into `dist/cdn/`. */
const MODULES: Record<string, string> = {
  'portal-login': 'login.js',
  'portal-subscriptions': 'subscriptions.js',
  'portal-seats': 'seats.js',
  'portal-orders': 'orders.js',
  'portal-customer': 'customer.js',
  'portal-benefits': 'benefits.js',
  'customer-portal': 'portal.js',
};

interface PortalElementsGlobal {
  /** Imports the modules of these tags (all of them without arguments). */
  load(...tags: string[]): Promise<void>;
  /** The whole API (`PortalClient`, `getSession`, `registerPortalTranslation`, the events…). */
  api(): Promise<unknown>;
}

declare global {
  interface Window {
    PortalElements?: PortalElementsGlobal;
  }
}

/** The loader's own script: `currentScript` for a classic script, else found by its name. */
function ownScript(): HTMLScriptElement | null {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement && current.src) return current;
  const scripts = [...document.querySelectorAll<HTMLScriptElement>('script[src]')];
  return scripts.find((script) => /\/portal-elements(\.min)?\.js(\?|#|$)/.test(script.src)) ?? null;
}

function start(): void {
  if (window.PortalElements) return; // a second copy: the first one's definitions stay
  const script = ownScript();
  const base = new URL('.', script?.src ?? location.href);
  const asked = new Map<string, Promise<void>>();

  const load = (tag: string): Promise<void> => {
    const file = MODULES[tag];
    if (!file || customElements.get(tag)) return Promise.resolve();
    let done = asked.get(tag);
    if (!done) {
      done = (import(/* @vite-ignore */ new URL(file, base).href) as Promise<unknown>).then(
        () => undefined,
        (error: unknown) => {
          asked.delete(tag); // a later appearance of the tag tries again
          console.error(`portal-elements: could not load <${tag}> from ${base.href}`, error);
        },
      );
      asked.set(tag, done);
    }
    return done;
  };

  const selector = Object.keys(MODULES).join(',');
  const scan = (root: Element | Document) => {
    if (root instanceof Element && root.matches(selector)) void load(root.localName);
    for (const el of root.querySelectorAll(selector)) void load(el.localName);
  };

  window.PortalElements = {
    load: (...tags) =>
      Promise.all((tags.length ? tags : Object.keys(MODULES)).map(load)).then(() => undefined),
    api: () => import(/* @vite-ignore */ new URL('index.js', base).href),
  };

  for (const tag of (script?.dataset.preload ?? '').split(/[\s,]+/)) if (tag) void load(tag);
  scan(document);
  new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  }).observe(document.documentElement, { childList: true, subtree: true });
}

start();

export {};
