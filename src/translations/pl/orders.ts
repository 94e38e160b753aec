import type { orders as en } from '../../locales/en/orders.js';

const plural = new Intl.PluralRules('pl');
/** The words after a count: 1 zamówienie, 2 zamówienia, 5 zamówień. */
const forms = (count: number, one: string, few: string, many: string) => {
  const category = plural.select(count);
  return category === 'one' ? one : category === 'few' ? few : many;
};

/** Polish terms: orders. */
export const orders: typeof en = {
  ordersHeading: 'Zamówienia',
  ordersSignIn: 'Zaloguj się, aby zobaczyć swoje zamówienia i faktury.',
  ordersLoading: 'Ładowanie zamówień…',
  ordersEmpty: 'Nie masz jeszcze żadnych zamówień.',
  ordersLoaded: (count: number) =>
    `Wczytano ${count} ${forms(count, 'zamówienie', 'zamówienia', 'zamówień')}.`,
  ordersForMembers:
    'Zamówienia i faktury są dostępne dla właściciela zespołu i menedżerów rozliczeń.',
  orderStatusPaid: 'Opłacone',
  orderStatusPending: 'Oczekuje na płatność',
  orderStatusFailed: 'Płatność nieudana',
  orderStatusRefunded: 'Zwrócone',
  orderStatusPartiallyRefunded: 'Częściowo zwrócone',
  orderStatusVoid: 'Unieważnione',
  orderStatusDraft: 'Szkic',
  orderRefunded: (amount: string) => `Zwrócono ${amount}`,
  orderSubtotal: 'Suma częściowa',
  orderDiscount: 'Rabat',
  orderTax: 'Podatek',
  orderTotal: 'Razem',
  orderRefundedTotal: 'Zwrócono',
  orderItem: 'Pozycja',
  orderAmount: 'Kwota',
  orderBilledTo: 'Nabywca',
  orderNoBillingDetails: 'Brak danych do faktury.',
  downloadInvoice: 'Pobierz fakturę',
  preparingInvoice: 'Przygotowywanie faktury…',
  invoiceOpened: (number: string) => `Faktura ${number} została otwarta w nowej karcie.`,
  invoiceReady: 'Faktura jest gotowa: otwórz ją za pomocą linku.',
  openInvoice: 'Otwórz fakturę',
  invoiceNeedsDetails: 'Aby otrzymać fakturę, podaj nazwę i adres do faktury.',
  downloadReceipt: 'Pobierz potwierdzenie płatności',
  receiptOpened: 'Potwierdzenie płatności zostało otwarte w nowej karcie.',
  receiptReady: 'Potwierdzenie płatności jest gotowe: otwórz je za pomocą linku.',
  openReceipt: 'Otwórz potwierdzenie płatności',
  editBillingDetails: 'Edytuj dane do faktury',
  billingDetailsLegend: 'Dane nabywcy na fakturze',
  billingSaved: 'Zapisano dane do faktury.',
  retryPayment: 'Zapłać teraz',
  retryProcessing:
    'Twój bank wciąż przetwarza płatność. Ta strona odświeży się, gdy płatność zostanie zakończona.',
  nextAttempt: (date: string) => `Kolejna próba obciążenia: ${date}.`,
  preparingReceipt: 'Przygotowywanie potwierdzenia płatności…',
  receiptTooLong: 'Potwierdzenie płatności jest wciąż przygotowywane. Spróbuj ponownie za minutę.',
  walletCredit: (amount: string) =>
    `Na Twoim saldzie jest ${amount}: ta kwota zostanie odliczona od kolejnych faktur.`,
  walletDebt: (amount: string) =>
    `Masz do zapłaty ${amount}: ta kwota zostanie doliczona do kolejnej faktury.`,
};
