import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { PortalBenefits } from '../../../src/elements/portal-benefits/portal-benefits.js';
import { mockAttrs, partTexts, settled, signIn, useMockWorker } from '../support.js';
import { benefitsOf, grant } from './benefits-support.js';

useMockWorker();

/**
 * Connecting a Discord account in Polar's window. `window.open` answers a stand-in window that
 * records where it was sent (a real one would leave for the provider, which MSW's worker does
 * not serve to navigations); the customer's part in it is played with `fetch` through the mock.
 */
class StandInWindow {
  closed = false;
  opener: unknown = window;
  focused = 0;
  readonly visited: string[] = [];
  readonly location = { replace: (url: string) => void this.visited.push(url) };
  close(): void {
    this.closed = true;
  }
  focus(): void {
    this.focused++;
  }
}

let opened: unknown[][] = [];
const realOpen = window.open;
/** `window.open` answers `popup` (null: the browser blocked it), and records each call. */
function stubOpen(popup: StandInWindow | null): void {
  window.open = (...args: unknown[]) => {
    opened.push(args);
    return popup as unknown as Window; // the stand-in has what the element uses of a window
  };
}
afterEach(() => {
  window.open = realOpen;
  opened = [];
});

const discord = (el: PortalBenefits) => grant(el, 'Discord')!;
const inDiscord = (el: PortalBenefits, selector: string) =>
  discord(el).querySelector<HTMLElement>(selector);
const announced = (el: PortalBenefits) =>
  el.shadowRoot!.querySelector('[part=announcement]')!.textContent!.trim();

/** mia (teamly) has a Discord benefit and no Discord account yet. */
async function waitingFor(popup: StandInWindow) {
  stubOpen(popup);
  const el = await benefitsOf('mia@northwind.example', '', 'teamly');
  inDiscord(el, '[part=connect-button]')!.click();
  // Opened in the click itself, before any answer: what popup blockers allow.
  expect(opened).to.have.length(1);
  expect(opened[0]![0]).to.equal('about:blank');
  await waitUntil(() => popup.visited.length === 1, 'the window is sent to Polar');
  return el;
}

/** What the customer does in the window: approve at the provider, land on Polar's page. */
async function approveIn(popup: StandInWindow): Promise<string> {
  const answer = await fetch(popup.visited[0]!); // the stand-in provider, the callback, the page
  return answer.text();
}

describe('<portal-benefits> connecting an account in a window', () => {
  it('opens the authorize URL in a window that cannot reach back, and waits for it', async () => {
    const popup = new StandInWindow();
    const el = await waitingFor(popup);
    // Compared, not shown: chai would print the whole window when it fails.
    expect(popup.opener === null, 'the window has no way back to this page').to.equal(true);
    expect(new URL(popup.visited[0]!).pathname).to.equal('/__dev/oauth/discord/authorize');
    expect(partTexts(el, 'waiting')[0]).to.contain('Waiting for Discord…');
    expect(announced(el)).to.contain('Waiting for Discord…');
    expect(inDiscord(el, '[part=connect-button]')).to.equal(null);
    await expect(el).to.be.accessible();
    inDiscord(el, '[part=show-window-button]')!.click();
    expect(popup.focused).to.equal(1);
  });

  it('once the window closes, shows the connected account, chosen, with focus on Get access', async () => {
    const popup = new StandInWindow();
    const el = await waitingFor(popup);
    expect(await approveIn(popup)).to.contain('Account connected');
    popup.closed = true;
    await waitUntil(() => inDiscord(el, '[part~=outcome-success]'), 'the connected account');
    const outcome = inDiscord(el, '[part~=outcome-success]')!.textContent!;
    expect(outcome).to.contain('Discord account mock-discord-user connected.');
    expect(announced(el)).to.equal('Discord account mock-discord-user connected.');
    const select = discord(el).querySelector('select')!;
    expect(select.selectedOptions[0]!.textContent!.trim()).to.equal('mock-discord-user');
    expect(el.shadowRoot!.activeElement).to.equal(inDiscord(el, '[part=claim-button]'));
    await expect(el).to.be.accessible();
  });

  it('says so when the window closed with nothing connected, focus back on Connect', async () => {
    const popup = new StandInWindow();
    const el = await waitingFor(popup);
    popup.closed = true;
    await waitUntil(() => inDiscord(el, '[part~=outcome-error]'), 'the message');
    expect(inDiscord(el, '[part~=outcome-error]')!.textContent).to.contain(
      'No Discord account was connected.',
    );
    expect(el.shadowRoot!.activeElement).to.equal(inDiscord(el, '[part=connect-button]'));
    await expect(el).to.be.accessible();
  });

  it('reads the accounts again when the page gets focus back, and closes the finished window', async () => {
    const popup = new StandInWindow();
    const el = await waitingFor(popup);
    window.dispatchEvent(new Event('focus')); // back too early: nothing yet, still waiting
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(partTexts(el, 'waiting')).to.have.length(1);
    await approveIn(popup);
    window.dispatchEvent(new Event('focus'));
    await waitUntil(() => inDiscord(el, '[part~=outcome-success]'), 'the connected account');
    expect(popup.closed).to.equal(true);
    expect(partTexts(el, 'waiting')).to.deep.equal([]);
  });

  it('cancels: closes the window, says so, focus back on Connect', async () => {
    const popup = new StandInWindow();
    const el = await waitingFor(popup);
    inDiscord(el, '[part=cancel-connect-button]')!.click();
    await waitUntil(() => inDiscord(el, '[part=connect-button]'), 'the button again');
    expect(popup.closed).to.equal(true);
    expect(announced(el)).to.equal('Connecting Discord was cancelled.');
    expect(inDiscord(el, '[part~=outcome]')).to.equal(null);
    await waitUntil(() => el.shadowRoot!.activeElement === inDiscord(el, '[part=connect-button]'));
  });

  it('a blocked window offers the full-page way, with the warning that it leaves', async () => {
    stubOpen(null);
    const el = await benefitsOf('mia@northwind.example', '', 'teamly');
    const navigated: string[] = [];
    (el as unknown as { navigate: (url: string) => void }).navigate = (url) => navigated.push(url);
    inDiscord(el, '[part=connect-button]')!.click();
    await waitUntil(() => inDiscord(el, '[part=popup-blocked]'), 'the warning');
    expect(inDiscord(el, '[part=popup-blocked]')!.textContent).to.contain(
      'Your browser blocked the Discord window. You can connect in this page instead, but you will leave it',
    );
    expect(announced(el)).to.contain('Your browser blocked the Discord window.');
    await waitUntil(() => el.shadowRoot!.activeElement === inDiscord(el, '[part=leave-button]'));
    expect(navigated).to.deep.equal([], 'nothing leaves before the customer says so');
    await expect(el).to.be.accessible();
    inDiscord(el, '[part=leave-button]')!.click();
    await waitUntil(() => navigated.length === 1, 'this page goes to Polar');
    expect(new URL(navigated[0]!).pathname).to.equal('/__dev/oauth/discord/authorize');
  });

  it('a blocked window’s warning can be dismissed: Connect is back', async () => {
    stubOpen(null);
    const el = await benefitsOf('mia@northwind.example', '', 'teamly');
    inDiscord(el, '[part=connect-button]')!.click();
    await waitUntil(() => inDiscord(el, '[part=popup-blocked]'));
    inDiscord(el, '[part=cancel-connect-button]')!.click();
    await waitUntil(() => inDiscord(el, '[part=connect-button]'));
    expect(inDiscord(el, '[part=popup-blocked]')).to.equal(null);
  });

  for (const [lang, waiting, blocked] of [
    ['de', 'Warten auf Discord…', 'Ihr Browser hat das Discord-Fenster blockiert.'],
    ['es', 'Esperando a Discord…', 'Su navegador bloqueó la ventana de Discord.'],
  ] as const)
    it(`speaks the customer’s language (${lang})`, async () => {
      const popup = new StandInWindow();
      stubOpen(popup);
      await signIn('mia@northwind.example', 'teamly');
      const el = await fixture<PortalBenefits>(
        `<portal-benefits lang=${lang} ${mockAttrs('teamly')}></portal-benefits>`,
      );
      await settled(el, '[part=group]');
      inDiscord(el, '[part=connect-button]')!.click();
      await waitUntil(() => inDiscord(el, '[part=waiting]'));
      expect(partTexts(el, 'waiting')[0]).to.contain(waiting);
      inDiscord(el, '[part=cancel-connect-button]')!.click();
      await waitUntil(() => inDiscord(el, '[part=connect-button]'));
      stubOpen(null);
      inDiscord(el, '[part=connect-button]')!.click();
      await waitUntil(() => inDiscord(el, '[part=popup-blocked]'));
      expect(partTexts(el, 'popup-blocked')[0]).to.contain(blocked);
    });
});
