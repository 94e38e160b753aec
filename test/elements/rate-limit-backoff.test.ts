import { expect, fixture, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/index.js';
import { mock, mockAttrs, signIn, useMockWorker } from './support.js';

/**
 * A list that Polar's limiter refuses, as a merchant's page meets it: a 429 whose `Retry-After`
 * (sent, as Polar's limiter sends it) the browser mock hides, as Polar's CORS does. The element
 * backs off instead of hammering: each wait longer than the last, a few attempts, then the
 * error with its retry, naming no wait it was never told.
 */

useMockWorker();

describe('a GET refused by the rate limiter', function () {
  this.timeout(15_000);

  it('is tried three times with growing, jittered waits, then shown as an error', async () => {
    await signIn('alice@example.com', 'acme');
    const asked: number[] = [];
    mock.worker.use(
      http.get('*/v1/customer-portal/orders/', () => {
        asked.push(performance.now());
        return new HttpResponse(null, { status: 429, headers: { 'retry-after': '1' } });
      }),
    );
    const el = await fixture<HTMLElement>(`<portal-orders ${mockAttrs('acme')}></portal-orders>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part=error]'), 'the error', {
      timeout: 10_000,
    });
    expect(asked).to.have.length(3);
    const [first, second] = [asked[1]! - asked[0]!, asked[2]! - asked[1]!];
    // The client's policy: 1 s, then 2 s, each up to half as long again at random.
    expect(first).to.be.within(950, 1600);
    expect(second).to.be.within(1950, 3200);
    expect(second / first).to.be.greaterThan(1.25);
    // Nothing more after giving up.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(asked).to.have.length(3);
    expect(el.shadowRoot!.querySelector('[part=error] [role=alert]')!.textContent!.trim()).to.equal(
      'Too many requests. Please wait before you try again.',
    );
  });
});
