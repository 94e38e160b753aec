import type { customer as en } from '../../locales/en/customer.js';

/** Polish terms: the customer's account. */
export const customer: typeof en = {
  accountHeading: 'Konto',
  accountSignIn: 'Zaloguj się, aby zobaczyć swoje konto.',
  accountLoading: 'Ładowanie konta…',
  profileHeading: 'Profil',
  profileEmail: 'E-mail',
  profileName: 'Imię i nazwisko',
  changeEmail: 'Zmień adres e-mail',
  newEmailLabel: 'Nowy adres e-mail',
  sendConfirmation: 'Wyślij link potwierdzający',
  emailChangeSent: (email: string) =>
    `Wysłaliśmy link na adres ${email}. Otwórz go, aby potwierdzić zmianę: adres e-mail zmieni się dopiero wtedy. Nowa prośba unieważni ten link.`,
  resendEmailLink: 'Wyślij nowy link',
  emailLinkResent: (email: string) =>
    `Wysłaliśmy nowy link na adres ${email}. Poprzedni link już nie działa.`,
  emailChangeCancelsPending: (email: string) =>
    `Wysłanie unieważni link wysłany na adres ${email}.`,
  billingHeading: 'Dane do faktury',
  billingReadOnly: 'Dane do faktury może zmienić tylko właściciel konta lub menedżer rozliczeń.',
  taxId: 'NIP / VAT ID (opcjonalnie)',
  taxIdHint: 'Na przykład PL1234567890. Zostanie sprawdzony pod kątem zgodności z krajem.',
  billingSavedAnnouncement: 'Zapisano dane do faktury.',
  paymentMethodsHeading: 'Metody płatności',
  paymentMethodsEmpty: 'Nie ma jeszcze żadnej metody płatności.',
  paymentMethodsForOwners:
    'Metodami płatności zarządzają właściciel konta i menedżerowie rozliczeń.',
  cardLabel: (brand: string, last4: string) => `${brand} z końcówką ${last4}`,
  cardExpires: (date: string) => `Ważna do ${date}`,
  defaultBadge: 'Domyślna',
  makeDefault: 'Ustaw jako domyślną',
  makingDefault: 'Zapisywanie…',
  defaultChanged: (card: string) => `${card} jest teraz Twoją domyślną metodą płatności.`,
  deleteMethod: 'Usuń',
  deleteHeading: (card: string) => `Usunąć metodę płatności ${card}?`,
  deleteConsequence: (card: string) =>
    `Nie będzie już obciążana. Subskrypcje, które nadal potrzebują karty, zostaną przeniesione na: ${card}.`,
  deleteDefaultConsequence:
    'To Twoja domyślna metoda płatności: po jej usunięciu nie będziesz mieć domyślnej, dopóki nie wybierzesz nowej.',
  deleteOnlyCard:
    'To Twoja jedyna metoda płatności. Jeśli jest potrzebna do odnowienia subskrypcji, nie można jej usunąć: najpierw dodaj inną kartę albo anuluj subskrypcję.',
  deleteRefusedInUse:
    'Ta karta jest nadal potrzebna do rozliczania subskrypcji. Najpierw dodaj inną metodę płatności albo anuluj subskrypcję.',
  noDefaultMethod:
    'Nie masz domyślnej metody płatności: wybierz ją przyciskiem „Ustaw jako domyślną”.',
  deleteConfirm: 'Usuń metodę płatności',
  deleting: 'Usuwanie…',
  keepMethod: 'Zostaw',
  deletedAnnouncement: (card: string) => `Usunięto: ${card}.`,
  addMethod: 'Dodaj metodę płatności',
  addedAnnouncement: (card: string) => `Dodano: ${card}.`,
  addNeeds3ds:
    'Ta karta wymaga weryfikacji 3-D Secure, której nie można wyświetlić na tej stronie.',
  savingCard: 'Zapisywanie karty…',
};
