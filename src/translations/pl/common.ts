import type { common as en } from '../../locales/en/common.js';

const plural = new Intl.PluralRules('pl');
/** The noun after a count: 1 stanowisko, 2 stanowiska, 5 stanowisk. */
const forms = (count: number, one: string, few: string, many: string) => {
  const category = plural.select(count);
  return category === 'one' ? one : category === 'few' ? few : many;
};

/** Polish terms: common. */
export const common: typeof en = {
  errorRateLimited: (minutes: number) => `Zbyt wiele prób. Spróbuj ponownie za ${minutes} min.`,
  errorNetwork: 'Nie udało się połączyć z serwerem. Sprawdź połączenie i spróbuj ponownie.',
  errorGeneric: (message: string) => `Coś poszło nie tak: ${message}`,
  retry: 'Spróbuj ponownie',
  loading: 'Ładowanie…',
  organizationUnknown: (slug: string) => `Pod tym adresem nie ma organizacji „${slug}”.`,
  loadFailed: (message: string) => `Nie udało się wczytać danych: ${message}`,
  perInterval: (price: string, interval: string) => `${price} / ${interval}`,
  intervalDay: 'dzień',
  intervalWeek: 'tyg.',
  intervalMonth: 'mies.',
  intervalYear: 'rok',
  seatsCount: (count: number) =>
    `${count} ${forms(count, 'stanowisko', 'stanowiska', 'stanowisk')}`,
  previousPage: 'Poprzednia',
  nextPage: 'Następna',
  pageOf: (page: number, pages: number) => `Strona ${page} z ${pages}`,
  close: 'Zamknij',
  pagination: 'Strony',
  errorForbidden:
    'Twoja rola na tym koncie na to nie pozwala. Poproś o to właściciela konta lub menedżera rozliczeń.',
  save: 'Zapisz',
  saving: 'Zapisywanie…',
  dismiss: 'Anuluj',
  billingName: 'Nazwa do faktury',
  addressLine1: 'Adres',
  addressLine2: 'Adres – druga linia (opcjonalnie)',
  postalCode: 'Kod pocztowy',
  city: 'Miejscowość',
  region: 'Stan lub region',
  usState: 'Stan',
  province: 'Prowincja',
  chooseOne: 'Wybierz',
  country: 'Kraj',
  chooseCountry: 'Wybierz kraj',
  details: 'Szczegóły',
  fixErrors: 'Sprawdź zaznaczone pola.',
  linkRefused: 'Ten link został zablokowany: jego adres nie jest bezpieczny (https).',
  dismissOutcome: 'Zamknij',
  dismissMessage: 'Zamknij ten komunikat',
  copied: 'Skopiowano',
  sessionEnded:
    'Twoja sesja wygasła. Zaloguj się ponownie, aby kontynuować od tego samego miejsca.',
  signInAgain: 'Zaloguj się ponownie',
  fieldRequired: 'To pole jest wymagane.',
  invalidUsState: 'Wybierz stan USA z listy.',
  invalidCaProvince: 'Wybierz kanadyjską prowincję lub terytorium z listy.',
  invalidCountry: 'Wybierz kraj z listy.',
  countryNotSupported: 'Rozliczenia na adresy w tym kraju nie są możliwe.',
  countryLocked: 'Nie można zmienić kraju zamówienia: na jego podstawie naliczono podatek.',
  stateLocked: 'Nie można zmienić stanu zamówienia: na jego podstawie naliczono podatek.',
  addressCannotBeRemoved: 'Zapisany adres rozliczeniowy można zmienić, ale nie można go usunąć.',
  invalidTaxId: 'Ten numer podatkowy jest nieprawidłowy dla kraju podanego w adresie.',
  taxIdNeedsCountry: 'Podaj kraj w adresie, aby można było sprawdzić numer podatkowy.',
  invalidUsZip: 'Podaj amerykański kod ZIP: 5 cyfr lub 5+4, np. 12345-6789.',
  invalidCaPostal: 'Podaj kanadyjski kod pocztowy, np. K1A 0B1.',
  invalidEmail: 'Podaj prawidłowy adres e-mail.',
  sameEmail: 'To już jest Twój adres e-mail.',
  teamEmail: 'Adresu e-mail zespołu nie można tu zmienić.',
  invalidCharacters: 'To pole zawiera niedozwolone znaki.',
  errorRateLimitedWait: 'Zbyt wiele żądań. Odczekaj chwilę i spróbuj ponownie.',
};
