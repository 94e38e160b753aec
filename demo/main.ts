import type { SentEmail } from '../mock-server/index.js';
import { PortalClient, getSession, PORTAL_FEATURES } from '../src/index.js';
import { LANGUAGES } from '../src/locales/languages.js';
import { watchDevLogs } from './dev-logs.js';
import { startMock, type DemoMock } from './mock.js';

/**
 * The designers' page: every element live against the mock that `npm start` serves on this
 * origin; sign in as any seeded person with one click; switch organization, layout, language,
 * theme, merchant switches, latency and faults; watch the dev mailbox, the webhook log and the
 * elements' events. Everything from the API is rendered as text.
 */

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const organization = $<HTMLSelectElement>('organization');
const signInMode = $<HTMLSelectElement>('sign-in-mode');
const layout = $<HTMLSelectElement>('layout');
const language = $<HTMLSelectElement>('language');
const theme = $<HTMLSelectElement>('theme');
const cardEntry = $<HTMLSelectElement>('card-entry');

// Every language the elements speak, each fetched only when chosen.
language.replaceChildren(
  ...Object.entries(LANGUAGES).map(([code, { name }]) => new Option(name, code)),
);
const latency = $<HTMLSelectElement>('latency');
const faults = $<HTMLSelectElement>('faults');

const EXAMPLE_THEMES = ['brand', 'minimal'];

const ELEMENTS = [
  'portal-login',
  'portal-subscriptions',
  'portal-seats',
  'portal-orders',
  'portal-customer',
  'portal-benefits',
] as const;

// No top-level await in an entry: the static build's mock chunk imports this entry back (the
// modules they share), and an entry awaiting a chunk that waits for the entry never finishes.
void startMock().then(start);

/** The page, once the mock answers. */
function start({ seed, merchantBackend }: DemoMock): void {
  for (const org of seed.organizations)
    organization.append(
      new Option(`${org.name} (${org.member_model_enabled ? 'teams' : 'individuals'})`, org.id),
    );

  // The designer's choices survive a reload.
  const choices = [organization, signInMode, layout, language, theme];
  const saved = new URLSearchParams(location.hash.slice(1));
  for (const select of choices) if (saved.get(select.id)) select.value = saved.get(select.id)!;
  // A static copy of the demo has no backend to make sessions: only the code works there.
  if (!merchantBackend) {
    signInMode.value = 'code';
    signInMode.options[1]!.disabled = true;
  }
  function remember(): void {
    const params = new URLSearchParams();
    for (const select of choices) params.set(select.id, select.value);
    history.replaceState(null, '', `#${params}`);
  }

  /**
   * "Signed in on the merchant's site": who is signed in there (a user of the demo's merchant,
   * by the merchant's own ids), and the elements' `getSessionToken`, which asks the merchant's
   * backend (`demo/merchant-backend/`, served by `npm start`) for a portal session for them.
   */
  let merchantUser: string | null = null; // null: not chosen yet; '': signed out
  const onMerchantSite = () => signInMode.value === 'merchant';
  const organizationSlug = () => seed.organizations.find((o) => o.id === organization.value)!.slug;
  async function merchantSessionToken(): Promise<string | null> {
    if (!merchantUser) return null;
    const answer = await fetch('/portal-session', {
      method: 'POST',
      headers: { 'x-demo-organization': organizationSlug(), 'x-demo-user': merchantUser },
    });
    if (!answer.ok) {
      log(`The merchant's backend answered ${answer.status} for ${merchantUser}.`);
      return null;
    }
    return ((await answer.json()) as { token: string }).token;
  }

  /** Merchant switches: a row per feature, hidden and read-only checkboxes. */
  const featureRows = PORTAL_FEATURES.map((feature) => {
    const row = document.createElement('tr');
    const name = document.createElement('th');
    name.scope = 'row';
    name.textContent = feature;
    const boxes = (['hidden', 'readonly'] as const).map((kind) => {
      const cell = document.createElement('td');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.dataset.kind = kind;
      box.dataset.feature = feature;
      box.setAttribute('aria-label', `${feature} ${kind === 'hidden' ? 'hidden' : 'read-only'}`);
      box.addEventListener('change', mount);
      cell.append(box);
      return cell;
    });
    row.append(name, ...boxes);
    return row;
  });
  $('features')
    .querySelector('tbody')!
    .append(...featureRows);

  const checked = (kind: 'hidden' | 'readonly') =>
    [...document.querySelectorAll<HTMLInputElement>(`#features input[data-kind=${kind}]:checked`)]
      .map((box) => box.dataset.feature)
      .join(' ');

  /** One element, configured from the controls. */
  function create(tag: string): HTMLElement {
    const el = document.createElement(tag);
    el.setAttribute('api-base', location.origin);
    // By slug, as merchants know it from their portal's address; `organization-id` works too.
    el.setAttribute('organization', organizationSlug());
    // The example themes are plain CSS on the page (demo.css): light, restyled from outside.
    el.setAttribute('theme', EXAMPLE_THEMES.includes(theme.value) ? 'light' : theme.value);
    el.setAttribute('hidden-features', checked('hidden'));
    el.setAttribute('readonly-features', checked('readonly'));
    el.lang = language.value;
    if (onMerchantSite())
      (el as HTMLElementTagNameMap['portal-customer']).getSessionToken = merchantSessionToken;
    // Adding a card opens Polar's card embed: here the mock's stand-in, with Stripe's test cards.
    if (tag === 'portal-customer' || tag === 'customer-portal')
      el.setAttribute('card-entry', cardEntry.value);
    return el;
  }

  function section(tag: string, el: HTMLElement): HTMLElement {
    const box = document.createElement('section');
    box.classList.toggle('dark', theme.value === 'dark');
    if (EXAMPLE_THEMES.includes(theme.value)) box.classList.add(`theme-${theme.value}`);
    const heading = document.createElement('h2');
    heading.textContent = `<${tag}>`;
    box.append(heading, el);
    return box;
  }

  /** Same api-base and organization: every element shares the login's session. */
  function mount(): void {
    remember();
    // On the merchant's site the merchant shows who is signed in: no sign-in form.
    const elements = onMerchantSite() ? ELEMENTS.filter((tag) => tag !== 'portal-login') : ELEMENTS;
    const tags = layout.value === 'portal' ? ['customer-portal'] : elements;
    const people = personas();
    if (
      merchantUser === null ||
      (merchantUser && !people.some((p) => p.merchantId === merchantUser))
    )
      merchantUser = people[0]?.merchantId ?? ''; // the site's first user, on first sight
    $('sign-in-hint').textContent = onMerchantSite()
      ? `Signed in on ${seed.organizations.find((o) => o.id === organization.value)!.name}'s site as ${merchantUser || 'nobody'}: the elements get the session from POST /portal-session.`
      : merchantBackend
        ? ''
        : 'Signing in on the merchant’s site needs the example backend: run npm start.';
    $('elements').replaceChildren(...tags.map((tag) => section(tag, create(tag))));
    renderPersonas();
  }

  /**
   * The organization's people: by email for the code, and by the merchant's ids (`x-demo-user`)
   * for its backend, a team's member as `<customer>/<member>`.
   */
  function personas() {
    const customers = seed.customers.filter((c) => c.organization_id === organization.value);
    const shared = (email: string | null) => customers.filter((c) => c.email === email).length > 1;
    return customers.flatMap((c) =>
      c.members.length
        ? c.members.map((m) => ({
            email: m.email,
            customerId: c.id,
            merchantId: c.type === 'team' ? `${c.external_id}/${m.external_id}` : c.external_id!,
            label: `${m.email}`,
            detail: `${m.role}, ${c.name}`,
          }))
        : [
            {
              email: c.email ?? '',
              customerId: c.id,
              merchantId: c.external_id!,
              label: c.email ?? '',
              detail: shared(c.email) ? `shared email → ${c.name}` : (c.name ?? 'individual'),
            },
          ],
    );
  }

  function renderPersonas(): void {
    const people = personas();
    $('personas').replaceChildren(
      ...people.map((person) => {
        const item = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = `${person.label} (${person.detail})`;
        button.setAttribute(
          'aria-pressed',
          String(onMerchantSite() && person.merchantId === merchantUser),
        );
        button.addEventListener('click', () => {
          if (onMerchantSite()) return signInOnMerchantSite(person.merchantId);
          signInAs(person.email, person.customerId).catch((error: unknown) =>
            // With the fault switch on, the mock may refuse or drop the sign-in itself.
            log(`Signing in as ${person.email} failed: ${String(error)}. Try again.`),
          );
        });
        item.append(button);
        return item;
      }),
    );
  }

  const session = () =>
    getSession({ apiBase: location.origin, organizationId: organization.value });

  /** What a customer does, without the typing: ask for a code, read it from the mailbox, use it. */
  async function signInAs(email: string, customerId: string): Promise<void> {
    const api = new PortalClient({ baseUrl: location.origin });
    await session().signOut();
    await api.requestCode({ email, organization_id: organization.value, customer_id: customerId });
    const mails = (await (
      await fetch(`/__dev/emails?to=${encodeURIComponent(email)}`)
    ).json()) as SentEmail[];
    const newest = mails[0]; // newest first
    if (!newest?.code) return log(`No code arrived for ${email}.`);
    const { token } = await api.authenticate(newest.code);
    await session().signInWithToken(token);
  }

  /** The merchant's site signs someone else in: the elements ask its backend again. */
  function signInOnMerchantSite(merchantId: string): void {
    merchantUser = merchantId;
    session().signOut();
    mount();
    log(`Signed in on the merchant's site as ${merchantId}.`);
  }

  function log(text: string): void {
    const item = document.createElement('li');
    item.textContent = `${new Date().toLocaleTimeString()} ${text}`;
    $('event-log').prepend(item);
  }

  // Every portal event bubbles and composes out of the elements: one listener shows them all.
  for (const type of [
    'portal-signed-in',
    'portal-signed-out',
    'portal-session-expired',
    'portal-subscription-canceled',
    'portal-subscription-uncanceled',
    'portal-subscription-updated',
    'portal-seat-assigned',
    'portal-seat-revoked',
    'portal-order-updated',
    'portal-invoice-generated',
    'portal-order-paid',
    'portal-customer-updated',
    'portal-payment-method-added',
    'portal-payment-method-removed',
    'portal-payment-method-default-changed',
    'portal-license-key-deactivated',
    'portal-benefit-claimed',
  ]) {
    document.addEventListener(type, (event) => {
      const detail = (event as CustomEvent<unknown>).detail;
      const summary =
        detail && typeof detail === 'object' && 'id' in detail ? ` ${String(detail.id)}` : '';
      log(`${type}${summary}`);
    });
  }

  async function post(path: string, body: unknown): Promise<void> {
    await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  }

  latency.addEventListener('change', () => {
    const [min_ms, max_ms] = latency.value.split(',').map(Number);
    void post('/__dev/latency', { min_ms, max_ms });
  });
  faults.addEventListener('change', () => {
    const [error_rate, drop_rate] = faults.value.split(',').map(Number);
    void post('/__dev/faults', { error_rate, drop_rate });
  });
  for (const select of [organization, layout, language, theme, cardEntry])
    select.addEventListener('change', mount);
  signInMode.addEventListener('change', () => {
    session().signOut(); // one way in at a time
    mount();
  });
  $('sign-out').addEventListener('click', () => {
    if (onMerchantSite()) merchantUser = '';
    session().signOut();
    mount();
  });
  $('reset').addEventListener('click', async () => {
    await fetch('/__dev/reset', { method: 'POST' });
    sessionStorage.clear();
    location.reload();
  });

  watchDevLogs({ mailbox: $('mailbox'), webhooks: $('webhooks') });
  mount();
}
