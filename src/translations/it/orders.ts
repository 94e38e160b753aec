import type { orders as en } from '../../locales/en/orders.js';

/** "il 3 mar 2025", but "l’8 mar 2025" and "l’11 mar 2025": the article elides before a vowel. */
const il = (date: string) => (/^(8|11)(?!\d)/.test(date) ? `l’${date}` : `il ${date}`);

/** Italian terms: orders. */
export const orders: typeof en = {
  ordersHeading: 'Ordini',
  ordersSignIn: 'Accedere per visualizzare ordini e fatture.',
  ordersLoading: 'Caricamento degli ordini…',
  ordersEmpty: 'Non ci sono ancora ordini.',
  ordersLoaded: (count: number) =>
    count === 1 ? '1 ordine caricato.' : `${count} ordini caricati.`,
  ordersForMembers:
    'Ordini e fatture sono riservati al titolare del team e ai responsabili della fatturazione.',
  orderStatusPaid: 'Pagato',
  orderStatusPending: 'In attesa di pagamento',
  orderStatusFailed: 'Pagamento non riuscito',
  orderStatusRefunded: 'Rimborsato',
  orderStatusPartiallyRefunded: 'Rimborsato parzialmente',
  orderStatusVoid: 'Annullato',
  orderStatusDraft: 'Bozza',
  orderRefunded: (amount: string) => `Rimborso di ${amount}`,
  orderSubtotal: 'Subtotale',
  orderDiscount: 'Sconto',
  orderTax: 'IVA',
  orderTotal: 'Totale',
  orderRefundedTotal: 'Rimborsato',
  orderItem: 'Articolo',
  orderAmount: 'Importo',
  orderBilledTo: 'Intestato a',
  orderNoBillingDetails: 'Nessun dato di fatturazione inserito.',
  downloadInvoice: 'Scarica fattura',
  preparingInvoice: 'Preparazione della fattura…',
  invoiceOpened: (number: string) => `Fattura ${number} aperta in una nuova scheda.`,
  invoiceReady: 'La fattura è pronta: aprirla tramite il link.',
  openInvoice: 'Apri fattura',
  invoiceNeedsDetails:
    'Per ricevere una fattura, aggiungere un intestatario e un indirizzo di fatturazione.',
  downloadReceipt: 'Scarica ricevuta',
  receiptOpened: 'Ricevuta aperta in una nuova scheda.',
  receiptReady: 'La ricevuta è pronta: aprirla tramite il link.',
  openReceipt: 'Apri ricevuta',
  editBillingDetails: 'Modifica dati di fatturazione',
  billingDetailsLegend: 'Dati di fatturazione per la fattura',
  billingSaved: 'Dati di fatturazione salvati.',
  retryPayment: 'Paga ora',
  retryProcessing:
    'La banca sta ancora elaborando il pagamento. Questa pagina si aggiornerà al termine.',
  nextAttempt: (date: string) => `Nuovo tentativo di addebito ${il(date)}.`,
  preparingReceipt: 'Preparazione della ricevuta…',
  receiptTooLong: 'La ricevuta è ancora in preparazione. Riprovare tra un minuto.',
  walletCredit: (amount: string) =>
    `Credito disponibile di ${amount}: verrà scalato dalle prossime fatture.`,
  walletDebt: (amount: string) =>
    `Importo dovuto di ${amount}: verrà aggiunto alla prossima fattura.`,
};
