import { waitUntil } from '@open-wc/testing';
import { documentPolling } from '../../../src/elements/portal-orders/order-documents.js';
import { paymentPolling } from '../../../src/elements/portal-orders/order-payment.js';
import { mock } from '../support.js';

/**
 * The orders element follows payments and documents at Polar's pace (every 2 s); tests ask
 * every 20 ms instead, and move the mock's clock for the bank's answer (the mock settles a
 * payment 2 s of its time after it was taken, `mock-server/services/payments.ts`).
 */
export function quickPolling(): void {
  const saved = { payment: { ...paymentPolling }, document: { ...documentPolling } };
  before(() => {
    Object.assign(paymentPolling, { intervalMs: 20, attempts: 50 });
    Object.assign(documentPolling, { intervalMs: 20, attempts: 10 });
  });
  after(() => {
    Object.assign(paymentPolling, saved.payment);
    Object.assign(documentPolling, saved.document);
  });
}

/** Waits until the bank took a payment (pending, answer due), then lets its answer arrive. */
export async function bankAnswers(): Promise<void> {
  await waitUntil(
    () =>
      mock.state.db.orders.some((o) =>
        o.payments.some((p) => p.manual && p.status === 'pending' && p.settles_at !== null),
      ),
    'the bank took the payment',
  );
  mock.state.clock.offsetMs += 3000;
}

/** Lets the mock finish rendering receipts it was asked for. */
export const receiptsRendered = () => (mock.state.clock.offsetMs += 2000);
