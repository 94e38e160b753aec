import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import type { CustomerSubscription } from '../../../src/api/types.js';
import '../../../src/elements/portal-subscriptions/define.js';
import type { PortalSubscriptions } from '../../../src/elements/portal-subscriptions/portal-subscriptions.js';
import type { PortalDialog } from '../../../src/internal/portal-dialog/portal-dialog.js';
import { getSession, resetSessions } from '../../../src/session/session.js';
import { mock, mockAttrs, org, partTexts, settled, signIn, useMockWorker } from '../support.js';

useMockWorker();

async function subscriptionsOf(email: string, slug = 'acme', attrs = '') {
  const el = await fixture<PortalSubscriptions>(
    `<portal-subscriptions ${mockAttrs(slug)} ${attrs}></portal-subscriptions>`,
  );
  await signIn(email, slug);
  await settled(el);
  return el;
}

const $ = <T extends Element = HTMLElement>(el: PortalSubscriptions, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);

async function openDetail(el: PortalSubscriptions) {
  const button = $<HTMLButtonElement>(el, '[part=details-button]')!;
  button.click();
  await waitUntil(() => $(el, '[part=detail]'), 'the detail opens');
  return button;
}

/** alice's subscriptions, answered with a meter added (the seed has no metered prices). */
async function withMeteredUsage(): Promise<PortalSubscriptions> {
  await signIn('alice@example.com', 'acme');
  const real = await getSession({
    apiBase: location.origin,
    organizationId: org('acme'),
  }).client.listSubscriptions({ page: 1, limit: 10 });
  const withMeter = (s: CustomerSubscription): CustomerSubscription => ({
    ...s,
    meters: [
      {
        id: 'm1',
        created_at: s.created_at,
        modified_at: null,
        consumed_units: 1500,
        credited_units: 1000,
        amount: 250,
        meter_id: 'meter-1',
        meter: { id: 'meter-1', created_at: s.created_at, modified_at: null, name: 'API calls' },
      },
    ],
  });
  mock.worker.use(
    http.get('*/v1/customer-portal/subscriptions/', () =>
      HttpResponse.json({ ...real, items: real.items.map(withMeter) }),
    ),
  );
  const el = await fixture<PortalSubscriptions>(
    `<portal-subscriptions ${mockAttrs('acme')}></portal-subscriptions>`,
  );
  await settled(el);
  return el;
}

describe('<portal-subscriptions> detail', () => {
  it('shows the period and the next charge from the API’s preview, as a disclosure', async () => {
    const el = await subscriptionsOf('alice@example.com');
    const button = await openDetail(el);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(button.getAttribute('aria-controls')).to.equal($(el, '[part=detail]')!.id);
    await waitUntil(() => /\$\d/.test(partTexts(el, 'next-charge')[0]!), 'the next charge');
    const detail = partTexts(el, 'detail')[0]!;
    expect(detail).to.contain('Current period').and.contain('Started');
    // $12.00 and the 10% tax the mock charges.
    expect(partTexts(el, 'next-charge')[0]).to.match(/^\$13\.20 on /);
    await expect(el).to.be.accessible();
    button.click();
    await el.updateComplete;
    expect($(el, '[part=detail]')).to.equal(null);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('says there are no further charges once cancelled, with the reason and comment as text', async () => {
    const bob = mock.state.db.subscriptions.find((s) => s.cancel_at_period_end)!;
    mock.state.db.subscriptions.update(bob, {
      customer_cancellation_reason: 'too_expensive',
      customer_cancellation_comment: '<img src=x onerror="window.pwned=1">',
    });
    const el = await subscriptionsOf('bob@example.com');
    await openDetail(el);
    expect(partTexts(el, 'next-charge')[0]).to.equal('No further charges');
    const detail = partTexts(el, 'detail')[0]!;
    expect(detail).to.contain('Too expensive').and.contain('<img src=x onerror="window.pwned=1">');
    expect($(el, '[part=detail] img')).to.equal(null);
  });

  it('shows metered usage unless the merchant hides usage', async () => {
    const el = await withMeteredUsage();
    await openDetail(el);
    expect(partTexts(el, 'usage')[0])
      .to.contain('API calls')
      .and.contain('1,500')
      .and.contain('$2.50');
    await expect(el).to.be.accessible();
    el.setAttribute('hidden-features', 'usage');
    await el.updateComplete;
    expect($(el, '[part=usage]')).to.equal(null);
  });

  it('shows no usage when the organization turned usage.show off', async () => {
    const acme = mock.state.db.organizations.find((o) => o.slug === 'acme')!;
    mock.state.db.organizations.update(acme, {
      customer_portal_settings: { ...acme.customer_portal_settings, usage: { show: false } },
    });
    const el = await withMeteredUsage();
    await openDetail(el);
    await new Promise((resolve) => setTimeout(resolve, 200)); // the settings have arrived
    expect($(el, '[part=detail]')).not.to.equal(null);
    expect($(el, '[part=usage]')).to.equal(null);
  });
});

describe('<portal-subscriptions> seats', () => {
  const dialogOf = (el: PortalSubscriptions) => $<PortalDialog>(el, 'portal-dialog.change-seats')!;
  const field = (el: PortalSubscriptions) =>
    dialogOf(el).querySelector<HTMLInputElement>('input[name=seats]')!;

  async function openSeats(el: PortalSubscriptions) {
    $<HTMLButtonElement>(el, '[part=seats-button]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialogOf(el).open, 'the dialog opens');
    return dialogOf(el);
  }

  async function type(el: PortalSubscriptions, value: string) {
    field(el).focus();
    field(el).select();
    await sendKeys({ type: value });
  }

  it('previews a new seat count, needs consent, then applies it', async () => {
    const el = await subscriptionsOf('olivia@northwind.example', 'teamly');
    const dialog = await openSeats(el);
    expect(field(el).value).to.equal('5');
    expect(dialog.textContent).to.contain('At least 1.');
    await type(el, '7');
    await waitUntil(() => dialog.querySelector('dl'), 'the preview arrives');
    // Prorate, same interval: two seats for the time left, added to the next invoice.
    expect(dialog.querySelector('dl')!.textContent).to.contain('Teamly Team (5 → 7 seats)');
    expect(dialog.querySelector('dl')!.textContent).to.contain('Added to your next invoice');
    expect(dialog.querySelector('label.consent')!.textContent).to.contain(
      'Nothing is charged today.',
    );
    const confirm = $<HTMLButtonElement>(el, 'portal-dialog.change-seats [part=confirm-button]')!;
    expect(confirm.disabled, 'no change without consent').to.equal(true);
    await expect(el).to.be.accessible();
    dialog.querySelector<HTMLInputElement>('input[name=consent]')!.click();
    await el.updateComplete;
    const updated = oneEvent(el, 'portal-subscription-updated');
    confirm.click();
    const event = await updated;
    expect(event.detail.seats).to.equal(7);
    expect(event.bubbles && event.composed).to.equal(true);
    await waitUntil(() => partTexts(el, 'subscription')[0]!.includes('7 seats'), 'the new count');
    expect(dialog.open).to.equal(false);
    expect(el.shadowRoot!.textContent).to.contain('Teamly Team now has 7 seats.');
    await waitUntil(() => el.shadowRoot!.activeElement === $(el, '[part=seats-button]'));
  });

  it('shows the refusal to go below the seats assigned, keeping the number typed', async () => {
    const el = await subscriptionsOf('ben@northwind.example', 'teamly');
    const dialog = await openSeats(el);
    await type(el, '3');
    await waitUntil(() => dialog.querySelector('[role=alert]'), 'the refusal');
    expect(dialog.querySelector('[role=alert]')!.textContent).to.contain(
      'Currently 4 seats are assigned',
    );
    expect(field(el).value).to.equal('3');
    expect(
      $<HTMLButtonElement>(el, 'portal-dialog.change-seats [part=confirm-button]')!.disabled,
    ).to.equal(true);
  });

  it('traps focus in the dialog and returns it to the button on Escape', async () => {
    const el = await subscriptionsOf('olivia@northwind.example', 'teamly');
    const opener = $<HTMLButtonElement>(el, '[part=seats-button]')!;
    const dialog = await openSeats(el);
    for (let i = 0; i < 6; i++) {
      await sendKeys({ press: 'Tab' });
      expect(dialog.contains(el.shadowRoot!.activeElement), 'focus stays in the dialog').to.equal(
        true,
      );
    }
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'Escape closes');
    expect(el.shadowRoot!.activeElement).to.equal(opener);
  });

  it('is offered to owners and billing managers, not to members, nor when the merchant hides or freezes seats', async () => {
    for (const [email, attrs, offered] of [
      ['olivia@northwind.example', '', true],
      ['ben@northwind.example', '', true],
      ['mia@northwind.example', '', false],
      ['olivia@northwind.example', 'hidden-features="seats"', false],
      ['olivia@northwind.example', 'readonly-features="seats"', false],
    ] as const) {
      const el = await subscriptionsOf(email, 'teamly', attrs);
      expect($(el, '[part=seats-button]') !== null, `${email} ${attrs}`).to.equal(offered);
      el.remove();
      mock.state.reset();
      sessionStorage.clear();
      resetSessions();
    }
  });

  it('is not offered on plans not billed per seat', async () => {
    const el = await subscriptionsOf('alice@example.com');
    expect($(el, '[part=change-button]')).not.to.equal(null);
    expect($(el, '[part=seats-button]')).to.equal(null);
  });
});
