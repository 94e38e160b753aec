import type { orders as en } from '../en/orders.js';

/** German terms: orders. */
export const orders: typeof en = {
  ordersHeading: 'Bestellungen',
  ordersSignIn: 'Melden Sie sich an, um Ihre Bestellungen und Rechnungen zu sehen.',
  ordersLoading: 'Ihre Bestellungen werden geladen…',
  ordersEmpty: 'Sie haben noch keine Bestellungen.',
  ordersLoaded: (count: number) =>
    count === 1 ? '1 Bestellung geladen.' : `${count} Bestellungen geladen.`,
  ordersForMembers:
    'Bestellungen und Rechnungen sehen die Inhaberin und die Abrechnungsverwalter des Teams.',
  orderStatusPaid: 'Bezahlt',
  orderStatusPending: 'Zahlung offen',
  orderStatusFailed: 'Zahlung fehlgeschlagen',
  orderStatusRefunded: 'Erstattet',
  orderStatusPartiallyRefunded: 'Teilweise erstattet',
  orderStatusVoid: 'Storniert',
  orderStatusDraft: 'Entwurf',
  orderRefunded: (amount: string) => `${amount} erstattet`,
  orderSubtotal: 'Zwischensumme',
  orderDiscount: 'Rabatt',
  orderTax: 'Steuer',
  orderTotal: 'Gesamt',
  orderRefundedTotal: 'Erstattet',
  orderItem: 'Position',
  orderAmount: 'Betrag',
  orderBilledTo: 'Rechnung an',
  orderNoBillingDetails: 'Noch keine Rechnungsdaten.',
  downloadInvoice: 'Rechnung herunterladen',
  preparingInvoice: 'Die Rechnung wird erstellt…',
  invoiceOpened: (number: string) => `Rechnung ${number} in einem neuen Tab geöffnet.`,
  invoiceReady: 'Die Rechnung ist bereit: Öffnen Sie sie über den Link.',
  openInvoice: 'Rechnung öffnen',
  invoiceNeedsDetails: 'Für eine Rechnung brauchen wir Rechnungsname und Adresse.',
  downloadReceipt: 'Beleg herunterladen',
  receiptOpened: 'Beleg in einem neuen Tab geöffnet.',
  receiptReady: 'Der Beleg ist bereit: Öffnen Sie ihn über den Link.',
  openReceipt: 'Beleg öffnen',
  editBillingDetails: 'Rechnungsdaten bearbeiten',
  billingDetailsLegend: 'Rechnungsdaten für die Rechnung',
  billingSaved: 'Rechnungsdaten gespeichert.',
  retryPayment: 'Jetzt bezahlen',
  retryHeading: (amount: string) => `${amount} jetzt bezahlen?`,
  retryWithCard: (amount: string, card: string) => `Wir buchen ${amount} von ${card} ab.`,
  retryNoCard: 'Hinterlegen Sie zuerst in Ihrem Konto eine Zahlungsmethode.',
  cardEnding: (brand: string, last4: string) => `Ihrer ${brand} mit Endziffern ${last4}`,
  retryConfirm: 'Jetzt bezahlen',
  retrying: 'Wird bezahlt…',
  retryKeep: 'Nicht jetzt',
  retryNeedsAction:
    'Ihre Bank möchte die Zahlung auf ihrer eigenen Seite bestätigen lassen, die sich hier nicht öffnen lässt. Nutzen Sie eine andere Karte oder warten Sie auf den nächsten Versuch.',
  retryProcessing:
    'Ihre Bank bearbeitet die Zahlung noch. Diese Seite aktualisiert sich, sobald sie fertig ist.',
  retryDeclined: 'Die Zahlung ist nicht durchgegangen.',
  paidAnnouncement: (amount: string) => `Vielen Dank: ${amount} bezahlt.`,
  nextAttempt: (date: string) => `Wir versuchen es am ${date} erneut.`,
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
  preparingReceipt: 'Die Quittung wird erstellt…',
  receiptTooLong: 'Die Quittung wird noch erstellt. Versuchen Sie es in einer Minute erneut.',
  walletCredit: (amount: string) =>
    `Sie haben ein Guthaben von ${amount}: Es wird mit Ihren nächsten Rechnungen verrechnet.`,
  walletDebt: (amount: string) =>
    `Sie schulden ${amount}: Der Betrag wird Ihrer nächsten Rechnung hinzugefügt.`,
};
