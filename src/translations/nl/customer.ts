import type { customer as en } from '../../locales/en/customer.js';

/** Dutch terms: the customer's account. */
export const customer: typeof en = {
  accountHeading: 'Account',
  accountSignIn: 'Log in om je account te bekijken.',
  accountLoading: 'Je account wordt geladen…',
  profileHeading: 'Profiel',
  profileEmail: 'E-mailadres',
  profileName: 'Naam',
  changeEmail: 'E-mailadres wijzigen',
  newEmailLabel: 'Nieuw e-mailadres',
  sendConfirmation: 'Bevestigingslink versturen',
  emailChangeSent: (email: string) =>
    `We hebben een link gestuurd naar ${email}. Open die om te bevestigen: je e-mailadres wordt pas gewijzigd als je dat doet. Bij een nieuw verzoek vervalt deze link.`,
  resendEmailLink: 'Nieuwe link versturen',
  emailLinkResent: (email: string) =>
    `We hebben een nieuwe link gestuurd naar ${email}. De eerder verstuurde link werkt niet meer.`,
  emailChangeCancelsPending: (email: string) =>
    `Als je verstuurt, vervalt de link die naar ${email} is gestuurd.`,
  billingHeading: 'Factuurgegevens',
  billingReadOnly:
    'Alleen de eigenaar van het account of een factuurbeheerder kan de factuurgegevens wijzigen.',
  taxId: 'Btw-nummer (optioneel)',
  taxIdHint: 'Bijvoorbeeld NL123456789B01. Wordt gecontroleerd aan de hand van het land.',
  billingSavedAnnouncement: 'Factuurgegevens opgeslagen.',
  paymentMethodsHeading: 'Betaalmethoden',
  paymentMethodsEmpty: 'Nog geen betaalmethode.',
  paymentMethodsForOwners:
    'Betaalmethoden worden beheerd door de eigenaar van het account en de factuurbeheerders.',
  cardLabel: (brand: string, last4: string) => `${brand} eindigend op ${last4}`,
  cardExpires: (date: string) => `Geldig t/m ${date}`,
  defaultBadge: 'Standaard',
  makeDefault: 'Als standaard instellen',
  makingDefault: 'Opslaan…',
  defaultChanged: (card: string) => `${card} is nu je standaardbetaalmethode.`,
  deleteMethod: 'Verwijderen',
  deleteHeading: (card: string) => `${card} verwijderen?`,
  deleteConsequence: (card: string) =>
    `Er wordt niets meer van afgeschreven. Abonnementen die nog een kaart nodig hebben, gaan over naar ${card}.`,
  deleteDefaultConsequence:
    'Dit is je standaardbetaalmethode: daarna heb je geen standaardbetaalmethode meer tot je er een kiest.',
  deleteOnlyCard:
    'Dit is je enige betaalmethode. Als een abonnement deze nog nodig heeft om te verlengen, kan deze niet worden verwijderd: voeg eerst een andere kaart toe of zeg het abonnement op.',
  deleteRefusedInUse:
    'Deze kaart is nog nodig om een abonnement te factureren. Voeg een andere betaalmethode toe of zeg eerst het abonnement op.',
  noDefaultMethod:
    'Je hebt geen standaardbetaalmethode: kies er een met “Als standaard instellen”.',
  deleteConfirm: 'Betaalmethode verwijderen',
  deleting: 'Verwijderen…',
  keepMethod: 'Behouden',
  deletedAnnouncement: (card: string) => `${card} is verwijderd.`,
  addMethod: 'Betaalmethode toevoegen',
  addedAnnouncement: (card: string) => `${card} is toegevoegd.`,
  addNeeds3ds: 'Deze kaart vereist 3-D Secure, en dat kan op deze pagina niet worden weergegeven.',
  savingCard: 'Kaart opslaan…',
};
