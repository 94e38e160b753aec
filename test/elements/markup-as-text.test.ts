import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { deepElements, mock, mockAttrs, signIn, useMockWorker, visitEveryTab } from './support.js';

/**
 * Everything the API returns is rendered as text. Every human-readable string in the mock's
 * data (names, descriptions, notes, addresses, labels, reasons, errors) gets markup put in it;
 * then every view of the all-in-one portal is opened, every detail disclosure too: no element
 * is created from that markup, no handler runs, and the markup shows as the text it is.
 */

useMockWorker();

const PAYLOAD = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
const TEXT_KEYS = new Set([
  'name',
  'description',
  'billing_name',
  'label',
  'note',
  'line1',
  'line2',
  'city',
  'payment_error',
  'customer_cancellation_comment',
  'product_name',
  'label_name',
]);

/** Puts the payload in front of every human-readable string, however deep, in a copy. */
function poisoned(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(poisoned);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      typeof inner === 'string' && TEXT_KEYS.has(key) ? `${PAYLOAD} ${inner}` : poisoned(inner),
    ]),
  );
}

/** Every row of every table replaced by its poisoned copy (rows are never edited in place). */
function poisonStore(): void {
  for (const table of mock.state.db.tables())
    table.replaceAll(table.all().map((row) => poisoned(row) as typeof row));
}

/** The text of a shadow root and of every shadow root inside it. */
const deepText = (root: ShadowRoot): string =>
  [root, ...deepElements(root).flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []))]
    .map((r) => r.textContent ?? '')
    .join(' ');

for (const { email, slug } of [
  { email: 'alice@example.com', slug: 'acme' },
  { email: 'olivia@northwind.example', slug: 'teamly' },
]) {
  it(`shows markup in the API’s strings as text, in every view (${email})`, async () => {
    poisonStore();
    await signIn(email, slug);
    const portal = await fixture<HTMLElement>(
      `<customer-portal ${mockAttrs(slug)}></customer-portal>`,
    );
    const tabs = await visitEveryTab(portal, async (view) => {
      // Open every disclosure (subscription and order details) so their strings render too.
      for (const button of view.shadowRoot!.querySelectorAll<HTMLButtonElement>(
        'button[aria-expanded=false]',
      ))
        button.click();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(view.shadowRoot!.querySelector('[part~=error]'), `${view.localName} loaded`).to.equal(
        null,
      );
      expect(deepText(view.shadowRoot!), `${view.localName} shows the markup as text`).to.contain(
        '<b>bold</b>',
      );
    });
    expect(tabs).to.be.greaterThan(3);
    const everything = deepElements(portal.shadowRoot!);
    expect(everything.filter((el) => el.localName === 'img' || el.localName === 'b')).to.deep.equal(
      [],
    );
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(deepText(portal.shadowRoot!)).to.contain('<b>bold</b>');
  });
}

it('shows markup in customer names as text in the sign-in’s account picker and greeting', async () => {
  poisonStore();
  const login = await fixture<HTMLElement>(`<portal-login ${mockAttrs('teamly')}></portal-login>`);
  const root = login.shadowRoot!;
  const email = root.querySelector<HTMLInputElement>('#email')!;
  email.value = 'sam@example.com';
  email.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await new Promise((resolve) => setTimeout(resolve));
  root.querySelector<HTMLButtonElement>('[part=submit-button]')!.click();
  await waitUntil(() => root.querySelector('fieldset input[type=radio]'), 'the account picker');
  expect(root.querySelector('fieldset')!.textContent).to.contain('<b>bold</b> Sam Stone');
  expect(deepElements(root).filter((el) => el.localName === 'img')).to.deep.equal([]);
  expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
});
