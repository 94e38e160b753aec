import type { customer as en } from '../../locales/en/customer.js';

/** Swedish terms: the customer's account. */
export const customer: typeof en = {
  accountHeading: 'Konto',
  accountSignIn: 'Logga in för att se ditt konto.',
  accountLoading: 'Laddar ditt konto…',
  profileHeading: 'Profil',
  profileEmail: 'E-post',
  profileName: 'Namn',
  changeEmail: 'Ändra e-postadress',
  newEmailLabel: 'Ny e-postadress',
  sendConfirmation: 'Skicka bekräftelselänk',
  emailChangeSent: (email: string) =>
    `Vi har skickat en länk till ${email}. Öppna den för att bekräfta: din e-postadress ändras först när du gör det. En ny begäran gör den här länken ogiltig.`,
  resendEmailLink: 'Skicka en ny länk',
  emailLinkResent: (email: string) =>
    `Vi har skickat en ny länk till ${email}. Den tidigare länken fungerar inte längre.`,
  emailChangeCancelsPending: (email: string) =>
    `Om du skickar blir länken som skickades till ${email} ogiltig.`,
  billingHeading: 'Faktureringsuppgifter',
  billingReadOnly:
    'Bara kontots ägare eller en faktureringsansvarig kan ändra faktureringsuppgifterna.',
  taxId: 'Momsregistreringsnummer (valfritt)',
  taxIdHint: 'Till exempel SE123456789001. Kontrolleras mot landet.',
  billingSavedAnnouncement: 'Faktureringsuppgifterna har sparats.',
  paymentMethodsHeading: 'Betalningsmetoder',
  paymentMethodsEmpty: 'Ingen betalningsmetod än.',
  paymentMethodsForOwners: 'Betalningsmetoder hanteras av kontots ägare och faktureringsansvariga.',
  cardLabel: (brand: string, last4: string) => `${brand} som slutar på ${last4}`,
  cardExpires: (date: string) => `Går ut ${date}`,
  defaultBadge: 'Standard',
  makeDefault: 'Gör till standard',
  makingDefault: 'Sparar…',
  defaultChanged: (card: string) => `${card} är nu din standardbetalningsmetod.`,
  deleteMethod: 'Ta bort',
  deleteHeading: (card: string) => `Ta bort ${card}?`,
  deleteConsequence: (card: string) =>
    `Den debiteras inte längre. Prenumerationer som fortfarande behöver ett kort flyttas till ${card}.`,
  deleteDefaultConsequence:
    'Den är din standardbetalningsmetod: efteråt har du ingen standardbetalningsmetod förrän du väljer en.',
  deleteOnlyCard:
    'Det är din enda betalningsmetod. Om en prenumeration fortfarande behöver den för att förnyas kan den inte tas bort: lägg först till ett annat kort eller avsluta prenumerationen.',
  deleteRefusedInUse:
    'Kortet behövs fortfarande för att debitera en prenumeration. Lägg till en annan betalningsmetod eller avsluta prenumerationen först.',
  noDefaultMethod: 'Du har ingen standardbetalningsmetod: välj en med ”Gör till standard”.',
  deleteConfirm: 'Ta bort betalningsmetod',
  deleting: 'Tar bort…',
  keepMethod: 'Behåll',
  deletedAnnouncement: (card: string) => `${card} har tagits bort.`,
  addMethod: 'Lägg till betalningsmetod',
  addedAnnouncement: (card: string) => `${card} har lagts till.`,
  addNeeds3ds: 'Det här kortet kräver 3-D Secure, som inte kan visas på den här sidan.',
  savingCard: 'Sparar kortet…',
};
