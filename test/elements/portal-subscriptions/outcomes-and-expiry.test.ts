import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../../src/elements/portal-subscriptions/define.js';
import type { PortalSubscriptions } from '../../../src/elements/portal-subscriptions/portal-subscriptions.js';
import type { PortalDialog } from '../../../src/internal/portal-dialog/portal-dialog.js';
import { mock, mockAttrs, partTexts, settled, signIn, useMockWorker } from '../support.js';

useMockWorker();

async function subscriptionsOf(email: string, slug = 'acme') {
  const el = await fixture<PortalSubscriptions>(
    `<portal-subscriptions ${mockAttrs(slug)}></portal-subscriptions>`,
  );
  await signIn(email, slug);
  await settled(el);
  return el;
}

const $ = <T extends Element = HTMLElement>(el: PortalSubscriptions, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const rowOf = (el: PortalSubscriptions) => $(el, '[part=subscription]')!;
const text = (node: Element | null) => node?.textContent!.replace(/\s+/g, ' ').trim() ?? '';
const dialog = (el: PortalSubscriptions, name: string) =>
  $<PortalDialog>(el, `portal-dialog.${name}`)!;

/** The mock's clock past the one hour a portal session lives. */
async function expireSession(): Promise<void> {
  const res = await fetch('/__dev/clock', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ advance_seconds: 61 * 60 }),
  });
  expect(res.ok, 'the mock’s clock moved').to.equal(true);
}

async function openCancel(el: PortalSubscriptions) {
  $(el, '[part=cancel-button]')!.click();
  await waitUntil(() => dialog(el, 'cancel').open, 'the cancel dialog opens');
  return dialog(el, 'cancel');
}

async function typeComment(el: PortalSubscriptions, comment: string) {
  const cancel = dialog(el, 'cancel');
  cancel.querySelector<HTMLInputElement>('input[value=too_expensive]')!.click();
  cancel.querySelector('textarea')!.focus();
  await sendKeys({ type: comment });
}

describe('<portal-subscriptions> visible outcomes', () => {
  it('shows a cancellation under the subscription, announces it, and dismisses it', async () => {
    const el = await subscriptionsOf('alice@example.com');
    await openCancel(el);
    $<HTMLButtonElement>(el, 'portal-dialog.cancel [part=confirm-button]')!.click();
    await waitUntil(() => rowOf(el).querySelector('[part~=outcome-success]'), 'the outcome');
    const outcome = rowOf(el).querySelector('[part~=outcome]')!;
    expect(text(outcome)).to.match(/^Acme Pro will end on .+ Dismiss$/);
    expect(partTexts(el, 'announcement')[0]).to.match(/^Acme Pro will end on /);
    await waitUntil(() => el.shadowRoot!.activeElement === $(el, '[part=resume-button]'));
    await expect(el).to.be.accessible();
    outcome.querySelector<HTMLButtonElement>('[part=dismiss-button]')!.click();
    await el.updateComplete;
    expect(rowOf(el).querySelector('[part~=outcome]')).to.equal(null);
    expect(partTexts(el, 'announcement')[0]).to.equal('');
    expect(text(rowOf(el))).to.contain('Cancels on');
  });

  it('shows a refused resume next to its button, as an alert, and changes nothing', async () => {
    mock.worker.use(
      http.patch('*/v1/customer-portal/subscriptions/:id', () =>
        HttpResponse.json(
          { error: 'NotPermitted', detail: 'This subscription cannot be resumed now.' },
          { status: 403 },
        ),
      ),
    );
    const el = await subscriptionsOf('bob@example.com');
    $(el, '[part=resume-button]')!.click();
    await waitUntil(() => rowOf(el).querySelector('[part~=outcome-error]'), 'the refusal');
    const outcome = rowOf(el).querySelector('[part~=outcome-error]')!;
    expect(outcome.getAttribute('role')).to.equal('alert');
    expect(text(outcome)).to.contain('This subscription cannot be resumed now.');
    expect($<HTMLButtonElement>(el, '[part=resume-button]')!.disabled).to.equal(false);
    expect(text(rowOf(el))).to.contain('Cancels on');
    expect(partTexts(el, 'announcement')[0], 'errors are alerts, not announced twice').to.equal('');
    outcome.querySelector<HTMLButtonElement>('[part=dismiss-button]')!.click();
    await el.updateComplete;
    expect(rowOf(el).querySelector('[part~=outcome]')).to.equal(null);
  });

  it('shows a plan change under the subscription', async () => {
    const el = await subscriptionsOf('alice@example.com');
    $(el, '[part=change-button]')!.click();
    const plans = () => [
      ...dialog(el, 'change-plan').querySelectorAll<HTMLInputElement>('input[type=radio]'),
    ];
    await waitUntil(() => plans().length > 0, 'plans listed');
    plans()
      .find((r) => r.parentElement!.textContent!.includes('(yearly)'))!
      .click();
    await waitUntil(() => dialog(el, 'change-plan').querySelector('input[name=consent]'));
    dialog(el, 'change-plan').querySelector<HTMLInputElement>('input[name=consent]')!.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, 'portal-dialog.change-plan [part=confirm-button]')!.click();
    await waitUntil(() => rowOf(el).querySelector('[part~=outcome-success]'), 'the outcome');
    expect(text(rowOf(el).querySelector('[part~=outcome]'))).to.contain(
      'Your plan is now Acme Pro (yearly).',
    );
    expect(partTexts(el, 'announcement')[0]).to.equal('Your plan is now Acme Pro (yearly).');
    await waitUntil(() => el.shadowRoot!.activeElement === $(el, '[part=change-button]'));
  });

  it('reloads the open detail’s next charge after a seat change', async () => {
    const el = await subscriptionsOf('olivia@northwind.example', 'teamly');
    $(el, '[part=details-button]')!.click();
    await waitUntil(() => /\$\d/.test(partTexts(el, 'next-charge')[0] ?? ''), 'the next charge');
    const before = partTexts(el, 'next-charge')[0];
    $(el, '[part=seats-button]')!.click();
    await waitUntil(() => dialog(el, 'change-seats').open);
    const field = dialog(el, 'change-seats').querySelector<HTMLInputElement>('input[name=seats]')!;
    field.focus();
    field.select();
    await sendKeys({ type: '9' });
    await waitUntil(() => dialog(el, 'change-seats').querySelector('input[name=consent]'));
    dialog(el, 'change-seats').querySelector<HTMLInputElement>('input[name=consent]')!.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, 'portal-dialog.change-seats [part=confirm-button]')!.click();
    await waitUntil(() => text(rowOf(el)).includes('9 seats'), 'the new count');
    expect(text(rowOf(el).querySelector('[part~=outcome]'))).to.contain('Teamly Team now has 9');
    await waitUntil(
      () =>
        partTexts(el, 'next-charge')[0] !== before && /\$\d/.test(partTexts(el, 'next-charge')[0]!),
      'the next charge of nine seats',
    );
    // Nine seats at $8, plus four seats for the two thirds of the period left (prorate leaves
    // them for this invoice: $21.33, truncated); Northwind has no billing address, so no tax.
    expect(partTexts(el, 'next-charge')[0]).to.match(/^\$93\.33 on /);
  });
});

describe('<portal-subscriptions> session expiry mid-action', () => {
  it('confirming a cancel after the session expired shows the session-ended panel; the same customer finds the dialog as they left it', async () => {
    const el = await subscriptionsOf('alice@example.com');
    $(el, '[part=details-button]')!.click();
    await waitUntil(() => /\$\d/.test(partTexts(el, 'next-charge')[0] ?? ''), 'the next charge');
    const before = partTexts(el, 'subscription');
    await openCancel(el);
    await typeComment(el, 'Too pricey for us');
    await expireSession();
    $<HTMLButtonElement>(el, 'portal-dialog.cancel [part=confirm-button]')!.click();
    await waitUntil(() => $(el, '[part=session-ended]'), 'the session-ended panel');
    expect(text($(el, '[part=session-ended]'))).to.contain('Your session has ended');
    expect($(el, '[part=sign-in-again-button]')).not.to.equal(null);
    expect($(el, 'portal-dialog'), 'nothing modal over the panel').to.equal(null);
    await expect(el).to.be.accessible();
    const alice = mock.state.db.customers.find((c) => c.email === 'alice@example.com')!;
    const row = mock.state.db.subscriptions.find((s) => s.customer_id === alice.id)!;
    expect(row.cancel_at_period_end, 'nothing was cancelled').to.equal(false);

    await signIn('alice@example.com', 'acme');
    await settled(el);
    await waitUntil(() => /\$\d/.test(partTexts(el, 'next-charge')[0] ?? ''), 'the detail, open');
    expect(partTexts(el, 'subscription'), 'the same list, the detail still open').to.deep.equal(
      before,
    );
    await waitUntil(() => dialog(el, 'cancel')?.open, 'the cancel dialog is back');
    const cancel = dialog(el, 'cancel');
    expect(cancel.querySelector('textarea')!.value).to.equal('Too pricey for us');
    expect(cancel.querySelector<HTMLInputElement>('input[value=too_expensive]')!.checked).to.equal(
      true,
    );
    const canceled = oneEvent(el, 'portal-subscription-canceled');
    $<HTMLButtonElement>(el, 'portal-dialog.cancel [part=confirm-button]')!.click();
    const { detail } = await canceled;
    expect(detail.customer_cancellation_comment).to.equal('Too pricey for us');
    expect(detail.customer_cancellation_reason).to.equal('too_expensive');
    await waitUntil(() => text(rowOf(el)).includes('Cancels on'));
  });

  it('another customer signing in after the expiry finds no draft of the previous one', async () => {
    const el = await subscriptionsOf('alice@example.com');
    await openCancel(el);
    await typeComment(el, 'Private note');
    await expireSession();
    $<HTMLButtonElement>(el, 'portal-dialog.cancel [part=confirm-button]')!.click();
    await waitUntil(() => $(el, '[part=session-ended]'), 'the session-ended panel');
    await signIn('bob@example.com', 'acme');
    await settled(el);
    expect(text(rowOf(el))).to.contain('Acme Pro (yearly)');
    await el.updateComplete;
    expect(dialog(el, 'cancel').open).to.equal(false);
    expect(el.shadowRoot!.textContent).not.to.contain('Private note');
  });

  it('a seat count typed before the session expired is still there after signing in again', async () => {
    const el = await subscriptionsOf('olivia@northwind.example', 'teamly');
    $(el, '[part=seats-button]')!.click();
    await waitUntil(() => dialog(el, 'change-seats').open);
    const field = () =>
      dialog(el, 'change-seats').querySelector<HTMLInputElement>('input[name=seats]')!;
    field().focus();
    field().select();
    await sendKeys({ type: '8' });
    await waitUntil(() => dialog(el, 'change-seats').querySelector('input[name=consent]'));
    dialog(el, 'change-seats').querySelector<HTMLInputElement>('input[name=consent]')!.click();
    await el.updateComplete;
    await expireSession();
    $<HTMLButtonElement>(el, 'portal-dialog.change-seats [part=confirm-button]')!.click();
    await waitUntil(() => $(el, '[part=session-ended]'), 'the session-ended panel');
    await signIn('olivia@northwind.example', 'teamly');
    await settled(el);
    await waitUntil(() => dialog(el, 'change-seats')?.open, 'the seats dialog is back');
    expect(field().value).to.equal('8');
    expect(text(rowOf(el))).to.contain('5 seats');
  });
});
