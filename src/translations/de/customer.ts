import type { customer as en } from '../../locales/en/customer.js';

/** German terms: the customer's account. */
export const customer: typeof en = {
  accountHeading: 'Konto',
  accountSignIn: 'Melden Sie sich an, um Ihr Konto zu sehen.',
  accountLoading: 'Ihr Konto wird geladen…',
  profileHeading: 'Profil',
  profileEmail: 'E-Mail',
  profileName: 'Name',
  changeEmail: 'E-Mail ändern',
  newEmailLabel: 'Neue E-Mail-Adresse',
  sendConfirmation: 'Bestätigungslink senden',
  emailChangeSent: (email: string) =>
    `Wir haben einen Link an ${email} gesendet. Öffnen Sie ihn zur Bestätigung: Ihre E-Mail ändert sich erst dann. Eine neue Anfrage macht diesen Link ungültig.`,
  resendEmailLink: 'Neuen Link senden',
  emailLinkResent: (email: string) =>
    `Wir haben einen neuen Link an ${email} gesendet. Der vorherige Link funktioniert nicht mehr.`,
  emailChangeCancelsPending: (email: string) => `Das Senden macht den Link an ${email} ungültig.`,
  billingHeading: 'Rechnungsdaten',
  billingReadOnly:
    'Nur die Inhaberin oder ein Abrechnungsverwalter des Kontos kann Rechnungsdaten ändern.',
  taxId: 'Steuernummer (optional)',
  taxIdHint: 'Zum Beispiel DE123456789. Wird mit dem Land abgeglichen.',
  billingSavedAnnouncement: 'Rechnungsdaten gespeichert.',
  paymentMethodsHeading: 'Zahlungsmethoden',
  paymentMethodsEmpty: 'Noch keine Zahlungsmethode.',
  paymentMethodsForOwners:
    'Zahlungsmethoden verwalten die Inhaberin und die Abrechnungsverwalter des Kontos.',
  cardLabel: (brand: string, last4: string) => `${brand} mit Endziffern ${last4}`,
  cardExpires: (date: string) => `Gültig bis ${date}`,
  defaultBadge: 'Standard',
  makeDefault: 'Als Standard festlegen',
  makingDefault: 'Wird gespeichert…',
  defaultChanged: (card: string) => `${card} ist jetzt Ihre Standard-Zahlungsmethode.`,
  deleteMethod: 'Löschen',
  deleteHeading: (card: string) => `${card} löschen?`,
  deleteConsequence: (card: string) =>
    `Sie wird nicht mehr belastet. Abonnements, die noch eine Karte brauchen, wechseln zu ${card}.`,
  deleteDefaultConsequence:
    'Sie ist Ihre Standard-Zahlungsmethode: Danach haben Sie keine, bis Sie eine auswählen.',
  deleteOnlyCard:
    'Sie ist Ihre einzige Zahlungsmethode. Braucht ein Abonnement sie noch zur Verlängerung, kann sie nicht gelöscht werden: Fügen Sie zuerst eine andere Karte hinzu oder kündigen Sie das Abonnement.',
  deleteRefusedInUse:
    'Diese Karte wird noch gebraucht, um ein Abonnement abzurechnen. Fügen Sie eine andere Zahlungsmethode hinzu oder kündigen Sie zuerst das Abonnement.',
  noDefaultMethod:
    'Sie haben keine Standard-Zahlungsmethode: Wählen Sie eine mit „Als Standard festlegen“.',
  deleteConfirm: 'Zahlungsmethode löschen',
  deleting: 'Wird gelöscht…',
  keepMethod: 'Behalten',
  deletedAnnouncement: (card: string) => `${card} wurde gelöscht.`,
  addMethod: 'Zahlungsmethode hinzufügen',
  addedAnnouncement: (card: string) => `${card} wurde hinzugefügt.`,
  addNeeds3ds: 'Diese Karte verlangt 3-D Secure, das diese Seite nicht anzeigen kann.',
  savingCard: 'Karte wird gespeichert…',
};
