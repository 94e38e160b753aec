import type { cardEmbed as en } from '../../locales/en/card-embed.js';

/** Polish terms: adding a card through Polar's card embed. */
export const cardEmbed: typeof en = {
  cardEmbedHeading: 'Dodaj kartę',
  cardEmbedTitle: 'Bezpieczny formularz karty Polar',
  cardEmbedDefaultNote: 'Nowa karta stanie się Twoją domyślną metodą płatności.',
  cardEmbedLoading: 'Ładowanie bezpiecznego formularza karty…',
  cardEmbedSaving: 'Zapisywanie karty…',
  cardEmbedOpening: 'Otwieranie formularza karty…',
  cardEmbedCancel: 'Anuluj',
  cardEmbedRetry: 'Spróbuj ponownie',
  cardEmbedAdded: 'Karta została dodana.',
  cardEmbedRedirectFailed:
    'Nie udało się dodać karty. Nic nie zostało zapisane – spróbuj ponownie.',
  cardEmbedProcessingFailed:
    'Nie udało się zapisać karty. Sprawdź dane w formularzu lub użyj innej karty.',
  cardEmbedUnauthorized:
    'Twoja sesja wygasła, więc nie można otworzyć formularza karty. Zaloguj się ponownie.',
  cardEmbedInvalid: 'Nie udało się otworzyć formularza karty. Spróbuj ponownie za chwilę.',
  cardEmbedUnknown:
    'W formularzu karty coś poszło nie tak. Nic nie zostało zapisane – spróbuj ponownie.',
  cardEmbedTimeout:
    'Formularz karty się nie wczytał. Sprawdź połączenie i spróbuj ponownie (strona może blokować ramki serwisu Polar).',
  cardEmbedBadOrigin:
    'Nie można tu dodawać kart: adres formularza karty nie jest bezpiecznym źródłem (origin).',
};
