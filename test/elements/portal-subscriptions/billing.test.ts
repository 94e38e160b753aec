import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { PortalSubscriptions } from '../../../src/elements/portal-subscriptions/portal-subscriptions.js';
import { mock, useMockWorker } from '../support.js';
import { $, dialog, money, settings, subscriptionsOf, text } from './subscriptions-support.js';

/**
 * What a customer reads about money, in English, German and Spanish: the badges, the itemised
 * preview of a change and the consent per proration behaviour, trials, a scheduled change and
 * its withdrawal, a declined charge, a trial without a card, and the merchant's switches.
 * Amounts are the mock's Polar arithmetic (test/mock-server/subscription-money.test.ts checks it).
 */

useMockWorker();

const row = (el: PortalSubscriptions) => $(el, '[part=subscription]')!;

/** Opens the plan dialog, picks the plan called `name` and waits for its preview. */
async function previewPlan(el: PortalSubscriptions, name: string) {
  $(el, '[part=change-button]')!.click();
  const plans = dialog(el, 'change-plan');
  await waitUntil(() => plans.open && plans.querySelectorAll('input[name=plan]').length > 0);
  const radio = [...plans.querySelectorAll<HTMLInputElement>('input[name=plan]')].find((input) =>
    text(input.parentElement).startsWith(`${name} ·`),
  )!;
  radio.click();
  await waitUntil(() => plans.querySelector('[part=preview-lines]'), 'the preview');
  return plans;
}

async function consentAndConfirm(el: PortalSubscriptions, name: string) {
  const plans = dialog(el, name);
  plans.querySelector<HTMLInputElement>('input[name=consent]')!.click();
  await el.updateComplete;
  $<HTMLButtonElement>(el, `portal-dialog.${name} [part=confirm-button]`)!.click();
}

describe('badges say what is true', () => {
  const words = {
    en: { bob: 'Cancels on', carol: 'Past due', dave: 'Trial ends on' },
    de: { bob: 'Endet am', carol: 'Überfällig', dave: 'Testphase endet am' },
    es: { bob: 'Se cancela el', carol: 'Pago vencido', dave: 'La prueba termina el' },
  } as const;
  for (const lang of ['en', 'de', 'es'] as const) {
    it(`cancelling, past due and trialing (${lang})`, async () => {
      for (const who of ['bob', 'carol', 'dave'] as const) {
        const el = await subscriptionsOf(`${who}@example.com`, 'acme', lang);
        const badge = text($(el, '[part~=status]'));
        expect(badge, who).to.contain(words[lang][who]);
        if (who === 'bob') expect(badge).not.to.contain(lang === 'en' ? 'Active' : 'Aktiv');
      }
    });
  }
});

describe('an itemised preview', () => {
  const due = 12000 - 800 + 1120 - 500;
  const consent = {
    en: `I agree to be charged ${money(due, 'en')} now.`,
    de: `Ich bin einverstanden, dass jetzt ${money(due, 'de')} abgebucht werden.`,
    es: `Acepto que se me cobren ${money(due, 'es')} ahora.`,
  };
  for (const lang of ['en', 'de', 'es'] as const) {
    it(`monthly → yearly: the year, the unused month back, tax, balance, due today (${lang})`, async () => {
      const el = await subscriptionsOf('alice@example.com', 'acme', lang);
      const plans = await previewPlan(el, 'Acme Pro (yearly)');
      const lines = [...plans.querySelectorAll('[part=preview-lines] dt')].map((dt) => [
        text(dt),
        text(dt.nextElementSibling),
      ]);
      expect(lines[0]![0]).to.match(/^Acme Pro \(yearly\) — From /);
      expect(lines[0]![1]).to.equal(money(12000, lang));
      expect(lines[1]![0]).to.match(/^Remaining time on Acme Pro — From /);
      expect(lines[1]![1]).to.equal(money(-800, lang));
      expect(lines.slice(2).map(([, amount]) => amount)).to.deep.equal([
        money(11200, lang),
        money(1120, lang),
        money(12320, lang),
        money(-500, lang),
        money(due, lang),
      ]);
      expect(text(plans.querySelector('label.consent'))).to.equal(consent[lang]);
      expect(text(plans.querySelector('[part=next-invoice]'))).to.contain(money(12000, lang));
      await expect(el).to.be.accessible();
    });
  }

  it('prorate on the same interval: nothing today, added to the next invoice', async () => {
    const el = await subscriptionsOf('olivia@northwind.example', 'teamly', 'de');
    $(el, '[part=seats-button]')!.click();
    const seats = dialog(el, 'change-seats');
    await waitUntil(() => seats.open);
    const field = seats.querySelector<HTMLInputElement>('input[name=seats]')!;
    field.value = '8';
    field.dispatchEvent(new Event('input'));
    await waitUntil(() => seats.querySelector('[part=preview-lines]'), 'the preview');
    expect(text(seats.querySelector('[part=preview-lines]'))).to.contain(
      'Auf Ihrer nächsten Rechnung',
    );
    expect(text(seats.querySelector('label.consent'))).to.match(
      // Three seats for the time left, truncated to the cent as Polar does: $16.00 at the seed's
      // moment, a cent less once a few milliseconds have passed.
      /^Ich bin einverstanden, dass (16,00|15,99) \$ auf meine nächste Rechnung am .+ kommen\. Heute wird nichts abgebucht\.$/,
    );
  });

  it('a downgrade says its credit goes to the balance', async () => {
    await settings('acme', { proration_behavior: 'invoice' });
    const el = await subscriptionsOf('alice@example.com', 'acme', 'es');
    const plans = await previewPlan(el, 'Acme Free');
    expect(text(plans.querySelector('[part=preview-note]'))).to.equal(
      `${money(880, 'es')} pasan a tu saldo y se descuentan de tus próximas facturas.`,
    );
    expect(text(plans.querySelector('label.consent'))).to.contain('Ahora no se cobra nada');
  });
});

describe('trials', () => {
  it('a plan without a trial ends it and charges the whole period now', async () => {
    const el = await subscriptionsOf('dave@example.com');
    const plans = await previewPlan(el, 'Acme Pro (yearly)');
    expect(text(plans.querySelector('[part=preview-note]'))).to.equal(
      'This ends your trial now and starts Acme Pro (yearly).',
    );
    expect(text(plans.querySelector('label.consent'))).to.equal(
      'I agree that this ends my trial and charges me $120.00 now for Acme Pro (yearly).',
    );
    expect(text($(el, 'portal-dialog.change-plan [part=confirm-button]'))).to.equal(
      'Change plan & end trial',
    );
  });

  it('a plan with a trial lets it go on, nothing charged (German)', async () => {
    const yearly = mock.state.db.products.find((p) => p.name === 'Acme Pro (yearly)')!;
    mock.state.db.products.update(yearly, { trial_interval: 'day', trial_interval_count: 30 });
    const el = await subscriptionsOf('dave@example.com', 'acme', 'de');
    const plans = await previewPlan(el, 'Acme Pro (yearly)');
    expect(text(plans.querySelector('[part=preview-note]'))).to.match(
      /^Ihre Testphase läuft bis .+ weiter\. Bis dahin wird nichts abgebucht\.$/,
    );
    expect(text(plans.querySelector('label.consent'))).to.contain('Meine Testphase läuft bis');
  });

  it('cancelling a trial never says “not charged again”', async () => {
    for (const [lang, expected] of [
      ['en', 'and you will not be charged'],
      ['de', 'und es wird nichts abgebucht'],
      ['es', 'no se te cobrará nada'],
    ] as const) {
      const el = await subscriptionsOf('dave@example.com', 'acme', lang);
      $(el, '[part=cancel-button]')!.click();
      await waitUntil(() => dialog(el, 'cancel').open);
      const said = text(dialog(el, 'cancel').querySelector('[slot=description]'));
      expect(said, lang).to.contain(expected);
      expect(said).not.to.contain('not be charged again');
    }
  });

  it('a trial without a card is asked to add one, in three languages', async () => {
    for (const [lang, expected] of [
      ['en', 'Add a card before your trial ends on'],
      ['de', 'Hinterlegen Sie eine Karte, bevor Ihre Testphase am'],
      ['es', 'Añade una tarjeta antes de que termine tu prueba el'],
    ] as const) {
      const el = await subscriptionsOf('dave@example.com', 'acme', lang);
      await waitUntil(() => $(el, '[part=trial-card-prompt]'), 'the prompt');
      expect(text($(el, '[part=trial-card-prompt]'))).to.contain(expected);
      if (lang === 'en') {
        await expect(el).to.be.accessible();
        const asked = oneEvent(el, 'portal-payment-method-requested');
        $(el, '[part=add-card-button]')!.click();
        expect((await asked).detail.need).to.equal('trial');
      }
    }
    const alice = await subscriptionsOf('alice@example.com');
    expect($(alice, '[part=trial-card-prompt]')).to.equal(null);
  });
});

describe('a scheduled change (next_period)', () => {
  for (const [lang, badge, note, cancelled] of [
    ['en', 'Changes to Acme Pro (yearly) on', 'The change applies on', 'was cancelled'],
    ['de', 'Wechsel zu Acme Pro (yearly) am', 'Die Änderung gilt ab', 'wurde zurückgenommen'],
    ['es', 'Cambia a Acme Pro (yearly) el', 'El cambio se aplica el', 'Se anuló'],
  ] as const) {
    it(`is shown, with its date, and can be withdrawn (${lang})`, async () => {
      await settings('acme', { proration_behavior: 'next_period' });
      const el = await subscriptionsOf('alice@example.com', 'acme', lang);
      const plans = await previewPlan(el, 'Acme Pro (yearly)');
      expect(text(plans.querySelector('[part=preview-note]'))).to.contain(note);
      await consentAndConfirm(el, 'change-plan');
      await waitUntil(() => $(el, '[part~=scheduled-change]'), 'the scheduled change');
      await waitUntil(() => text($(el, '[part~=scheduled-change]')).includes(badge));
      expect(text(row(el))).to.contain(money(1200, lang), 'still the monthly price');
      await expect(el).to.be.accessible();
      $(el, '[part=cancel-change-button]')!.click();
      // As Polar's portal asks first: the plan then renews unchanged.
      const confirm = dialog(el, 'subscription-confirm');
      await waitUntil(() => confirm.open, 'the confirmation');
      expect(text(confirm)).to.contain('Acme Pro');
      expect(mock.state.db.subscriptions.all().some((s) => s.pending_update !== null)).to.equal(
        true,
        'nothing withdrawn before the confirmation',
      );
      confirm.querySelector<HTMLButtonElement>('[part=confirm-button]')!.click();
      await waitUntil(() => !$(el, '[part~=scheduled-change]'), 'the change withdrawn');
      await waitUntil(() => !confirm.open, 'the confirmation closed');
      expect(text(row(el).querySelector('[part~=outcome]'))).to.contain(cancelled);
      expect(mock.state.db.subscriptions.all().every((s) => s.pending_update === null)).to.equal(
        true,
      );
    });
  }
});

describe('a declined charge', () => {
  it('names the card, keeps the dialog and the choice, and offers the way to fix it', async () => {
    const el = await subscriptionsOf('carol@example.com', 'acme', 'de');
    const plans = await previewPlan(el, 'Acme Pro (yearly)');
    await consentAndConfirm(el, 'change-plan');
    await waitUntil(() => plans.querySelector('[role=alert]'), 'the refusal');
    expect(text(plans.querySelector('[role=alert]'))).to.contain(
      'Ihre Visa-Karte mit Endziffern 0341 wurde abgelehnt',
    );
    expect(plans.open).to.equal(true);
    const chosen = plans.querySelector<HTMLInputElement>('input[name=plan]:checked')!;
    expect(text(chosen.parentElement)).to.contain('Acme Pro (yearly)');
    expect(text(row(el))).to.contain('12,00 $', 'nothing changed');
    await expect(el).to.be.accessible();
    const asked = oneEvent(el, 'portal-payment-method-requested');
    plans.querySelector<HTMLButtonElement>('[part=fix-payment-button]')!.click();
    expect((await asked).detail.need).to.equal('declined');
  });

  const AUTH = {
    en: 'Your bank wants to confirm this charge to your Visa card ending in 3184',
    de: 'Ihre Bank möchte die Abbuchung von Ihrer Visa-Karte mit Endziffern 3184 bestätigen lassen',
    es: 'Tu banco quiere confirmar este cargo a tu tarjeta Visa terminada en 3184',
  } as const;
  for (const lang of ['en', 'de', 'es'] as const) {
    it(`a card that asks for 3-D Secure: Polar's 402 PaymentActionRequired, nothing changed (${lang})`, async () => {
      // Stripe's "always authenticate" card as alice's default: an off-session charge cannot
      // pass 3-D Secure, so Polar refuses the change (`trigger_payment`, sync mode).
      const alice = mock.state.db.customers.find((c) => c.email === 'alice@example.com')!;
      const card = mock.state.db.paymentMethods.get(alice.default_payment_method_id!)!;
      mock.state.db.paymentMethods.update(card.id, { last4: '3184', brand: 'visa' });
      const before = mock.state.db.subscriptions.find((s) => s.customer_id === alice.id)!;
      const el = await subscriptionsOf('alice@example.com', 'acme', lang);
      const plans = await previewPlan(el, 'Acme Pro (yearly)');
      await consentAndConfirm(el, 'change-plan');
      await waitUntil(() => plans.querySelector('[role=alert]'), 'the refusal');
      expect(text(plans.querySelector('[role=alert]'))).to.contain(AUTH[lang]);
      expect(plans.open).to.equal(true);
      const after = mock.state.db.subscriptions.get(before.id)!;
      expect([after.product_id, after.amount]).to.deep.equal([before.product_id, before.amount]);
      expect(plans.querySelector('[part=fix-payment-button]')).to.not.equal(null);
    });
  }
});

describe('the merchant’s switches', () => {
  it('update_plan off hides change plan; update_seats off hides change seats', async () => {
    await settings('acme', { subscription: { update_plan: false } });
    const alice = await subscriptionsOf('alice@example.com');
    expect($(alice, '[part=change-button]')).to.equal(null);
    expect($(alice, '[part=cancel-button]')).not.to.equal(null);
    await settings('teamly', { subscription: { update_seats: false } });
    const olivia = await subscriptionsOf('olivia@northwind.example', 'teamly');
    expect($(olivia, '[part=seats-button]')).to.equal(null);
    expect($(olivia, '[part=change-button]')).not.to.equal(null);
  });
});

describe('a discounted renewal', () => {
  // Polar's renewal with a 25 % discount: 12.00 − 3.00 = 9.00, plus the mock's 10 % tax on it
  // (alice has a US address) = 9.90; her balance comes off only when the invoice is made.
  const ON = { en: 'on', de: 'am', es: 'el' } as const;
  const OFF = { en: 'after a', de: 'nach', es: 'con un descuento de' } as const;
  for (const lang of ['en', 'de', 'es'] as const) {
    it(`the next charge names what the discount takes off (${lang})`, async () => {
      const sub = mock.state.db.subscriptions.find(
        (s) => s.status === 'active' && s.amount === 1200,
      )!;
      mock.state.db.subscriptions.update(sub.id, {
        discount: {
          id: crypto.randomUUID(),
          name: 'Quarter off',
          type: 'percentage',
          basis_points: 2500,
        },
      });
      const email = mock.state.db.customers.get(sub.customer_id)!.email!;
      const el = await subscriptionsOf(email, 'acme', lang);
      const item = $(el, `[data-id="${sub.id}"]`)!;
      item.querySelector<HTMLElement>('[part=details-button]')!.click();
      await waitUntil(() => /\d/.test(text(item.querySelector('[part=next-charge]'))));
      const next = text(item.querySelector('[part=next-charge]'));
      expect(next).to.contain(`${money(990, lang)} ${ON[lang]}`);
      expect(next).to.contain(`${OFF[lang]} ${money(300, lang)}`);
    });
  }
});
