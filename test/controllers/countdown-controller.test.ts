import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { CountdownController } from '../../src/controllers/countdown-controller.js';

/** A host that shows the seconds left and counts its renders. */
class CountdownProbe extends LitElement {
  readonly countdown = new CountdownController(this);
  renders = 0;
  override render() {
    this.renders++;
    return html`${this.countdown.secondsLeft}`;
  }
}
customElements.define('countdown-probe', CountdownProbe);

const probe = () => fixture<CountdownProbe>(html`<countdown-probe></countdown-probe>`);
const shown = (el: CountdownProbe) => el.shadowRoot!.textContent!.trim();

/** The intervals the page has running, whoever started them. */
function trackIntervals() {
  const live = new Set<number>();
  const set = window.setInterval;
  const clear = window.clearInterval;
  window.setInterval = ((...args: Parameters<typeof set>) => {
    const id = set(...args);
    live.add(id);
    return id;
  }) as typeof set;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) live.delete(id);
    clear(id);
  }) as typeof clear;
  return { live, restore: () => Object.assign(window, { setInterval: set, clearInterval: clear }) };
}

describe('CountdownController', () => {
  it('re-renders once a second while it runs, then stops ticking at the deadline', async () => {
    const el = await probe();
    expect(el.countdown.ticking, 'nothing ticks before a start').to.equal(false);
    el.countdown.start(1500);
    await el.updateComplete;
    expect(shown(el)).to.equal('2');
    expect(el.countdown.running).to.equal(true);
    const before = el.renders;
    await waitUntil(() => shown(el) === '1', 'one second later', { timeout: 1500 });
    await waitUntil(() => shown(el) === '0', 'at the deadline', { timeout: 1500 });
    expect(el.countdown.ticking, 'the interval is gone').to.equal(false);
    expect(el.countdown.running).to.equal(false);
    expect(el.renders - before, 'one render a second, not more').to.be.at.most(3);
  });

  it('stop() ends it at once and leaves no interval', async () => {
    const intervals = trackIntervals();
    try {
      const el = await probe();
      el.countdown.start(30_000);
      expect(el.countdown.secondsLeft).to.equal(30);
      expect(intervals.live.size).to.equal(1);
      el.countdown.stop();
      await el.updateComplete;
      expect(shown(el)).to.equal('0');
      expect(intervals.live.size).to.equal(0);
    } finally {
      intervals.restore();
    }
  });

  it('stops ticking when its host leaves the page, and resumes if it comes back in time', async () => {
    const intervals = trackIntervals();
    try {
      const el = await probe();
      const parent = el.parentElement!;
      el.countdown.start(30_000);
      el.remove();
      expect(el.countdown.ticking).to.equal(false);
      expect(intervals.live.size, 'no interval left running').to.equal(0);
      expect(el.countdown.secondsLeft, 'the deadline is kept').to.be.within(29, 30);
      parent.append(el);
      expect(el.countdown.ticking).to.equal(true);
      expect(intervals.live.size).to.equal(1);
      el.remove();
      expect(intervals.live.size).to.equal(0);
    } finally {
      intervals.restore();
    }
  });

  it('does not start ticking again for a deadline that passed while away', async () => {
    const el = await probe();
    const parent = el.parentElement!;
    el.countdown.start(50);
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 100));
    parent.append(el);
    await el.updateComplete;
    expect(el.countdown.ticking).to.equal(false);
    expect(shown(el)).to.equal('0');
  });
});
