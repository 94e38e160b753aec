import type { payment as en } from '../../locales/en/payment.js';

/** Polish terms: paying an order Polar failed to charge (orders and past-due subscriptions). */
export const payment: typeof en = {
  retryHeading: (amount: string) => `Zapłacić teraz ${amount}?`,
  retryWithCard: (amount: string, card: string) => `Pobierzemy ${amount} z Twojej karty ${card}.`,
  retryNoCard: 'Najpierw dodaj metodę płatności na swoim koncie.',
  cardEnding: (brand: string, last4: string) => `${brand} z końcówką ${last4}`,
  retryConfirm: 'Zapłać teraz',
  retrying: 'Płatność w toku…',
  retryKeep: 'Nie teraz',
  retryNeedsAction:
    'Twój bank prosi o potwierdzenie tej płatności na swojej stronie, której nie można tu otworzyć. Użyj innej karty albo poczekaj na kolejną próbę obciążenia.',
  retryDeclined: 'Płatność nie powiodła się.',
  paidAnnouncement: (amount: string) => `Dziękujemy: zapłacono ${amount}.`,
  retryAuthenticating: 'Potwierdź płatność w oknie otwartym przez Twój bank…',
  retryWaiting: (seconds: number) =>
    seconds === 0
      ? 'Czekamy na odpowiedź Twojego banku…'
      : `Czekamy na odpowiedź Twojego banku… (${seconds} s)`,
  retryTooLong:
    'Potwierdzenie płatności trwa dłużej niż zwykle. Płatność może być nadal przetwarzana: sprawdź to zamówienie ponownie za kilka minut, zanim zapłacisz jeszcze raz.',
  retryAuthenticationFailed: 'Twój bank nie potwierdził płatności. Nic nie zostało pobrane.',
  retryLimitReached:
    'Tego zamówienia nie można już opłacić tutaj: osiągnięto limit pięciu prób. Nadal spróbujemy obciążyć Twoją kartę we wskazanym dniu. Możesz też skontaktować się ze sprzedawcą.',
  retryClose: 'Zamknij',
};
