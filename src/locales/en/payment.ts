/** English terms: paying an order Polar failed to charge (orders and past-due subscriptions). */
export const payment = {
  retryHeading: (amount: string) => `Pay ${amount} now?`,
  retryWithCard: (amount: string, card: string) => `We will charge ${amount} to ${card}.`,
  retryNoCard: 'Add a payment method in your account first.',
  cardEnding: (brand: string, last4: string) => `your ${brand} ending in ${last4}`,
  retryConfirm: 'Pay now',
  retrying: 'Paying…',
  retryKeep: 'Not now',
  retryNeedsAction:
    'Your bank asks you to confirm this payment on its own page, which cannot open here. Use another card, or wait for the next attempt.',
  retryDeclined: 'The payment did not go through.',
  paidAnnouncement: (amount: string) => `Thank you: ${amount} paid.`,
  retryAuthenticating: 'Confirm the payment in the window your bank opened…',
  retryWaiting: (seconds: number) =>
    seconds === 0
      ? 'Waiting for your bank’s answer…'
      : `Waiting for your bank’s answer… (${seconds} s)`,
  retryTooLong:
    'Payment confirmation is taking longer than expected. Your payment may still be processing: look at this order again in a few minutes before paying again.',
  retryAuthenticationFailed: 'Your bank did not confirm the payment. Nothing was paid.',
  retryLimitReached:
    'This order cannot be paid from here any more: the limit of five attempts is reached. We will still try your card on the date shown, or contact the seller.',
  retryClose: 'Close',
};
