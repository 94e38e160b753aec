import { waitUntil } from '@open-wc/testing';
import { createBrowserMock } from '../../mock-server/browser.js';
import type { SeedSummary, SentEmail } from '../../mock-server/index.js';
import { PortalClient } from '../../src/api/client.js';
import { preloadLanguage } from '../../src/internal/localize.js';
import { LANGUAGES } from '../../src/locales/languages.js';
import { getSession, resetSessions } from '../../src/session/session.js';

/**
 * What every element test needs: the mock in a service worker (rate limit off so tests may sign
 * in often), the seed's organization ids, and a real sign-in through the code by email.
 * Call `useMockWorker()` once at the top of a test file.
 */
export const mock = createBrowserMock({ rateLimit: 'off' });
let seed: SeedSummary;

/**
 * Runs `browserMock` in the service worker for the test file: started once, back to the seed
 * with no session after each test. Answers the seed as read from `/__dev/seed` once started.
 * Files that need another mock (the real rate limiter, say) pass their own.
 */
export function runMockWorker(
  browserMock: ReturnType<typeof createBrowserMock>,
): () => SeedSummary {
  let started: SeedSummary | undefined;
  before(async () => {
    // Languages are fetched on first use; the tests read every language's words at once.
    await Promise.all(Object.keys(LANGUAGES).map((code) => preloadLanguage(code)));
    await browserMock.worker.start({ quiet: true, onUnhandledRequest: 'error' });
    started = (await (await fetch('/__dev/seed')).json()) as SeedSummary;
  });
  afterEach(() => {
    browserMock.worker.resetHandlers();
    browserMock.state.reset();
    resetSessions();
    sessionStorage.clear();
  });
  after(() => browserMock.worker.stop());
  return () => started!;
}

export function useMockWorker(): void {
  const started = runMockWorker(mock);
  before(() => {
    seed = started();
  });
}

/** The seeded organization id of `acme` (customers) or `teamly` (teams with members). */
export const org = (slug: 'acme' | 'teamly' | string): string =>
  seed.organizations.find((o) => o.slug === slug)!.id;

/** The attributes that point an element at the mock, for `fixture()` strings. */
export const mockAttrs = (slug: string): string =>
  `api-base="${location.origin}" organization-id="${org(slug)}" persist="memory"`;

/** The same, naming the organization by its slug (`organization="acme"`) instead of its id. */
export const mockSlugAttrs = (slug: string): string =>
  `api-base="${location.origin}" organization="${slug}" persist="memory"`;

/**
 * Signs in as a seeded person the way a customer does (code by email), into the session the
 * elements share. `customerId` picks one customer when the email has several.
 */
export async function signIn(email: string, slug: string, customerId?: string): Promise<void> {
  const api = new PortalClient({ baseUrl: location.origin });
  await api.requestCode({
    email,
    organization_id: org(slug),
    ...(customerId ? { customer_id: customerId } : {}),
  });
  const [mail] = (await (
    await fetch(`/__dev/emails?to=${encodeURIComponent(email)}`)
  ).json()) as SentEmail[];
  const { token } = await api.authenticate(mail!.code!);
  await getSession({ apiBase: location.origin, organizationId: org(slug) }).signInWithToken(token);
}

/** Waits for the element to show a list, an empty state or an error. */
export async function settled(el: Element, parts = '[part=list], [part=empty], [part=error]') {
  await waitUntil(() => el.shadowRoot!.querySelector(parts), `one of ${parts}`);
}

/** The visible text of every `part` in the element, whitespace collapsed. */
export const partTexts = (el: Element, part: string): string[] =>
  [...el.shadowRoot!.querySelectorAll(`[part~=${part}]`)].map((node) =>
    node.textContent!.replace(/\s+/g, ' ').trim(),
  );

/** Every element under a root, shadow roots included. */
export function deepElements(root: Document | ShadowRoot): Element[] {
  const found: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    found.push(el);
    if (el.shadowRoot) found.push(...deepElements(el.shadowRoot));
  }
  return found;
}

/**
 * Opens every tab of a signed-in `<customer-portal>` in turn, waits until its view has loaded,
 * and hands the view to `visit`. Returns how many tabs there were.
 */
export async function visitEveryTab(
  portal: Element,
  visit: (view: Element) => unknown = () => undefined,
): Promise<number> {
  const root = portal.shadowRoot!;
  const tabs = () => [...root.querySelectorAll<HTMLButtonElement>('[role=tab]')];
  await waitUntil(() => tabs().length > 0, 'the tabs');
  const openView = () => root.querySelector('[role=tabpanel]:not([hidden]) > *');
  for (const tab of tabs()) {
    tab.click();
    await waitUntil(
      () => openView()?.shadowRoot && !openView()!.shadowRoot!.querySelector('[part~=loading]'),
      `the ${tab.textContent!.trim()} tab loaded`,
      { timeout: 5000 },
    );
    await visit(openView()!);
  }
  return tabs().length;
}
