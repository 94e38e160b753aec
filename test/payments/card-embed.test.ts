import { expect, waitUntil } from '@open-wc/testing';
import { CardEmbed, type CardEmbedCallbacks } from '../../src/payments/card-embed.js';

/**
 * The frame's messages count only from the embed's own origin: the mock's stand-in page,
 * framed as if it were `https://polar.sh`, is not listened to, and the frame times out.
 * (No session token, so the stand-in answers `invalid_request` at once.)
 */

const standIn = `/embed/payment-method?embed=true&mode=inline&embed_origin=${encodeURIComponent(location.origin)}`;

function mount(origin: string) {
  const heard: string[] = [];
  const on: CardEmbedCallbacks = {
    loaded: () => heard.push('loaded'),
    processing: () => heard.push('processing'),
    saved: (id) => heard.push(`saved ${id}`),
    failed: (code) => heard.push(`failed ${code}`),
    closed: () => heard.push('closed'),
  };
  const container = document.createElement('div');
  document.body.append(container);
  const embed = new CardEmbed(
    { origin, location: new URL(standIn, location.origin).toString() },
    { mode: 'inline', title: 'Card form', container, loadTimeoutMs: 1500 },
    on,
  );
  return { heard, embed, container };
}

describe('CardEmbed', () => {
  it('hears the frame of its origin', async () => {
    const { heard, embed, container } = mount(location.origin);
    await waitUntil(() => heard.length >= 2, 'the stand-in’s answer');
    expect(heard).to.deep.equal(['failed invalid_request', 'loaded']);
    embed.close();
    expect(container.querySelector('iframe')).to.equal(null);
    container.remove();
  });

  it('does not hear the same page framed as another origin, and times out', async () => {
    const { heard, embed, container } = mount('https://polar.sh');
    await waitUntil(() => heard.length > 0, 'the timeout', { timeout: 4000 });
    expect(heard).to.deep.equal(['failed timeout']);
    embed.close();
    container.remove();
  });
});
