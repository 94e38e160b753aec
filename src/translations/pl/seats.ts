import type { seats as en } from '../../locales/en/seats.js';

const plural = new Intl.PluralRules('pl');
/** The words after a count: 1 zaproszenie, 2 zaproszenia, 5 zaproszeń. */
const forms = (count: number, one: string, few: string, many: string) => {
  const category = plural.select(count);
  return category === 'one' ? one : category === 'few' ? few : many;
};

/** Polish terms: seats. */
export const seats: typeof en = {
  seatsHeading: 'Stanowiska zespołu',
  seatsSignIn: 'Zaloguj się, aby zarządzać stanowiskami swojego zespołu.',
  seatsLoading: 'Ładowanie stanowisk…',
  seatsNone: 'Nie masz subskrypcji rozliczanej za stanowisko.',
  seatsEmpty: 'Nie przydzielono jeszcze żadnych stanowisk.',
  seatsSubscription: 'Subskrypcja',
  seatsUsed: (used: number, total: number) => `Zajęte stanowiska: ${used} z ${total}`,
  seatStatusPending: 'Zaproszenie oczekuje',
  seatStatusClaimed: 'Aktywne',
  seatFreed: 'Wolne stanowisko',
  seatStatusRevoked: 'Odebrane',
  seatInvitedOn: (date: string) => `Zaproszono ${date}`,
  seatClaimedOn: (date: string) => `W zespole od ${date}`,
  seatRevokedOn: (date: string) => `Odebrano ${date}`,
  seatsReadOnly: 'Stanowiska może zmieniać tylko właściciel zespołu lub menedżer rozliczeń.',
  assignLabel: 'Zaproś e-mailem',
  assignHint: 'Kilka adresów naraz: oddziel je przecinkami lub nowymi wierszami.',
  assignButton: 'Wyślij zaproszenia',
  assigning: 'Wysyłanie…',
  assignInvalid: (emails: string) => `To nie są adresy e-mail: ${emails}`,
  assignEmpty: 'Wpisz co najmniej jeden adres e-mail.',
  assignTooMany: (count: number, free: number) =>
    `${count} ${forms(count, 'zaproszenie', 'zaproszenia', 'zaproszeń')}, a ${forms(free, 'wolne jest tylko 1 stanowisko', `wolne są tylko ${free} stanowiska`, `wolnych jest tylko ${free} stanowisk`)}. Dodaj stanowiska do subskrypcji albo odbierz jedno z nich.`,
  assignNoneFree:
    'Wszystkie stanowiska są zajęte. Najpierw dodaj stanowiska do subskrypcji albo odbierz jedno z nich.',
  assignedAnnouncement: (count: number) =>
    count === 1
      ? 'Wysłano zaproszenie.'
      : `Wysłano ${count} ${forms(count, 'zaproszenie', 'zaproszenia', 'zaproszeń')}.`,
  assignFailed: (email: string, reason: string) => `${email}: ${reason}`,
  resendInvitation: 'Wyślij zaproszenie ponownie',
  resending: 'Wysyłanie…',
  resentAnnouncement: (email: string) => `Wysłano nowe zaproszenie na adres ${email}.`,
  revokeSeat: 'Odbierz stanowisko',
  revokeHeading: (who: string) => `Odebrać stanowisko użytkownikowi ${who}?`,
  revokeConsequence: (who: string, product: string) =>
    `${who} od razu traci dostęp do produktu ${product} i powiązanych z nim korzyści. Stanowisko zwolni się dla kogoś innego.`,
  keepSeat: 'Zostaw stanowisko',
  revoking: 'Odbieranie…',
  revokedAnnouncement: (who: string) => `Odebrano stanowisko użytkownikowi ${who}.`,
  seatsNotEnabled:
    'Stanowiska zespołu są niedostępne: ten sprzedawca nie włączył planów rozliczanych za stanowisko.',
};
