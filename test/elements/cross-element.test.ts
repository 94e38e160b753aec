import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/customer-portal/define.js';
import '../../src/elements/portal-seats/define.js';
import '../../src/elements/portal-subscriptions/define.js';
import type { PortalSubscriptions } from '../../src/elements/portal-subscriptions/portal-subscriptions.js';
import { mockAttrs, settled, signIn, useMockWorker } from './support.js';

/**
 * One truth on the page: a change made in one element shows in every other element of the same
 * session, at once and without a reload, because they all read the session's store.
 */

useMockWorker();

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const text = (node: Element | null | undefined) =>
  node?.textContent!.replace(/\s+/g, ' ').trim() ?? '';
const firstRow = (el: Element) => text($(el, '[part=subscription]'));

/** Two or more elements side by side, signed in once for all of them. */
async function page(markup: string, email: string, slug: string) {
  const root = await fixture<HTMLDivElement>(`<div>${markup}</div>`);
  await signIn(email, slug);
  for (const el of root.querySelectorAll('portal-subscriptions')) await settled(el);
  return root;
}

/** Picks a choice in an open change dialog, agrees to the charge and confirms. */
async function agreeAndConfirm(el: PortalSubscriptions, dialog: string) {
  const box = () => $(el, `portal-dialog.${dialog}`)!;
  await waitUntil(() => box().querySelector('input[name=consent]'), 'the preview');
  box().querySelector<HTMLInputElement>('input[name=consent]')!.click();
  await el.updateComplete;
  $<HTMLButtonElement>(el, `portal-dialog.${dialog} [part=confirm-button]`)!.click();
}

async function cancelIn(el: Element) {
  $(el, '[part=cancel-button]')!.click();
  await waitUntil(() => $(el, 'portal-dialog.cancel [part=confirm-button]'), 'the cancel dialog');
  $<HTMLButtonElement>(el, 'portal-dialog.cancel [part=confirm-button]')!.click();
}

describe('one truth on the page', () => {
  it('a seat change in <portal-subscriptions> shows in <portal-seats>', async () => {
    const root = await page(
      `<portal-subscriptions ${mockAttrs('teamly')}></portal-subscriptions>
       <portal-seats ${mockAttrs('teamly')}></portal-seats>`,
      'olivia@northwind.example',
      'teamly',
    );
    const subscriptions = root.querySelector('portal-subscriptions')!;
    const seats = root.querySelector('portal-seats')!;
    await waitUntil(() => $(seats, '#seats-used'), 'the seats view');
    expect(text($(seats, '#seats-used'))).to.match(/of 5 seats used/);
    $(subscriptions, '[part=seats-button]')!.click();
    const field = () =>
      $(subscriptions, 'portal-dialog.change-seats')!.querySelector<HTMLInputElement>(
        'input[name=seats]',
      )!;
    await waitUntil(() => field(), 'the seats dialog');
    field().focus();
    field().select();
    await sendKeys({ type: '9' });
    await agreeAndConfirm(subscriptions, 'change-seats');
    await waitUntil(() => firstRow(subscriptions).includes('9 seats'), 'subscriptions: 9 seats');
    await waitUntil(
      () => /of 9 seats used/.test(text($(seats, '#seats-used'))),
      'seats: 9 in total, without a reload',
    );
  });

  it('a plan change in one <portal-subscriptions> shows in another on the page', async () => {
    const root = await page(
      `<portal-subscriptions ${mockAttrs('acme')}></portal-subscriptions>
       <portal-subscriptions ${mockAttrs('acme')}></portal-subscriptions>`,
      'alice@example.com',
      'acme',
    );
    const [here, there] = root.querySelectorAll('portal-subscriptions');
    expect(firstRow(there!)).to.contain('$12.00 / month');
    $(here!, '[part=change-button]')!.click();
    const plans = () => [
      ...$(here!, 'portal-dialog.change-plan')!.querySelectorAll<HTMLInputElement>(
        'input[type=radio]',
      ),
    ];
    await waitUntil(() => plans().length > 0, 'plans listed');
    plans()
      .find((r) => r.parentElement!.textContent!.includes('(yearly)'))!
      .click();
    await agreeAndConfirm(here!, 'change-plan');
    for (const el of [here!, there!])
      await waitUntil(
        () => firstRow(el).includes('Acme Pro (yearly)') && firstRow(el).includes('$120.00 / year'),
        'both show the new plan',
      );
    expect(text($(there!, '[part~=outcome]')), 'the outcome is where it happened').to.equal('');
  });

  it('a cancel and a resume in <customer-portal> show in a <portal-subscriptions> beside it', async () => {
    const root = await fixture<HTMLDivElement>(
      `<div><customer-portal ${mockAttrs('acme')}></customer-portal>
       <portal-subscriptions ${mockAttrs('acme')}></portal-subscriptions></div>`,
    );
    await signIn('alice@example.com', 'acme');
    const portal = root.querySelector('customer-portal')!;
    const beside = root.querySelector('portal-subscriptions')!;
    const view = () => $<PortalSubscriptions>(portal, '[role=tabpanel]:not([hidden]) > *');
    await waitUntil(() => view()?.localName === 'portal-subscriptions', 'the Subscriptions tab');
    await settled(view()!);
    await settled(beside);
    expect(firstRow(beside)).to.contain('Renews on');

    await cancelIn(view()!);
    for (const el of [view()!, beside])
      await waitUntil(() => firstRow(el).includes('Cancels on'), 'both say it cancels');
    expect($(beside, '[part=resume-button]'), 'beside, it can be resumed too').not.to.equal(null);

    $(view()!, '[part=resume-button]')!.click();
    for (const el of [view()!, beside])
      await waitUntil(() => firstRow(el).includes('Renews on'), 'both say it renews');
  });
});
