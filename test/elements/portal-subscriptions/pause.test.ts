import { expect, oneEvent, waitUntil } from '@open-wc/testing';
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
 * Pausing and resuming as Polar's portal offers them (`getPauseAction`) and its server allows
 * them (`pause`, `cancel_scheduled_pause`, `resume`), in English, German and Spanish.
 */

useMockWorker();

describe('pausing', () => {
  const WORDS = {
    en: {
      pause: 'Pause subscription',
      after: 'Choose a day after',
      badge: 'Pauses on',
      undo: 'Cancel scheduled pause',
    },
    de: {
      pause: 'Abo pausieren',
      after: 'Wählen Sie einen Tag nach dem',
      badge: 'Pausiert ab',
      undo: 'Geplante Pause aufheben',
    },
    es: {
      pause: 'Pausar suscripción',
      after: 'Elige un día posterior al',
      badge: 'Se pausa el',
      undo: 'Anular la pausa programada',
    },
  } as const;

  it('is not offered unless the organization allows it', async () => {
    await settings('acme', { subscription: { pause: false } });
    const el = await subscriptionsOf('alice@example.com');
    expect($(el, '[part=pause-button]')).to.equal(null);
  });

  for (const lang of LANGS) {
    it(`at the period's end, with a resume day checked first, and withdrawn (${lang})`, async () => {
      await settings('acme', { subscription: { pause: true } });
      const el = await subscriptionsOf('alice@example.com', 'acme', lang);
      const pauseButton = $(el, '[part=pause-button]')!;
      expect(text(pauseButton)).to.equal(WORDS[lang].pause);
      pauseButton.click();
      const pause = dialog(el, 'pause');
      await waitUntil(() => pause.open, 'the pause dialog');
      const input = pause.querySelector<HTMLInputElement>('input[name=resumes_at]')!;
      const end = new Date(subscriptionOf('alice@example.com').current_period_end);
      // The period's last day itself is too early: Polar wants a resume after the period's end.
      const endDay = `${end.getFullYear()}-${String(end.getMonth() + 1).padStart(2, '0')}-${String(end.getDate()).padStart(2, '0')}`;
      input.value = endDay;
      input.dispatchEvent(new Event('input'));
      pause.querySelector<HTMLButtonElement>('[part=confirm-button]')!.click();
      await waitUntil(() => pause.querySelector('#resumes-at-error'), 'the field error');
      expect(text(pause.querySelector('#resumes-at-error'))).to.contain(WORDS[lang].after);
      expect(input.value, 'what was typed stays').to.equal(endDay);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(subscriptionOf('alice@example.com').pause_at_period_end).to.equal(false);
      if (lang === 'en') await expect(el).to.be.accessible();

      const later = new Date(end.getFullYear(), end.getMonth() + 1, end.getDate());
      input.value = `${later.getFullYear()}-${String(later.getMonth() + 1).padStart(2, '0')}-${String(later.getDate()).padStart(2, '0')}`;
      input.dispatchEvent(new Event('input'));
      pause.querySelector<HTMLButtonElement>('[part=confirm-button]')!.click();
      await waitUntil(() => !pause.open, 'the dialog closed');
      await waitUntil(() => text($(el, '[part~=status]')).includes(WORDS[lang].badge), 'the badge');
      const stored = subscriptionOf('alice@example.com');
      expect(stored.pause_at_period_end).to.equal(true);
      expect(new Date(stored.resumes_at!).getTime()).to.equal(later.getTime());
      expect($(el, '[part=change-button]'), 'plan changes stay offered').to.not.equal(null);

      const undo = $(el, '[part=cancel-pause-button]')!;
      expect(text(undo)).to.equal(WORDS[lang].undo);
      undo.click();
      await waitUntil(() => $(el, '[part=pause-button]'), 'the pause button back');
      expect(subscriptionOf('alice@example.com').pause_at_period_end).to.equal(false);
      expect(subscriptionOf('alice@example.com').resumes_at).to.equal(null);
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('pause-button');
    });
  }
});

describe('a paused subscription', () => {
  const WORDS = {
    en: { until: 'Paused until', resumes: 'Resumes on', resume: 'Resume now', active: 'Active' },
    de: { until: 'Pausiert bis', resumes: 'Läuft ab', resume: 'Jetzt fortsetzen', active: 'Aktiv' },
    es: {
      until: 'En pausa hasta el',
      resumes: 'Se reanuda el',
      resume: 'Reanudar ahora',
      active: 'Activa',
    },
  } as const;
  for (const lang of LANGS) {
    it(`says until when, and "Resume now" asks with the price, then charges a new period (${lang})`, async () => {
      const el = await subscriptionsOf('erin@example.com', 'acme', lang);
      const erin = subscriptionOf('erin@example.com');
      const resumes = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(
        new Date(erin.resumes_at!),
      );
      expect(text($(el, '[part~=status]'))).to.contain(`${WORDS[lang].until} ${resumes}`);
      expect(text($(el, '[part=subscription] .hint'))).to.contain(WORDS[lang].resumes);
      expect($(el, '[part=cancel-button]'), 'nothing renews: resuming is what is left').to.equal(
        null,
      );
      // Polar's charge preview for a pause with a resume date: the renewal then.
      $(el, '[part=details-button]')!.click();
      await waitUntil(() => /\d/.test(text($(el, '[part=next-charge]'))), 'the next charge');
      expect(text($(el, '[part=next-charge]'))).to.contain(resumes);
      if (lang === 'en') await expect(el).to.be.accessible();

      const orders = mock.state.db.orders.filter((o) => o.subscription_id === erin.id).length;
      const resume = $(el, '[part=resume-pause-button]')!;
      expect(text(resume)).to.equal(WORDS[lang].resume);
      resume.click();
      const confirm = dialog(el, 'subscription-confirm');
      await waitUntil(() => confirm.open, 'the confirmation');
      // Polar's `resume`: a fresh period from now, billed at once at the plan's price.
      expect(text(confirm)).to.contain(money(erin.amount, lang));
      expect(mock.state.db.orders.filter((o) => o.subscription_id === erin.id).length).to.equal(
        orders,
        'nothing is charged before the customer agrees',
      );
      confirm.querySelector<HTMLButtonElement>('[part=confirm-button]')!.click();
      await waitUntil(() => text($(el, '[part~=status]')).includes(WORDS[lang].active), 'active');
      const resumed = subscriptionOf('erin@example.com');
      expect(resumed.status).to.equal('active');
      const charged = mock.state.db.orders.filter((o) => o.subscription_id === erin.id);
      expect(charged.length).to.equal(orders + 1);
      expect(charged.at(-1)!.subtotal_amount).to.equal(erin.amount);
      expect($(el, '[part=pause-button]'), 'it may be paused again').to.not.equal(null);
      // Focus stays where the customer was: on the button that took the used one's place.
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('pause-button');
    });
  }

  it('without a card, resuming is refused and the dialog offers to add one', async () => {
    const id = customerId('erin@example.com');
    mock.state.db.paymentMethods.remove((pm) => pm.customer_id === id);
    mock.state.db.customers.update(mock.state.db.customers.get(id)!, {
      default_payment_method_id: null,
    });
    const el = await subscriptionsOf('erin@example.com');
    $(el, '[part=resume-pause-button]')!.click();
    const confirm = dialog(el, 'subscription-confirm');
    await waitUntil(() => confirm.open, 'the confirmation');
    confirm.querySelector<HTMLButtonElement>('[part=confirm-button]')!.click();
    await waitUntil(() => confirm.querySelector('[role=alert]'), 'the refusal');
    expect(text(confirm.querySelector('[role=alert]'))).to.contain(
      'Add a payment method before resuming',
    );
    expect(subscriptionOf('erin@example.com').status).to.equal('paused');
    const asked = oneEvent(el, 'portal-payment-method-requested');
    confirm.querySelector<HTMLButtonElement>('[part=fix-payment-button]')!.click();
    expect((await asked).detail.need).to.equal('missing');
  });
});
