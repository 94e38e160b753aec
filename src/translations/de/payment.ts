import type { payment as en } from '../../locales/en/payment.js';

/** German terms: paying an order Polar failed to charge. */
export const payment: typeof en = {
  retryHeading: (amount: string) => `${amount} jetzt bezahlen?`,
  retryWithCard: (amount: string, card: string) => `Wir buchen ${amount} von ${card} ab.`,
  retryNoCard: 'Hinterlegen Sie zuerst in Ihrem Konto eine Zahlungsmethode.',
  cardEnding: (brand: string, last4: string) => `Ihrer ${brand} mit Endziffern ${last4}`,
  retryConfirm: 'Jetzt bezahlen',
  retrying: 'Wird bezahlt…',
  retryKeep: 'Nicht jetzt',
  retryNeedsAction:
    'Ihre Bank möchte die Zahlung auf ihrer eigenen Seite bestätigen lassen, die sich hier nicht öffnen lässt. Nutzen Sie eine andere Karte oder warten Sie auf den nächsten Versuch.',
  retryDeclined: 'Die Zahlung ist nicht durchgegangen.',
  paidAnnouncement: (amount: string) => `Vielen Dank: ${amount} bezahlt.`,
  retryAuthenticating: 'Bestätigen Sie die Zahlung im Fenster Ihrer Bank…',
  retryWaiting: (seconds: number) =>
    seconds === 0
      ? 'Wir warten auf die Antwort Ihrer Bank…'
      : `Wir warten auf die Antwort Ihrer Bank… (${seconds} s)`,
  retryTooLong:
    'Die Bestätigung der Zahlung dauert länger als erwartet. Ihre Zahlung wird möglicherweise noch bearbeitet: Sehen Sie sich diese Bestellung in einigen Minuten erneut an, bevor Sie noch einmal bezahlen.',
  retryAuthenticationFailed: 'Ihre Bank hat die Zahlung nicht bestätigt. Es wurde nichts bezahlt.',
  retryLimitReached:
    'Diese Bestellung kann hier nicht mehr bezahlt werden: Die Grenze von fünf Versuchen ist erreicht. Wir belasten Ihre Karte weiterhin am angegebenen Datum, oder wenden Sie sich an den Verkäufer.',
  retryClose: 'Schließen',
};
