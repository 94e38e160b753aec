import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { bankAnswers, quickPolling } from '../portal-orders/payment-support.js';
import { mock, useMockWorker } from '../support.js';
import {
  $,
  customerId,
  dialog,
  LANGS,
  money,
  settings,
  subscriptionOf,
  subscriptionsOf,
  text,
} from './subscriptions-support.js';

/**
 * A past-due subscription said plainly, with "Pay now", "Update card" and the cancel dialog's
 * real consequence (Polar's `_revoke_stops_collection`), in English, German and Spanish.
 */

useMockWorker();
quickPolling();

describe('a past-due subscription', () => {
  const WORDS = {
    en: { since: 'Payment overdue since', failed: 'Your last payment of', pay: 'Pay now' },
    de: {
      since: 'Zahlung überfällig seit',
      failed: 'Ihre letzte Zahlung über',
      pay: 'Jetzt bezahlen',
    },
    es: { since: 'Pago vencido desde el', failed: 'Tu último pago de', pay: 'Pagar ahora' },
  } as const;
  for (const lang of LANGS) {
    it(`says so, with the amount, and "Pay now" pays it (${lang})`, async () => {
      const el = await subscriptionsOf('carol@example.com', 'acme', lang);
      const failed = mock.state.db.orders.find(
        (o) => o.customer_id === customerId('carol@example.com') && o.status === 'pending',
      )!;
      const due = failed.subtotal_amount - failed.discount_amount + failed.tax_amount;
      await waitUntil(() => $(el, '[part=pay-now-button]'), 'the pay button');
      expect(text($(el, '[part=subscription] .hint'))).to.contain(WORDS[lang].since);
      expect(text($(el, '[part=past-due]'))).to.contain(
        `${WORDS[lang].failed} ${money(due, lang)}`,
      );
      expect(text($(el, '[part=subscription] .hint'))).not.to.match(/Renews|Verlängert|Se renueva/);
      if (lang === 'en') await expect(el).to.be.accessible();

      $(el, '[part=pay-now-button]')!.click();
      const retry = dialog(el, 'retry');
      await waitUntil(() => retry.open, 'the payment dialog');
      expect(text(retry)).to.contain(money(due, lang));
      retry.querySelector<HTMLButtonElement>('[part=confirm-button]')!.click();
      await bankAnswers();
      await waitUntil(() => !$(el, '[part=past-due]'), 'no longer past due');
      expect(subscriptionOf('carol@example.com').status).to.equal('active');
      await waitUntil(() => $(el, '[part~=outcome-success]'), 'the confirmation');
      expect(text($(el, '[part~=outcome-success]'))).to.contain(money(due, lang));
    });
  }

  it('"Update card" sends the customer to their payment methods', async () => {
    const el = await subscriptionsOf('carol@example.com');
    await waitUntil(() => $(el, '[part=past-due] [part=fix-payment-button]'), 'the button');
    const asked = oneEvent(el, 'portal-payment-method-requested');
    $(el, '[part=past-due] [part=fix-payment-button]')!.click();
    expect((await asked).detail.need).to.equal('declined');
  });

  const CANCEL = {
    en: ['Cancelling now ends your subscription immediately', 'Cancel now', 'has ended'],
    de: ['endet Ihr Abo sofort', 'Jetzt kündigen', 'ist beendet'],
    es: ['tu suscripción termina de inmediato', 'Cancelar ahora', 'ha terminado'],
  } as const;
  for (const lang of LANGS) {
    it(`cancelling it ends it now, as Polar's cancel preview says (${lang})`, async () => {
      const el = await subscriptionsOf('carol@example.com', 'acme', lang);
      $(el, '[part=cancel-button]')!.click();
      const cancel = dialog(el, 'cancel');
      await waitUntil(() => text(cancel).includes(CANCEL[lang][0]), 'the consequence');
      const confirm = cancel.querySelector<HTMLButtonElement>('[part=confirm-button]')!;
      expect(text(confirm)).to.equal(CANCEL[lang][1]);
      if (lang === 'en') await expect(el).to.be.accessible();
      confirm.click();
      await waitUntil(() => subscriptionOf('carol@example.com').status === 'canceled', 'revoked');
      await waitUntil(() => text($(el, '[part~=outcome]')).includes(CANCEL[lang][2]));
      expect(subscriptionOf('carol@example.com').ended_at).to.not.equal(null);
      expect($(el, '[part=cancel-button]')).to.equal(null);
    });
  }
  it("with a grace period, cancelling waits for the period end, as Polar's preview says", async () => {
    await settings('acme', { benefit_revocation_grace_period: 7 });
    const el = await subscriptionsOf('carol@example.com');
    $(el, '[part=cancel-button]')!.click();
    const cancel = dialog(el, 'cancel');
    await waitUntil(() => text(cancel).includes('You keep access until'), 'the consequence');
    expect(text(cancel)).not.to.contain('immediately');
    expect(text(cancel.querySelector('[part=confirm-button]'))).to.equal('Cancel subscription');
  });
});
