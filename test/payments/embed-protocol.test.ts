import { expect } from '@open-wc/testing';
import type { PolarEmbedPaymentMethod } from '@polar-sh/checkout/payment-method';
import { embedLocation, embedOriginFor } from '../../src/payments/embed-location.js';
import {
  EMBED_MESSAGE_TYPE,
  parseEmbedMessage,
  type EmbedMessage,
} from '../../src/payments/embed-protocol.js';

/**
 * The elements' side of Polar's card embed protocol against `@polar-sh/checkout`'s own types:
 * the type check fails when the package's messages and ours part (the stand-in frame,
 * `mock-server/embed/payment-method.js`, is typed by the package directly).
 */

type Theirs = Parameters<typeof PolarEmbedPaymentMethod.postMessage>[0];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameMessages: Same<EmbedMessage, Theirs> = true;
const sameErrors: Same<
  Extract<EmbedMessage, { event: 'error' }>['code'],
  Extract<Theirs, { event: 'error' }>['code']
> = true;

describe('card embed protocol', () => {
  it('has the package’s message types', () => {
    expect(sameMessages && sameErrors).to.equal(true);
  });

  it('reads each of the package’s messages', () => {
    const id = '0b5e7f9c-8a1d-4c3e-9f2a-1d2c3b4a5e6f';
    const messages: Theirs[] = [
      { event: 'loaded' },
      { event: 'close' },
      { event: 'confirmed' },
      { event: 'success', paymentMethodId: id },
      { event: 'error', code: 'processing_failed' },
      { event: 'resize', height: 321.4 },
    ];
    for (const message of messages) {
      const parsed = parseEmbedMessage({ ...message, type: EMBED_MESSAGE_TYPE });
      expect(parsed).to.deep.equal(
        message.event === 'resize' ? { event: 'resize', height: 322 } : message,
      );
    }
  });

  it('refuses what is not a message of the protocol', () => {
    const refused: unknown[] = [
      null,
      'loaded',
      { event: 'loaded' }, // no type
      { type: 'POLAR_CHECKOUT', event: 'loaded' },
      { type: EMBED_MESSAGE_TYPE, event: 'succes' },
      { type: EMBED_MESSAGE_TYPE, event: 'success' },
      { type: EMBED_MESSAGE_TYPE, event: 'success', paymentMethodId: 42 },
      { type: EMBED_MESSAGE_TYPE, event: 'success', paymentMethodId: '../../customers/me' },
      { type: EMBED_MESSAGE_TYPE, event: 'error', code: 'toString' },
      { type: EMBED_MESSAGE_TYPE, event: 'resize', height: '100px' },
      { type: EMBED_MESSAGE_TYPE, event: 'resize', height: Number.NaN },
      { type: EMBED_MESSAGE_TYPE, event: '__proto__' },
    ];
    for (const data of refused)
      expect(parseEmbedMessage(data), JSON.stringify(data)).to.equal(null);
    const huge = parseEmbedMessage({ type: EMBED_MESSAGE_TYPE, event: 'resize', height: 1e9 });
    expect(huge).to.deep.equal({ event: 'resize', height: 4000 });
  });
});

describe('card embed location', () => {
  it('maps Polar’s APIs to Polar’s front ends, and anything else to its own origin', () => {
    expect(embedOriginFor('https://api.polar.sh')).to.equal('https://polar.sh');
    expect(embedOriginFor('https://sandbox-api.polar.sh')).to.equal('https://sandbox.polar.sh');
    expect(embedOriginFor('http://127.0.0.1:8000/some/path')).to.equal('http://127.0.0.1:8000');
  });

  it('takes an override only when it is a bare secure origin', () => {
    expect(embedOriginFor('https://api.polar.sh', 'https://billing.example')).to.equal(
      'https://billing.example',
    );
    for (const bad of [
      'http://evil.example',
      'https://billing.example/embed',
      'https://polar.sh@evil.example',
      'javascript:alert(1)',
      '//evil.example',
      'https://evil.example\t',
    ])
      expect(embedOriginFor('https://api.polar.sh', bad), bad).to.equal(null);
  });

  it('builds the address as Polar’s package does', () => {
    const url = new URL(
      embedLocation('https://polar.sh', 'polar_cst_x', {
        mode: 'modal',
        theme: 'dark',
        locale: 'es',
        setDefault: false,
      }),
    );
    expect(url.origin + url.pathname).to.equal('https://polar.sh/embed/payment-method');
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({
      session_token: 'polar_cst_x',
      embed: 'true',
      embed_origin: location.origin,
      mode: 'modal',
      embed_return_url: location.href,
      theme: 'dark',
      set_default: 'false',
      locale: 'es',
    });
  });
});
