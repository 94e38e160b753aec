import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { PortalApiError } from '../../src/api/errors.js';
import { PortalLocalize } from '../../src/internal/localize.js';
import { describeError } from '../../src/internal/states.js';
import '../../src/elements/portal-orders/define.js'; // the words of paying an order
import { getSession } from '../../src/session/session.js';
import { mock, org, signIn, useMockWorker } from '../elements/support.js';

/**
 * How a failed action reads, for the two kinds of 429 Polar sends: its limiter's (empty, the
 * wait in a `Retry-After` a merchant's page cannot read) and the payment retry limit's (a named
 * error, final). Both come from the mock through the browser worker, as a page sees them.
 */

useMockWorker();

const LANGS = ['en', 'de', 'es'] as const;

/** The element-free way to words: a localize controller on a bare host in `lang`. */
function wordsIn(lang: string): PortalLocalize {
  const host = Object.assign(document.createElement('div'), {
    addController() {},
    removeController() {},
    requestUpdate() {},
    updateComplete: Promise.resolve(true),
  });
  host.lang = lang;
  return new PortalLocalize(host as never);
}

async function failure(call: () => Promise<unknown>): Promise<PortalApiError> {
  const error = await call().catch((e: unknown) => e);
  expect(error).to.be.instanceOf(PortalApiError);
  return error as PortalApiError;
}

describe('describeError on a 429', () => {
  it('the payment retry limit is final, never “try again in a minute”', async () => {
    await signIn('carol@example.com', 'acme');
    const customer = mock.state.db.customers.find((c) => c.email === 'carol@example.com')!;
    const order = mock.state.db.orders.find(
      (o) => o.status === 'pending' && o.customer_id === customer.id,
    )!;
    const attempt = { ...order.payments[0]!, manual: true };
    mock.state.db.orders.update(order, {
      payments: [1, 2, 3, 4, 5].map(() => ({ ...attempt, id: crypto.randomUUID() })),
    });
    const session = getSession({ apiBase: location.origin, organizationId: org('acme') });
    const error = await failure(() =>
      session.client.retryPayment(order.id, { payment_method_id: crypto.randomUUID() }),
    );
    expect([error.status, error.error, error.isRateLimited]).to.deep.equal([
      429,
      'ManualRetryLimitExceeded',
      false,
    ]);
    const words = LANGS.map((lang) => describeError(wordsIn(lang), error));
    expect(words).to.deep.equal([
      'This order cannot be paid from here any more: the limit of five attempts is reached. We will still try your card on the date shown, or contact the seller.',
      'Diese Bestellung kann hier nicht mehr bezahlt werden: Die Grenze von fünf Versuchen ist erreicht. Wir belasten Ihre Karte weiterhin am angegebenen Datum, oder wenden Sie sich an den Verkäufer.',
      'Este pedido ya no se puede pagar desde aquí: se alcanzó el límite de cinco intentos. Seguiremos intentando cobrar su tarjeta en la fecha indicada, o contacte con el vendedor.',
    ]);
  });

  it('the limiter’s, its Retry-After hidden as on a merchant’s page, names no wait', async () => {
    mock.worker.use(
      http.post(
        '*/v1/customer-portal/customers/me/email-update/request',
        () => new HttpResponse(null, { status: 429, headers: { 'retry-after': '900' } }),
      ),
    );
    await signIn('alice@example.com', 'acme');
    const session = getSession({ apiBase: location.origin, organizationId: org('acme') });
    const error = await failure(() => session.client.requestEmailUpdate('new@example.com'));
    expect([error.isRateLimited, error.retryAfter]).to.deep.equal([true, null]);
    const words = LANGS.map((lang) => describeError(wordsIn(lang), error));
    expect(words).to.deep.equal([
      'Too many requests. Please wait before you try again.',
      'Zu viele Anfragen. Bitte warten Sie, bevor Sie es erneut versuchen.',
      'Demasiadas solicitudes. Espera antes de volver a intentarlo.',
    ]);
  });
});
