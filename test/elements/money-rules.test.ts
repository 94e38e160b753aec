import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../src/elements/portal-benefits/define.js';
import '../../src/elements/portal-customer/define.js';
import '../../src/elements/portal-orders/define.js';
import '../../src/elements/portal-seats/define.js';
import type { PortalDialog } from '../../src/internal/portal-dialog/portal-dialog.js';
import { mock, mockAttrs, partTexts, settled, signIn, useMockWorker } from './support.js';

useMockWorker();

/**
 * What the organization switches and Polar's rules decide, as the elements show them: usage and
 * email change by `customer_portal_settings`, seats by seat-based pricing, card deletion by
 * `requires_payment_method`, and billing details checked in the browser, all fields at once.
 */

const LANGS = ['en', 'de', 'es'] as const;
type Lang = (typeof LANGS)[number];

async function mount<T extends HTMLElement>(
  tag: string,
  email: string,
  lang: Lang,
  slug = 'acme',
  ready = '[part=list], [part=empty], [part=error], [part=profile], [part=group]',
) {
  const el = await fixture<T>(`<${tag} lang=${lang} ${mockAttrs(slug)}></${tag}>`);
  await signIn(email, slug);
  await settled(el, ready);
  return el;
}
const $ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const organization = (slug: string) => mock.state.db.organizations.find((o) => o.slug === slug)!;
/** Changes some of the organization's portal settings, the rest kept. */
const setPortalSettings = (slug: string, patch: object) =>
  mock.state.db.organizations.update(organization(slug), {
    customer_portal_settings: { ...organization(slug).customer_portal_settings, ...patch },
  });

describe('the organization’s portal settings', () => {
  it('shows credits only while usage.show is on', async () => {
    const shown = await mount('portal-benefits', 'ben@northwind.example', 'en', 'teamly');
    await waitUntil(() => partTexts(shown, 'credits').length > 0, 'credits');
    expect(partTexts(shown, 'credits')[0]).to.equal('588 left of 1,000 this period');
    shown.remove();
    mock.state.reset();
    setPortalSettings('teamly', { usage: { show: false } });
    const hidden = await mount('portal-benefits', 'ben@northwind.example', 'en', 'teamly');
    await waitUntil(() => partTexts(hidden, 'grant').length > 0, 'the grants');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(partTexts(hidden, 'credits')).to.deep.equal([]);
    expect(partTexts(hidden, 'grant').some((g) => g.includes('API calls'))).to.equal(false);
    await expect(hidden).to.be.accessible();
  });

  it('offers email change only where the organization allows it', async () => {
    const allowed = await mount('portal-customer', 'alice@example.com', 'en');
    await waitUntil(() => $(allowed, '[part=change-email]'), 'offered at acme');
    allowed.remove();
    mock.state.reset();
    setPortalSettings('acme', { customer: { allow_email_change: false } });
    const refused = await mount('portal-customer', 'alice@example.com', 'de');
    await waitUntil(() => $(refused, '[part=payment-methods] ul'), 'the account loaded');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect($(refused, '[part=change-email]')).to.equal(null);
    await expect(refused).to.be.accessible();
  });
});

describe('<portal-seats> without seat-based pricing', () => {
  const SAYS: Record<Lang, string> = {
    en: 'Team seats are not available: this seller has not enabled seat-based plans.',
    de: 'Team-Plätze sind nicht verfügbar: Dieser Anbieter hat Tarife mit Plätzen nicht aktiviert.',
    es: 'Los puestos de equipo no están disponibles: este vendedor no ha activado los planes por puesto.',
  };
  for (const lang of LANGS) {
    it(`says so, with no retry (${lang})`, async () => {
      mock.state.db.organizations.update(organization('teamly'), {
        seat_based_pricing_enabled: false,
      });
      const el = await mount(
        'portal-seats',
        'olivia@northwind.example',
        lang,
        'teamly',
        '[part=unavailable], [part=error], [part=list], [part=empty]',
      );
      expect(partTexts(el, 'unavailable')[0]).to.equal(SAYS[lang]);
      expect($(el, '[part=error]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  }
});

describe('<portal-customer> deleting a card, as Polar does it', () => {
  const card = (el: HTMLElement, last4: string) =>
    [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=payment-method]')].find((li) =>
      li.textContent!.includes(last4),
    )!;
  async function askToDelete(el: HTMLElement, last4: string) {
    await waitUntil(() => card(el, last4), 'the card');
    card(el, last4).querySelector<HTMLButtonElement>('[part=delete-button]')!.click();
    const dialog = $<PortalDialog>(el, 'portal-dialog.delete-method')!;
    await waitUntil(() => dialog.open, 'the dialog');
    return dialog;
  }
  const MOVES: Record<Lang, [string, string]> = {
    en: ['move to Mastercard ending in 4444', 'afterwards you have no default payment method'],
    de: ['wechseln zu Mastercard mit Endziffern 4444', 'Danach haben Sie keine'],
    es: ['pasan a Mastercard terminada en 4444', 'después no tendrá ninguno'],
  };
  for (const lang of LANGS) {
    it(`says where subscriptions move and that no default is left (${lang})`, async () => {
      const el = await mount('portal-customer', 'alice@example.com', lang);
      const dialog = await askToDelete(el, '4242');
      expect(dialog.textContent).to.contain(MOVES[lang][0]);
      expect(dialog.textContent).to.contain(MOVES[lang][1]);
      await expect(el).to.be.accessible();
      dialog.querySelector<HTMLButtonElement>('[part=confirm-button]')!.click();
      await waitUntil(() => $(el, '[part=no-default]'), 'no default now');
      await expect(el).to.be.accessible();
    });
  }

  it('warns that an only card may be needed, and says so in German when Polar refuses', async () => {
    const el = await mount('portal-customer', 'carol@example.com', 'de');
    const dialog = await askToDelete(el, '0341');
    expect(dialog.textContent).to.contain('Sie ist Ihre einzige Zahlungsmethode.');
    dialog.querySelector<HTMLButtonElement>('[part=confirm-button]')!.click();
    await waitUntil(() => dialog.querySelector('[role=alert]'), 'the refusal');
    expect(dialog.querySelector('[role=alert]')!.textContent!.trim()).to.equal(
      'Diese Karte wird noch gebraucht, um ein Abonnement abzurechnen. Fügen Sie eine andere Zahlungsmethode hinzu oder kündigen Sie zuerst das Abonnement.',
    );
  });
});

describe('billing details are checked before they are sent', () => {
  it('flags an empty name and a US postal code that is not one, in German, sending nothing', async () => {
    let sent = 0;
    const el = await mount('portal-orders', 'alice@example.com', 'de');
    const { worker } = mock;
    const { http } = await import('msw');
    worker.use(http.patch('*/v1/customer-portal/orders/:id', () => void sent++));
    $<HTMLButtonElement>(el, '[part=details-button]')!.click();
    await waitUntil(() => $(el, '[part=edit-billing-button]'), 'the detail');
    $<HTMLButtonElement>(el, '[part=edit-billing-button]')!.click();
    await waitUntil(() => $(el, '[part=billing-form]'), 'the form');
    const input = (name: string) => $<HTMLInputElement>(el, `[part=billing-form] [name=${name}]`)!;
    input('billing_name').value = '';
    input('billing_name').dispatchEvent(new Event('input'));
    input('postal_code').value = 'ABCDE-not-zip';
    input('postal_code').dispatchEvent(new Event('input'));
    $<HTMLButtonElement>(el, '[part=save-billing]')!.click();
    await waitUntil(() => input('postal_code').getAttribute('aria-invalid') === 'true', 'flagged');
    expect(input('billing_name').getAttribute('aria-invalid')).to.equal('true');
    const message = (name: string) =>
      $(el, `#${input(name).getAttribute('aria-describedby')!.split(' ')[0]}`)!.textContent!.trim();
    expect(message('billing_name')).to.equal('Dieses Feld ist erforderlich.');
    expect(message('postal_code')).to.equal(
      'Geben Sie eine US-Postleitzahl ein: 5 Ziffern oder 5+4 wie 12345-6789.',
    );
    expect(sent, 'nothing was sent').to.equal(0);
    expect(el.shadowRoot!.textContent).not.to.contain('Rechnungsdaten gespeichert');
    await expect(el).to.be.accessible();
  });

  it('says Polar’s state refusal in the customer’s language, beside the state', async () => {
    const { http, HttpResponse } = await import('msw');
    mock.worker.use(
      http.patch('*/v1/customer-portal/customers/me', () =>
        HttpResponse.json(
          {
            error: 'RequestValidationError',
            detail: [
              {
                type: 'value_error',
                loc: ['body', 'billing_address'],
                msg: 'Value error, Invalid CA subdivision',
                input: {},
              },
              { type: 'value_error', loc: ['body', 'tax_id'], msg: 'Invalid tax ID.', input: 'X' },
            ],
          },
          { status: 422 },
        ),
      ),
    );
    const el = await mount('portal-customer', 'alice@example.com', 'de');
    await waitUntil(() => $(el, '[part=billing-form], [part=edit-billing]'), 'billing');
    const edit = $<HTMLButtonElement>(el, '[part=edit-billing]');
    if (edit) edit.click();
    await waitUntil(() => $(el, '[part=billing-form]'), 'the form');
    $<HTMLButtonElement>(el, '[part=billing-form] [type=submit]')!.click();
    const state = () => $<HTMLSelectElement>(el, '[part=billing-form] [name=state]')!;
    await waitUntil(() => state().getAttribute('aria-invalid') === 'true', 'the state is flagged');
    expect($(el, `#${state().getAttribute('aria-describedby')}`)!.textContent!.trim()).to.equal(
      'Wählen Sie eine kanadische Provinz oder ein Territorium aus der Liste.',
    );
    expect($(el, '#billing-tax_id-error')!.textContent).to.contain(
      'Diese Steuernummer ist für das Land der Adresse nicht gültig.',
    );
    expect(el.shadowRoot!.textContent).not.to.contain('Value error');
  });
});
