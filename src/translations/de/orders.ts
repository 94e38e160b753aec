import type { orders as en } from '../../locales/en/orders.js';

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
  retryProcessing:
    'Ihre Bank bearbeitet die Zahlung noch. Diese Seite aktualisiert sich, sobald sie fertig ist.',
  nextAttempt: (date: string) => `Wir versuchen es am ${date} erneut.`,
  preparingReceipt: 'Die Quittung wird erstellt…',
  receiptTooLong: 'Die Quittung wird noch erstellt. Versuchen Sie es in einer Minute erneut.',
  walletCredit: (amount: string) =>
    `Sie haben ein Guthaben von ${amount}: Es wird mit Ihren nächsten Rechnungen verrechnet.`,
  walletDebt: (amount: string) =>
    `Sie schulden ${amount}: Der Betrag wird Ihrer nächsten Rechnung hinzugefügt.`,
};
