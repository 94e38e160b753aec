import type { orders as en } from '../../locales/en/orders.js';

/** Dutch terms: orders. */
export const orders: typeof en = {
  ordersHeading: 'Bestellingen',
  ordersSignIn: 'Log in om je bestellingen en facturen te bekijken.',
  ordersLoading: 'Je bestellingen worden geladen…',
  ordersEmpty: 'Je hebt nog geen bestellingen.',
  ordersLoaded: (count: number) =>
    count === 1 ? '1 bestelling geladen.' : `${count} bestellingen geladen.`,
  ordersForMembers:
    'Bestellingen en facturen zijn alleen zichtbaar voor de eigenaar en de factuurbeheerders van het team.',
  orderStatusPaid: 'Betaald',
  orderStatusPending: 'Wacht op betaling',
  orderStatusFailed: 'Betaling mislukt',
  orderStatusRefunded: 'Terugbetaald',
  orderStatusPartiallyRefunded: 'Gedeeltelijk terugbetaald',
  orderStatusVoid: 'Ongeldig',
  orderStatusDraft: 'Concept',
  orderRefunded: (amount: string) => `${amount} terugbetaald`,
  orderSubtotal: 'Subtotaal',
  orderDiscount: 'Korting',
  orderTax: 'Btw',
  orderTotal: 'Totaal',
  orderRefundedTotal: 'Terugbetaald',
  orderItem: 'Omschrijving',
  orderAmount: 'Bedrag',
  orderBilledTo: 'Gefactureerd aan',
  orderNoBillingDetails: 'Nog geen factuurgegevens.',
  downloadInvoice: 'Factuur downloaden',
  preparingInvoice: 'De factuur wordt aangemaakt…',
  invoiceOpened: (number: string) => `Factuur ${number} is geopend in een nieuw tabblad.`,
  invoiceReady: 'De factuur is klaar: open hem via de link.',
  openInvoice: 'Factuur openen',
  invoiceNeedsDetails: 'Vul een naam en adres voor de factuur in om een factuur te krijgen.',
  downloadReceipt: 'Ontvangstbewijs downloaden',
  receiptOpened: 'Het ontvangstbewijs is geopend in een nieuw tabblad.',
  receiptReady: 'Het ontvangstbewijs is klaar: open het via de link.',
  openReceipt: 'Ontvangstbewijs openen',
  editBillingDetails: 'Factuurgegevens bewerken',
  billingDetailsLegend: 'Gegevens voor de factuur',
  billingSaved: 'Factuurgegevens opgeslagen.',
  retryPayment: 'Nu betalen',
  retryProcessing:
    'Je bank verwerkt de betaling nog. Deze pagina wordt bijgewerkt zodra dat klaar is.',
  nextAttempt: (date: string) => `We proberen het opnieuw op ${date}.`,
  preparingReceipt: 'Het ontvangstbewijs wordt aangemaakt…',
  receiptTooLong: 'Het ontvangstbewijs wordt nog aangemaakt. Probeer het over een minuut opnieuw.',
  walletCredit: (amount: string) =>
    `Je hebt ${amount} tegoed: dit wordt verrekend met je volgende facturen.`,
  walletDebt: (amount: string) =>
    `Je hebt een openstaand bedrag van ${amount}: dit wordt bij je volgende factuur opgeteld.`,
};
