import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../../src/elements/portal-benefits/define.js';
import type { PortalBenefits } from '../../../src/elements/portal-benefits/portal-benefits.js';
import { mock, partTexts, settled, signIn, useMockWorker } from '../support.js';
import { $, activate, aliceKey, benefitsOf, grant } from './benefits-support.js';

/**
 * What the customer sees after each action of `<portal-benefits>`: "Copied" on the copy button,
 * a confirmation or an error beside what they did, dismissable and read out; and a session that
 * expires mid-action brings them back to the same page.
 */

useMockWorker();

/** Room for a write and the reloads it causes, on a busy machine. */
const settle = { timeout: 4000 };

const copyButton = (el: PortalBenefits) => $<HTMLButtonElement>(el, '[part=copy-button]')!;
const announced = (el: PortalBenefits) => partTexts(el, 'announcement')[0];

function clipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
}

async function openDeactivation(el: PortalBenefits, activationId: string) {
  $<HTMLButtonElement>(el, `[data-activation="${activationId}"] [part=deactivate-button]`)!.click();
  const dialog = $<HTMLElement & { open: boolean }>(el, '.deactivate')!;
  await waitUntil(() => dialog.open, 'the dialog', settle);
  return dialog;
}

afterEach(() => delete (navigator as { clipboard?: unknown }).clipboard);

describe('<portal-benefits> copy button', function () {
  this.timeout(20000);

  it('says “Copied” and reads it out, then returns to its label after a few seconds', async () => {
    const el = await benefitsOf('alice@example.com');
    let copied = '';
    clipboard((text) => ((copied = text), Promise.resolve()));
    expect(copyButton(el).textContent!.trim()).to.equal('Copy');
    copyButton(el).click();
    await waitUntil(() => copyButton(el).textContent!.trim() === 'Copied', 'Copied', settle);
    expect(copied).to.equal(aliceKey().key);
    expect(announced(el)).to.equal('License key copied.');
    await expect(el).to.be.accessible();
    await waitUntil(() => copyButton(el).textContent!.trim() === 'Copy', 'back to Copy', {
      timeout: 6000,
    });
    expect(announced(el), 'the live region is quiet again').to.equal('');
  });

  it('returns to its label on the next copy, which says plainly when the browser refuses', async () => {
    const el = await benefitsOf('alice@example.com');
    clipboard(() => Promise.resolve());
    copyButton(el).click();
    await waitUntil(() => copyButton(el).textContent!.trim() === 'Copied', 'Copied', settle);
    clipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    copyButton(el).click();
    await waitUntil(() => $(el, '[part=license-key] [part~=outcome-error]'), 'the refusal', settle);
    expect(copyButton(el).textContent!.trim()).to.equal('Copy');
    const error = $(el, '[part=license-key] [part~=outcome-error]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('Copying did not work here');
    error.querySelector<HTMLButtonElement>('[part=dismiss-button]')!.click();
    await el.updateComplete;
    expect($(el, '[part~=outcome]')).to.equal(null);
  });
});

describe('<portal-benefits> visible outcomes', function () {
  this.timeout(20000);

  it('confirms a deactivated device beside its key, dismissable', async () => {
    const activationId = await activate('Laptop');
    const el = await benefitsOf('alice@example.com');
    const dialog = await openDeactivation(el, activationId);
    dialog.querySelector<HTMLButtonElement>('[part=confirm-button]')!.click();
    await waitUntil(() => !$(el, `[data-activation="${activationId}"]`), 'the device', settle);
    const outcome = $(el, '[part=license-key] [part~=outcome-success]')!;
    expect(outcome.textContent).to.contain('Laptop was deactivated.');
    expect(announced(el)).to.equal('Laptop was deactivated.');
    expect(el.shadowRoot!.activeElement).to.equal($(el, `[data-key="${aliceKey().id}"]`));
    await expect(el).to.be.accessible();
    outcome.querySelector<HTMLButtonElement>('[part=dismiss-button]')!.click();
    await el.updateComplete;
    expect($(el, '[part~=outcome]')).to.equal(null);
  });

  it('shows a refused deactivation in the dialog, keeping the device', async () => {
    mock.worker.use(
      http.post('*/v1/customer-portal/license-keys/deactivate', () =>
        HttpResponse.json({ error: 'Boom', detail: 'Keys are read-only today' }, { status: 400 }),
      ),
    );
    const activationId = await activate('Laptop');
    const el = await benefitsOf('alice@example.com');
    const dialog = await openDeactivation(el, activationId);
    dialog.querySelector<HTMLButtonElement>('[part=confirm-button]')!.click();
    await waitUntil(() => dialog.querySelector('[role=alert]'), 'the refusal', settle);
    expect(dialog.querySelector('[role=alert]')!.textContent).to.contain(
      'Keys are read-only today',
    );
    expect($(el, `[data-activation="${activationId}"]`)).not.to.equal(null);
    expect($(el, '[part~=outcome]'), 'said once, in the dialog').to.equal(null);
  });

  it('confirms claimed access beside the grant', async () => {
    const el = await benefitsOf('alice@example.com');
    grant(el, 'acme/pro-plugins')!.querySelector<HTMLButtonElement>('[part=claim-button]')!.click();
    await waitUntil(
      () => grant(el, 'acme/pro-plugins')?.querySelector('[part~=outcome-success]'),
      'the outcome',
      settle,
    );
    expect(
      grant(el, 'acme/pro-plugins')!.querySelector('[part~=outcome-success]')!.textContent,
    ).to.contain('Access granted');
    expect(grant(el, 'acme/pro-plugins')!.querySelector('[part=granted]')).not.to.equal(null);
  });

  it('shows a failed claim beside the grant, with the account still to choose', async () => {
    mock.worker.use(
      http.patch('*/v1/customer-portal/benefit-grants/:id', () =>
        HttpResponse.json({ error: 'Boom', detail: 'GitHub is down' }, { status: 503 }),
      ),
    );
    const el = await benefitsOf('alice@example.com');
    const github = () => grant(el, 'acme/pro-plugins')!;
    github().querySelector<HTMLButtonElement>('[part=claim-button]')!.click();
    await waitUntil(() => github().querySelector('[part~=outcome-error]'), 'the error', settle);
    expect(github().querySelector('[role=alert]')!.textContent).to.contain('GitHub is down');
    expect(github().querySelector<HTMLSelectElement>('select')!.value).not.to.equal('');
    expect(github().querySelector<HTMLButtonElement>('[part=claim-button]')!.disabled).to.equal(
      false,
    );
  });
});

describe('<portal-benefits> when the session expires mid-action', function () {
  this.timeout(30000);

  it('says so, and brings the same customer back to the same page', async () => {
    const el = await benefitsOf('alice@example.com', 'page-size="1"');
    const next = () => $<HTMLButtonElement>(el, '[part=pagination] button:last-of-type')!;
    for (let page = 1; !grant(el, 'acme/pro-plugins'); page++) {
      next().click();
      await waitUntil(() => partTexts(el, 'pagination')[0]?.includes(`Page ${page + 1} of`));
      await settled(el, '[part=group]');
    }
    const where = partTexts(el, 'pagination')[0];
    await fetch('/__dev/clock', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ advance_seconds: 61 * 60 }),
    });
    let claimed = 0;
    el.addEventListener('portal-benefit-claimed', () => claimed++);
    grant(el, 'acme/pro-plugins')!.querySelector<HTMLButtonElement>('[part=claim-button]')!.click();
    await waitUntil(() => $(el, '[part=session-ended]'), 'the session-ended panel', settle);
    expect(claimed).to.equal(0);
    await expect(el).to.be.accessible();

    await signIn('alice@example.com', 'acme');
    await settled(el, '[part=group]');
    expect(partTexts(el, 'pagination')[0]).to.equal(where);
    expect($(el, '[part~=outcome]'), 'no outcome for the expired try').to.equal(null);
    const event = oneEvent(el, 'portal-benefit-claimed');
    grant(el, 'acme/pro-plugins')!.querySelector<HTMLButtonElement>('[part=claim-button]')!.click();
    await event;
  });
});
