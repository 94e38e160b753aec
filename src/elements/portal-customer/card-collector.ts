/**
 * How a card reaches Polar: card numbers never pass through the portal. The merchant's page
 * shows Polar's (Stripe's) hosted card form and hands `<portal-customer>` what it produced,
 * through its `paymentMethodCollector` property.
 *
 * `collect` shows the form and resolves with the confirmation token id (or `null` when the
 * customer gave up); `authenticate` completes 3-D Secure for a setup intent's client secret and
 * resolves with the setup intent id. Against the mock, `testCardCollector()` from
 * `portal-elements/mock/browser` is one. Kept this small on purpose: Polar's card embed protocol
 * will answer the same two questions.
 */
export interface PaymentMethodCollector {
  collect(): Promise<string | null>;
  authenticate?(clientSecret: string): Promise<string>;
}
