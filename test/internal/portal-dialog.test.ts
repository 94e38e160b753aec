import { aTimeout, expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { PortalDialogCloseEvent } from '../../src/events/dialog-events.js';
import { definePortalDialog } from '../../src/internal/portal-dialog/define.js';
import { tokens } from '../../src/internal/styles.js';

definePortalDialog();

/**
 * An owner as the elements are: the opener and the dialog in its shadow root, the dialog's
 * controls slotted from there, open while its state says so.
 */
class DialogOwner extends LitElement {
  static override styles = tokens;
  @property({ reflect: true }) theme: 'light' | 'dark' = 'light';
  @property({ type: Boolean }) showing = false;
  closedReasons: string[] = [];

  override render() {
    return html`<button id="opener" @click=${() => (this.showing = true)}>Open</button>
      <portal-dialog
        part="dialog"
        ?open=${this.showing}
        @portal-dialog-closed=${(e: CustomEvent<{ reason: string }>) => {
          this.closedReasons.push(e.detail.reason);
          this.showing = false;
        }}
      >
        <h3 slot="heading">Change plan</h3>
        <p slot="description">Your card is charged today.</p>
        <form @submit=${(e: Event) => e.preventDefault()}>
          <label>Note <input id="note" name="note" /></label>
          <fieldset>
            <legend>Plan</legend>
            <label><input type="radio" name="plan" value="a" />A</label>
            <label><input type="radio" name="plan" value="b" checked />B</label>
          </fieldset>
          <button type="button" disabled>Busy</button>
          <button type="button" id="keep" autofocus data-dialog="close">Keep</button>
          <button type="submit" id="confirm">Confirm</button>
        </form>
      </portal-dialog>`;
  }
}
customElements.define('dialog-owner', DialogOwner);

const dialogOf = (owner: DialogOwner) => owner.shadowRoot!.querySelector('portal-dialog')!;
const surfaceOf = (owner: DialogOwner) => dialogOf(owner).shadowRoot!.querySelector('dialog')!;
const focused = (owner: DialogOwner) => owner.shadowRoot!.activeElement;

async function shiftTab(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

async function openOwner(): Promise<DialogOwner> {
  const owner = await fixture<DialogOwner>(html`<dialog-owner></dialog-owner>`);
  const opener = owner.shadowRoot!.querySelector<HTMLButtonElement>('#opener')!;
  opener.focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => surfaceOf(owner).open, 'the dialog opens');
  return owner;
}

describe('<portal-dialog>', () => {
  it('opens modal, focus on the autofocus control of the slotted content', async () => {
    const owner = await openOwner();
    expect(surfaceOf(owner).matches(':modal')).to.equal(true);
    expect(dialogOf(owner).open).to.equal(true);
    expect(dialogOf(owner).hasAttribute('open'), 'open reflects').to.equal(true);
    expect(focused(owner)!.id).to.equal('keep');
  });

  it('closes on Escape and gives focus back to the opener in the owner’s shadow root', async () => {
    const owner = await openOwner();
    const closed = oneEvent(dialogOf(owner), 'portal-dialog-closed');
    await sendKeys({ press: 'Escape' });
    expect((await closed).detail.reason).to.equal('escape');
    expect(surfaceOf(owner).open).to.equal(false);
    expect(dialogOf(owner).open).to.equal(false);
    expect(focused(owner)!.id).to.equal('opener');
    await owner.updateComplete;
    expect(owner.showing, 'the owner reset its state').to.equal(false);
  });

  it('cycles Tab and Shift+Tab across the slotted controls: enabled, one stop per radio group', async () => {
    const owner = await openOwner();
    const order: string[] = [];
    const name = () => {
      const el = focused(owner) as HTMLInputElement;
      return el.id || `${el.name}=${el.value}`;
    };
    for (let i = 0; i < 5; i++) {
      await sendKeys({ press: 'Tab' });
      order.push(name());
    }
    expect(order).to.deep.equal(['confirm', 'note', 'plan=b', 'keep', 'confirm']);
    await sendKeys({ press: 'Tab' }); // to the note, the first stop
    await shiftTab();
    expect(name(), 'Shift+Tab from the first wraps to the last').to.equal('confirm');
    await shiftTab();
    expect(name()).to.equal('keep');
  });

  it('asks before closing: a prevented portal-dialog-close keeps it open', async () => {
    const owner = await openOwner();
    const dialog = dialogOf(owner);
    const asked: PortalDialogCloseEvent[] = [];
    const keepOpen = (event: PortalDialogCloseEvent) => {
      asked.push(event);
      event.preventDefault();
    };
    document.addEventListener('portal-dialog-close', keepOpen); // bubbles out of the shadow root
    try {
      await sendKeys({ press: 'Escape' });
      owner.shadowRoot!.querySelector<HTMLButtonElement>('#keep')!.click();
      surfaceOf(owner).dispatchEvent(new Event('cancel', { cancelable: true }));
      expect(dialog.close('done')).to.equal(false);
      await aTimeout(0);
      expect(asked.map((e) => e.detail.reason)).to.deep.equal([
        'escape',
        'dismiss',
        'escape',
        'done',
      ]);
      expect(asked.every((e) => e.bubbles && e.composed && e.cancelable)).to.equal(true);
      expect(surfaceOf(owner).open).to.equal(true);
      expect(owner.closedReasons).to.deep.equal([]);
    } finally {
      document.removeEventListener('portal-dialog-close', keepOpen);
    }
    owner.shadowRoot!.querySelector<HTMLButtonElement>('#keep')!.click();
    expect(surfaceOf(owner).open).to.equal(false);
    expect(owner.closedReasons).to.deep.equal(['dismiss']);
  });

  it('closes without asking when its owner sets open to false', async () => {
    const owner = await openOwner();
    let asked = false;
    dialogOf(owner).addEventListener('portal-dialog-close', () => (asked = true));
    owner.showing = false;
    await owner.updateComplete;
    expect(surfaceOf(owner).open).to.equal(false);
    expect(asked).to.equal(false);
    expect(owner.closedReasons).to.deep.equal(['done']);
    expect(focused(owner)!.id).to.equal('opener');
  });

  it('follows a close the browser makes on its own', async () => {
    const owner = await openOwner();
    surfaceOf(owner).close();
    await waitUntil(() => !dialogOf(owner).open, 'open follows the native dialog');
    expect(owner.closedReasons).to.deep.equal(['escape']);
    expect(focused(owner)!.id).to.equal('opener');
  });

  it('show(opener) gives focus back to the opener passed', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <button id="elsewhere">Elsewhere</button>
        <portal-dialog label="Standalone"><button>Inside</button></portal-dialog>
      </div>`,
    );
    const dialog = page.querySelector('portal-dialog')!;
    const elsewhere = page.querySelector<HTMLButtonElement>('#elsewhere')!;
    dialog.show(elsewhere);
    await dialog.updateComplete;
    expect(document.activeElement!.textContent).to.equal('Inside');
    await sendKeys({ press: 'Escape' });
    expect(document.activeElement).to.equal(elsewhere);
  });

  it('is named by its heading and described by its description; axe passes', async () => {
    const owner = await openOwner();
    const surface = surfaceOf(owner);
    const byId = (id: string) => dialogOf(owner).shadowRoot!.getElementById(id)!;
    const shown = (id: string | null) =>
      byId(id!).querySelector('slot')!.assignedElements()[0]!.textContent;
    expect(shown(surface.getAttribute('aria-labelledby'))).to.equal('Change plan');
    expect(shown(surface.getAttribute('aria-describedby'))).to.equal('Your card is charged today.');
    await expect(owner).to.be.accessible();
  });

  it('takes its name from label when no heading is slotted; axe passes', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <portal-dialog open label="Card details"><button>Close</button></portal-dialog>
      </div>`,
    );
    const dialog = page.querySelector('portal-dialog')!;
    await waitUntil(() => dialog.shadowRoot!.querySelector('dialog')!.open);
    const surface = dialog.shadowRoot!.querySelector('dialog')!;
    expect(surface.getAttribute('aria-label')).to.equal('Card details');
    expect(surface.hasAttribute('aria-labelledby')).to.equal(false);
    expect(surface.hasAttribute('aria-describedby')).to.equal(false);
    await expect(page).to.be.accessible();
    dialog.open = false;
  });

  it('takes the owner’s dark theme', async () => {
    const owner = await openOwner();
    const light = getComputedStyle(surfaceOf(owner)).backgroundColor;
    owner.theme = 'dark';
    await owner.updateComplete;
    expect(light).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(surfaceOf(owner)).backgroundColor).to.equal('rgb(22, 22, 26)');
  });
});
