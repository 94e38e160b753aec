import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { testCardAuthenticate } from '../../../mock-server/browser.js';
import '../../../src/elements/portal-orders/define.js';
import { paymentPolling } from '../../../src/elements/portal-orders/order-payment.js';
import type { PortalOrders } from '../../../src/elements/portal-orders/portal-orders.js';
import { mock, mockAttrs, partTexts, settled, signIn, useMockWorker } from '../support.js';
import { bankAnswers, quickPolling, receiptsRendered } from './payment-support.js';

useMockWorker();
quickPolling();

/**
 * Paying a failed order as Polar answers it (notes §5): the payment settles later, 3-D Secure
 * goes through the card form's `authenticate`, five manual attempts are the end, receipts are
 * rendered on request; and the wallet is shown with the orders. Each in the three languages.
 */

const LANGS = ['en', 'de', 'es'] as const;
type Lang = (typeof LANGS)[number];

async function ordersOf(email: string, lang: Lang) {
  const el = await fixture<PortalOrders>(
    `<portal-orders lang=${lang} ${mockAttrs('acme')}></portal-orders>`,
  );
  await signIn(email, 'acme');
  await settled(el, '[part=list], [part=empty], [part=error]');
  return el;
}

const $ = <T extends Element = HTMLElement>(el: PortalOrders, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);

const carolsOrder = () =>
  mock.state.db.orders.find(
    (o) =>
      o.status === 'pending' &&
      o.customer_id === mock.state.db.customers.find((c) => c.email === 'carol@example.com')!.id,
  )!;

async function confirmRetry(el: PortalOrders) {
  $<HTMLButtonElement>(el, '[part=retry-button]')!.click();
  const dialog = $<HTMLElement & { open: boolean }>(el, 'portal-dialog.retry')!;
  await waitUntil(() => dialog.open, 'the dialog');
  $<HTMLButtonElement>(el, 'portal-dialog.retry [part=confirm-button]')!.click();
  return dialog;
}

const WAITING: Record<Lang, string> = {
  en: 'Waiting for your bank’s answer',
  de: 'Wir warten auf die Antwort Ihrer Bank',
  es: 'Esperando la respuesta de su banco',
};
const THANKS: Record<Lang, RegExp> = {
  en: /Thank you: \$\d+\.\d\d paid\./,
  de: /Vielen Dank: .+ bezahlt\./,
  es: /Gracias: .+ pagados\./,
};

describe('<portal-orders> a payment settles later', () => {
  for (const lang of LANGS) {
    it(`shows the wait, then paid (${lang})`, async () => {
      const el = await ordersOf('carol@example.com', lang);
      const paid = oneEvent(el, 'portal-order-paid');
      const dialog = await confirmRetry(el);
      await waitUntil(() => dialog.querySelector('[part=progress]:not([hidden])'), 'progress');
      expect(dialog.querySelector('[part=progress]')!.textContent).to.contain(WAITING[lang]);
      expect(dialog.querySelector('[part=progress]')!.getAttribute('role')).to.equal('status');
      await expect(el).to.be.accessible();
      await bankAnswers();
      expect((await paid).detail.status).to.equal('paid');
      await waitUntil(() => partTexts(el, 'outcome-success').length > 0, 'the confirmation');
      expect(partTexts(el, 'outcome-success')[0]).to.match(THANKS[lang]);
    });
  }

  const TOO_LONG: Record<Lang, string> = {
    en: 'Payment confirmation is taking longer than expected.',
    de: 'Die Bestätigung der Zahlung dauert länger als erwartet.',
    es: 'La confirmación del pago está tardando más de lo esperado.',
  };
  for (const lang of LANGS) {
    it(`says so when the bank takes too long, and stops asking (${lang})`, async () => {
      let asked = 0;
      mock.worker.use(
        http.get('*/v1/customer-portal/orders/:id/payment-status', () => {
          asked++;
          return HttpResponse.json({ status: 'pending', error: null });
        }),
      );
      const attempts = paymentPolling.attempts;
      paymentPolling.attempts = 3;
      try {
        const el = await ordersOf('carol@example.com', lang);
        const dialog = await confirmRetry(el);
        await waitUntil(() => dialog.querySelector('[role=alert]'), 'the message');
        expect(dialog.querySelector('[role=alert]')!.textContent).to.contain(TOO_LONG[lang]);
        expect(asked).to.equal(3);
        await expect(el).to.be.accessible();
      } finally {
        paymentPolling.attempts = attempts;
      }
    });
  }
});

describe('<portal-orders> 3-D Secure through the card form', () => {
  const CONFIRM: Record<Lang, string> = {
    en: 'Confirm the payment in the window your bank opened',
    de: 'Bestätigen Sie die Zahlung im Fenster Ihrer Bank',
    es: 'Confirme el pago en la ventana que abrió su banco',
  };
  for (const lang of LANGS) {
    it(`runs authenticate with the client secret, then follows the payment (${lang})`, async () => {
      // Stripe's "always authenticate" test card.
      const card = mock.state.db.paymentMethods.find(
        (pm) => pm.customer_id === carolsOrder().customer_id,
      )!;
      mock.state.db.paymentMethods.update(card, { last4: '3184' });
      let release!: () => void;
      const secrets: string[] = [];
      const el = await ordersOf('carol@example.com', lang);
      el.paymentMethodCollector = {
        collect: () => Promise.resolve(null),
        authenticate: async (secret) => {
          secrets.push(secret);
          await new Promise<void>((resolve) => (release = resolve));
          return testCardAuthenticate(secret);
        },
      };
      const paid = oneEvent(el, 'portal-order-paid');
      const dialog = await confirmRetry(el);
      await waitUntil(() => secrets.length === 1, 'authenticate was asked');
      expect(secrets[0]).to.match(/^pi_\w+_secret_mock$/);
      await waitUntil(() =>
        dialog.querySelector('[part=progress]')!.textContent!.includes(CONFIRM[lang]),
      );
      release();
      await bankAnswers();
      expect((await paid).detail.status).to.equal('paid');
    });
  }

  it('says why when the bank does not confirm', async () => {
    const card = mock.state.db.paymentMethods.find(
      (pm) => pm.customer_id === carolsOrder().customer_id,
    )!;
    mock.state.db.paymentMethods.update(card, { last4: '3184' });
    const el = await ordersOf('carol@example.com', 'de');
    el.paymentMethodCollector = {
      collect: () => Promise.resolve(null),
      authenticate: () => Promise.reject(new Error('closed')),
    };
    const dialog = await confirmRetry(el);
    await waitUntil(() => dialog.querySelector('[role=alert]'), 'the reason');
    expect(dialog.querySelector('[role=alert]')!.textContent).to.contain(
      'Ihre Bank hat die Zahlung nicht bestätigt.',
    );
    expect(dialog.open).to.equal(true);
  });
});

describe('<portal-orders> the manual retry limit is final', () => {
  const LIMIT: Record<Lang, [string, string]> = {
    en: ['the limit of five attempts is reached', 'Close'],
    de: ['Die Grenze von fünf Versuchen ist erreicht', 'Schließen'],
    es: ['se alcanzó el límite de cinco intentos', 'Cerrar'],
  };
  for (const lang of LANGS) {
    it(`says so and offers no new attempt (${lang})`, async () => {
      const order = carolsOrder();
      const attempt = { ...order.payments[0]!, manual: true };
      mock.state.db.orders.update(order, {
        payments: [1, 2, 3, 4, 5].map((i) => ({
          ...attempt,
          id: crypto.randomUUID(),
          created_at: `${attempt.created_at.slice(0, -8)}${i}000000Z`,
        })),
      });
      const el = await ordersOf('carol@example.com', lang);
      const dialog = await confirmRetry(el);
      await waitUntil(() => dialog.querySelector('[role=alert]'), 'the reason');
      expect(dialog.querySelector('[role=alert]')!.textContent).to.contain(LIMIT[lang][0]);
      expect(dialog.querySelector('[part=confirm-button]'), 'no new attempt').to.equal(null);
      expect(dialog.querySelector('[data-dialog=close]')!.textContent!.trim()).to.equal(
        LIMIT[lang][1],
      );
      await expect(el).to.be.accessible();
    });
  }
});

describe('<portal-orders> receipts Polar is still rendering', () => {
  function captureTabs() {
    const original = window.open;
    const opened: string[] = [];
    window.open = ((url?: string | URL) => (opened.push(String(url)), null)) as typeof window.open;
    return { opened, restore: () => (window.open = original) };
  }

  it('asks again after the 202, then opens the checked address', async () => {
    const answers: number[] = [];
    const tabs = captureTabs();
    try {
      const el = await ordersOf('alice@example.com', 'en');
      $<HTMLButtonElement>(el, '[part=details-button]')!.click();
      await waitUntil(() => $(el, '[part=receipt-button]'), 'the receipt button');
      mock.worker.use(
        http.get('*/v1/customer-portal/orders/:id/receipt', () => {
          answers.push(1);
          if (answers.length === 2) receiptsRendered();
          return undefined;
        }),
      );
      const button = $<HTMLButtonElement>(el, '[part=receipt-button]')!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => partTexts(el, 'outcome-success').length > 0, 'opened', {
        timeout: 3000,
      });
      expect(answers.length, 'a 202 first, then the receipt').to.be.greaterThan(1);
      expect(tabs.opened).to.have.length(1);
      expect(tabs.opened[0]).to.match(/^http:\/\/(localhost|127\.0\.0\.1)/);
      expect(partTexts(el, 'outcome-success')[0]).to.contain('Receipt opened in a new tab.');
    } finally {
      tabs.restore();
    }
  });

  it('says the receipt is still being prepared when it takes too long (de)', async () => {
    mock.worker.use(
      http.get(
        '*/v1/customer-portal/orders/:id/receipt',
        () => new HttpResponse(null, { status: 202 }),
      ),
    );
    const tabs = captureTabs();
    try {
      const el = await ordersOf('alice@example.com', 'de');
      $<HTMLButtonElement>(el, '[part=details-button]')!.click();
      await waitUntil(() => $(el, '[part=receipt-button]'), 'the receipt button');
      $<HTMLButtonElement>(el, '[part=receipt-button]')!.click();
      await waitUntil(() => partTexts(el, 'outcome-error').length > 0, 'the reason', {
        timeout: 3000,
      });
      expect(partTexts(el, 'outcome-error')[0]).to.contain('Die Quittung wird noch erstellt.');
      expect(tabs.opened).to.have.length(0);
      await expect(el).to.be.accessible();
    } finally {
      tabs.restore();
    }
  });
});

describe('<portal-orders> the wallet', () => {
  const CREDIT: Record<Lang, string> = {
    en: 'You have $5.00 of credit: it is taken off your next invoices.',
    de: 'Sie haben ein Guthaben von 5,00 $: Es wird mit Ihren nächsten Rechnungen verrechnet.',
    es: 'Tiene 5,00 US$ de saldo a favor: se descuenta de sus próximas facturas.',
  };
  for (const lang of LANGS) {
    it(`shows alice’s credit with her orders (${lang})`, async () => {
      const el = await ordersOf('alice@example.com', lang);
      await waitUntil(() => $(el, '[part=wallet]'), 'the wallet');
      expect(partTexts(el, 'wallet')[0]).to.equal(CREDIT[lang]);
      await expect(el).to.be.accessible();
    });
  }

  it('shows nothing for a customer without a wallet', async () => {
    const el = await ordersOf('carol@example.com', 'en');
    expect($(el, '[part=wallet]')).to.equal(null);
  });
});
