import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../../src/elements/portal-benefits/define.js';
import { formatBytes } from '../../../src/elements/portal-benefits/other-grants.js';
import type { PortalDialog } from '../../../src/internal/portal-dialog/portal-dialog.js';
import { mock, partTexts, settled, signIn, useMockWorker } from '../support.js';
import { $, activate, aliceKey, benefitsOf, grant } from './benefits-support.js';

useMockWorker();

describe('<portal-benefits> states', () => {
  it('asks to sign in when there is no session', async () => {
    const el = await benefitsOf('');
    expect(partTexts(el, 'signed-out')[0]).to.equal('Sign in to see your benefits.');
    await expect(el).to.be.accessible();
  });

  it('announces a skeleton while loading', async () => {
    mock.state.latency = { min_ms: 400, max_ms: 400 };
    const el = await benefitsOf('');
    await signIn('alice@example.com', 'acme');
    await waitUntil(() => $(el, '[part=loading]'));
    expect($(el, '[part=loading] [role=status]')!.textContent).to.contain('Loading your benefits');
    await expect(el).to.be.accessible();
    await settled(el, '[part=group]');
  });

  it('has an empty state', async () => {
    mock.state.db.grants.replaceAll([]);
    const el = await benefitsOf('alice@example.com');
    expect(partTexts(el, 'empty')[0]).to.equal('You have no benefits yet.');
    await expect(el).to.be.accessible();
  });

  it('shows a load error with a retry that recovers', async () => {
    let fail = true;
    mock.worker.use(
      http.get('*/v1/customer-portal/benefit-grants/', () =>
        fail
          ? HttpResponse.json({ error: 'Boom', detail: 'Benefits are down' }, { status: 500 })
          : undefined,
      ),
    );
    const el = await benefitsOf('alice@example.com');
    expect(partTexts(el, 'error')[0]).to.contain('Benefits are down');
    await expect(el).to.be.accessible();
    fail = false;
    $<HTMLButtonElement>(el, '[part=error] button')!.click();
    await waitUntil(() => $(el, '[part=group]'));
  });

  it('groups benefits by type, with the seller’s note as text', async () => {
    const note = mock.state.db.benefits.find((b) => b.type === 'custom')!;
    mock.state.db.benefits.update(note, {
      properties: { note: '<img src=x onerror="window.pwned=1">\nSecond line' },
    });
    const el = await benefitsOf('alice@example.com');
    const headings = [...el.shadowRoot!.querySelectorAll('[part=group] h3')].map((h) =>
      h.textContent!.trim(),
    );
    expect(headings).to.deep.equal([
      'License keys',
      'Downloads',
      'GitHub repositories',
      'Notes from the seller',
    ]);
    expect($(el, '[part=note]')!.textContent).to.equal(
      '<img src=x onerror="window.pwned=1">\nSecond line',
    );
    expect($(el, '[part=note] img')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('<portal-benefits> paging', () => {
  it('pages through the grants', async () => {
    const el = await benefitsOf('alice@example.com', 'page-size="2"');
    const first = partTexts(el, 'grant');
    expect(first).to.have.length(2);
    expect(partTexts(el, 'pagination')[0]).to.contain('Page 1 of 2');
    $<HTMLButtonElement>(el, '[part=pagination] button:last-of-type')!.click();
    await waitUntil(() => partTexts(el, 'pagination')[0]?.includes('Page 2 of 2'), 'page 2');
    await settled(el, '[part=group]');
    expect(partTexts(el, 'grant')).not.to.deep.equal(first);
    await expect(el).to.be.accessible();
  });
});

describe('<portal-benefits> license keys', () => {
  it('masks the key until shown, with a toggle button', async () => {
    const el = await benefitsOf('alice@example.com');
    const key = aliceKey().key;
    const code = $(el, '[part=license-key] code')!;
    expect(code.textContent).not.to.contain(key.slice(0, -4));
    expect(code.textContent).to.contain(key.slice(-4));
    const reveal = $<HTMLButtonElement>(el, '[part=reveal-button]')!;
    expect(reveal.getAttribute('aria-pressed')).to.equal('false');
    reveal.click();
    await el.updateComplete;
    expect(code.textContent).to.equal(key);
    expect(reveal.getAttribute('aria-pressed')).to.equal('true');
  });

  it('copies the key and announces it, or says plainly when the browser refuses', async () => {
    const el = await benefitsOf('alice@example.com');
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (text: string) => ((copied = text), Promise.resolve()) },
    });
    $<HTMLButtonElement>(el, '[part=copy-button]')!.click();
    await waitUntil(() => el.shadowRoot!.textContent!.includes('License key copied.'));
    expect(copied).to.equal(aliceKey().key);
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
    $<HTMLButtonElement>(el, '[part=copy-button]')!.click();
    await waitUntil(() => $(el, '[role=alert]'));
    expect($(el, '[role=alert]')!.textContent).to.contain('Copying did not work here');
    delete (navigator as { clipboard?: unknown }).clipboard;
  });

  it('deactivates a device after a keyboard-driven confirmation', async () => {
    const activationId = await activate('Studio <b>iMac</b>');
    await activate('Laptop');
    const el = await benefitsOf('alice@example.com');
    expect(partTexts(el, 'license-key')[0]) // the seed's MacBook Pro and these two
      .to.contain('3 of 3 activations')
      .and.contain('Studio <b>iMac</b>');
    const opener = $<HTMLButtonElement>(
      el,
      `[data-activation="${activationId}"] [part=deactivate-button]`,
    )!;
    opener.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = $<PortalDialog>(el, 'portal-dialog.deactivate')!;
    await waitUntil(() => dialog.open);
    expect(dialog.textContent).to.contain('Deactivate Studio <b>iMac</b>?');
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'Tab' });
      expect(dialog.contains(el.shadowRoot!.activeElement)).to.equal(true);
    }
    await expect(el).to.be.accessible();
    const deactivated = oneEvent(el, 'portal-license-key-deactivated');
    dialog.querySelector<HTMLButtonElement>('[part=confirm-button]')!.click();
    const event = await deactivated;
    expect(event.detail).to.deep.equal({ licenseKeyId: aliceKey().id, activationId });
    await waitUntil(() => !$(el, `[data-activation="${activationId}"]`));
    expect(partTexts(el, 'license-key')[0]).to.contain('2 of 3 activations');
    expect(aliceKey().activations.map((a) => a.label)).not.to.include('Studio <b>iMac</b>');
  });

  it('closes on Escape and keeps the device', async () => {
    const activationId = await activate('Laptop');
    const el = await benefitsOf('alice@example.com');
    const opener = $<HTMLButtonElement>(el, '[part=deactivate-button]')!;
    opener.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $<PortalDialog>(el, 'portal-dialog.deactivate')!.open);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !$<PortalDialog>(el, 'portal-dialog.deactivate')!.open);
    expect(el.shadowRoot!.activeElement).to.equal(opener);
    expect($(el, `[data-activation="${activationId}"]`)).not.to.equal(null);
  });
});

describe('<portal-benefits> downloads, access and credits', () => {
  it('links each file with its size', async () => {
    const el = await benefitsOf('alice@example.com');
    const link = $<HTMLAnchorElement>(el, '[part=download-link]')!;
    expect(link.textContent).to.equal('acme-pro-1.4.2-installer.sh');
    expect(link.getAttribute('download')).to.equal('acme-pro-1.4.2-installer.sh');
    expect(link.href).to.match(/^http/);
    expect(link.closest('li')!.textContent).to.match(/\d+ bytes|\d+(\.\d)? (kB|MB)/);
  });

  it('writes file sizes as a person reads them, in their language', () => {
    expect([1, 113, 1_500, 2_400_000].map((n) => formatBytes(n, 'en'))).to.deep.equal([
      '1 byte',
      '113 bytes',
      '1.5 kB',
      '2.4 MB',
    ]);
    expect(formatBytes(113, 'de')).to.equal('113 Byte');
    expect(formatBytes(1_500, 'es')).to.equal('1,5 kB');
  });

  it('claims GitHub access with the connected account and fires portal-benefit-claimed', async () => {
    const el = await benefitsOf('alice@example.com');
    const github = grant(el, 'acme/pro-plugins')!;
    expect(github.textContent)
      .to.contain('Repository acme/pro-plugins')
      .and.contain('alice-anders');
    const claimed = oneEvent(el, 'portal-benefit-claimed');
    github.querySelector<HTMLButtonElement>('[part=claim-button]')!.click();
    const event = await claimed;
    expect(event.bubbles && event.composed).to.equal(true);
    await waitUntil(() =>
      grant(el, 'acme/pro-plugins')!.textContent!.includes('Granted to alice-anders'),
    );
    expect(el.shadowRoot!.activeElement).to.equal(grant(el, 'acme/pro-plugins')!);
  });

  it('offers someone without a Discord account to connect one (in a window: oauth-window.test.ts)', async () => {
    const el = await benefitsOf('mia@northwind.example', '', 'teamly');
    const connect = grant(el, 'Discord')!.querySelector<HTMLButtonElement>(
      '[part=connect-button]',
    )!;
    expect(connect.textContent!.trim()).to.equal('Connect Discord');
    expect(connect.disabled).to.equal(false);
  });

  it('shows credits left this period, unless the merchant hides usage', async () => {
    const el = await benefitsOf('mia@northwind.example', '', 'teamly');
    expect(partTexts(el, 'credits')[0]).to.equal('588 left of 1,000 this period');
    el.remove();
    const hidden = await benefitsOf(
      'olivia@northwind.example',
      'hidden-features="usage"',
      'teamly',
    );
    expect($(hidden, '[part=credits]')).to.equal(null);
    expect(partTexts(hidden, 'group').join(' ')).not.to.contain('API calls');
  });
});
