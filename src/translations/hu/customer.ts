import type { customer as en } from '../../locales/en/customer.js';

/** Hungarian terms: the customer's account. */
export const customer: typeof en = {
  accountHeading: 'Fiók',
  accountSignIn: 'Jelentkezzen be a fiókja megtekintéséhez.',
  accountLoading: 'Fiók betöltése…',
  profileHeading: 'Profil',
  profileEmail: 'E-mail-cím',
  profileName: 'Név',
  changeEmail: 'E-mail-cím módosítása',
  newEmailLabel: 'Új e-mail-cím',
  sendConfirmation: 'Megerősítő link küldése',
  emailChangeSent: (email: string) =>
    `Linket küldtünk erre a címre: ${email}. Nyissa meg a megerősítéshez: az e-mail-címe csak ezután változik meg. Egy újabb kérés érvényteleníti ezt a linket.`,
  resendEmailLink: 'Új link küldése',
  emailLinkResent: (email: string) =>
    `Új linket küldtünk erre a címre: ${email}. A korábban küldött link már nem működik.`,
  emailChangeCancelsPending: (email: string) =>
    `A küldéssel érvénytelenné válik a korábbi link, amelyet erre a címre küldtünk: ${email}.`,
  billingHeading: 'Számlázási adatok',
  billingReadOnly:
    'A számlázási adatokat csak a fiók tulajdonosa vagy számlázási kezelője módosíthatja.',
  taxId: 'Adószám (nem kötelező)',
  taxIdHint: 'Például HU12345678. Az ország alapján ellenőrizzük.',
  billingSavedAnnouncement: 'Számlázási adatok mentve.',
  paymentMethodsHeading: 'Fizetési módok',
  paymentMethodsEmpty: 'Még nincs fizetési mód.',
  paymentMethodsForOwners: 'A fizetési módokat a fiók tulajdonosa és számlázási kezelői kezelik.',
  cardLabel: (brand: string, last4: string) => `${brand} (${last4} végű)`,
  cardExpires: (date: string) => `Lejár: ${date}`,
  defaultBadge: 'Alapértelmezett',
  makeDefault: 'Beállítás alapértelmezettként',
  makingDefault: 'Mentés…',
  defaultChanged: (card: string) => `Az új alapértelmezett fizetési mód: ${card}.`,
  deleteMethod: 'Törlés',
  deleteHeading: (card: string) => `Törli ezt a fizetési módot: ${card}?`,
  deleteConsequence: (card: string) =>
    `Ezt többé nem terheljük meg. Azok az előfizetések, amelyekhez továbbra is kártya kell, erre kerülnek át: ${card}.`,
  deleteDefaultConsequence:
    'Ez az alapértelmezett fizetési módja: a törlés után addig nem lesz alapértelmezett fizetési módja, amíg ki nem választ egyet.',
  deleteOnlyCard:
    'Ez az egyetlen fizetési módja. Ha egy előfizetés megújításához még szükség van rá, nem törölhető: előbb adjon hozzá egy másik kártyát, vagy mondja le az előfizetést.',
  deleteRefusedInUse:
    'Erre a kártyára még szükség van egy előfizetés számlázásához. Előbb adjon hozzá másik fizetési módot, vagy mondja le az előfizetést.',
  noDefaultMethod:
    'Nincs alapértelmezett fizetési módja: válasszon egyet a „Beállítás alapértelmezettként” gombbal.',
  deleteConfirm: 'Fizetési mód törlése',
  deleting: 'Törlés…',
  keepMethod: 'Megtartás',
  deletedAnnouncement: (card: string) => `Fizetési mód törölve: ${card}.`,
  addMethod: 'Fizetési mód hozzáadása',
  addedAnnouncement: (card: string) => `Fizetési mód hozzáadva: ${card}.`,
  addNeeds3ds:
    'Ehhez a kártyához 3-D Secure hitelesítés szükséges, amelyet ez az oldal nem tud megjeleníteni.',
  savingCard: 'Kártya mentése…',
};
