import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { SentEmail } from '../../mock-server/index.js';
import { deepElements, mock, mockAttrs, useMockWorker, visitEveryTab } from './support.js';

/**
 * The session token is a password: after signing in through the all-in-one portal and opening
 * every tab, it is in no request URL, no console output, no attribute of any element (shadow
 * roots included), no event's detail and not in the page's address. (It is in sessionStorage,
 * where `persist="session"` says it lives, and in the Authorization header.)
 */

useMockWorker();

const PEOPLE = [
  { email: 'alice@example.com', slug: 'acme', prefix: 'polar_cst_' },
  { email: 'olivia@northwind.example', slug: 'teamly', prefix: 'polar_mst_' },
];

const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug'] as const;

/** Every attribute value in the document, shadow roots included. */
const allAttributes = (): string[] =>
  deepElements(document).flatMap((el) =>
    [...el.attributes].map((attr) => `${el.localName}[${attr.name}]=${attr.value}`),
  );

function type(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

for (const { email, slug, prefix } of PEOPLE) {
  it(`keeps ${email}’s token out of URLs, the console, attributes and events`, async () => {
    const urls: string[] = [];
    const onRequest = ({ request }: { request: Request }) => urls.push(request.url);
    mock.worker.events.on('request:start', onRequest);
    const logged: string[] = [];
    const originals = CONSOLE_METHODS.map((method) => console[method]);
    CONSOLE_METHODS.forEach((method, i) => {
      console[method] = (...args: unknown[]) => {
        logged.push(args.map(String).join(' '));
        originals[i]!.apply(console, args);
      };
    });
    const details: string[] = [];
    const onEvent = (event: Event) => {
      if (event.type.startsWith('portal-'))
        details.push(`${event.type} ${JSON.stringify((event as CustomEvent).detail ?? null)}`);
    };
    const types = [
      'portal-signed-in',
      'portal-signed-out',
      'portal-session-expired',
      'portal-subscription-updated',
      'portal-customer-updated',
    ];
    types.forEach((t) => document.addEventListener(t, onEvent, true));

    try {
      const portal = await fixture<HTMLElement>(
        `<customer-portal ${mockAttrs(slug).replace('persist="memory"', 'persist="session"')}></customer-portal>`,
      );
      const login = () => portal.shadowRoot!.querySelector('portal-login')!.shadowRoot!;
      await waitUntil(() => login().querySelector('#email'), 'the sign-in form');
      type(login().querySelector<HTMLInputElement>('#email')!, email);
      await new Promise((r) => setTimeout(r));
      login().querySelector<HTMLButtonElement>('[part=submit-button]')!.click();
      await waitUntil(() => login().querySelector('#code'), 'the code step');
      const [mail] = (await (await fetch(`/__dev/emails?to=${email}`)).json()) as SentEmail[];
      type(login().querySelector<HTMLInputElement>('#code')!, mail!.code!);
      await waitUntil(() => login().querySelector('[part=signed-in]'), 'signed in');

      // Every view, loaded.
      expect(await visitEveryTab(portal)).to.be.greaterThan(3);

      const token = Object.values(sessionStorage).find((value) => value.includes(prefix));
      expect(token, 'the session is kept where persist says').to.be.a('string');
      const secret = token!.match(new RegExp(`${prefix}[A-Za-z0-9]+`))![0];
      expect(urls.length).to.be.greaterThan(5);
      for (const url of [...urls, location.href]) expect(url).not.to.contain(secret);
      for (const line of logged) expect(line).not.to.contain(secret);
      for (const attribute of allAttributes()) expect(attribute).not.to.contain(secret);
      expect(details.some((d) => d.startsWith('portal-signed-in'))).to.equal(true);
      for (const detail of details) expect(detail).not.to.contain(prefix);
      expect(deepElements(document).filter((el) => el.hasAttribute('session-token'))).to.deep.equal(
        [],
      );
    } finally {
      mock.worker.events.removeListener('request:start', onRequest);
      CONSOLE_METHODS.forEach((method, i) => (console[method] = originals[i]!));
      types.forEach((t) => document.removeEventListener(t, onEvent, true));
    }
  });
}
