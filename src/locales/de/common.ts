import type { common as en } from '../en/common.js';

/** German terms: common. */
export const common: typeof en = {
  errorRateLimited: (minutes: number) =>
    `Zu viele Versuche. Bitte in ${minutes} Min. erneut versuchen.`,
  errorNetwork:
    'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  errorGeneric: (message: string) => `Etwas ist schiefgelaufen: ${message}`,
  retry: 'Erneut versuchen',
  loading: 'Wird geladen…',
  loadFailed: (message: string) => `Das konnte nicht geladen werden: ${message}`,
  perInterval: (price: string, interval: string) => `${price} / ${interval}`,
  intervalDay: 'Tag',
  intervalWeek: 'Woche',
  intervalMonth: 'Monat',
  intervalYear: 'Jahr',
  seatsCount: (count: number) => (count === 1 ? '1 Platz' : `${count} Plätze`),
  previousPage: 'Zurück',
  nextPage: 'Weiter',
  pageOf: (page: number, pages: number) => `Seite ${page} von ${pages}`,
  close: 'Schließen',
  pagination: 'Seiten',
  errorForbidden:
    'Ihre Rolle in diesem Konto erlaubt das nicht. Fragen Sie den Inhaber oder die Abrechnungsverwaltung.',
  save: 'Speichern',
  saving: 'Wird gespeichert…',
  dismiss: 'Abbrechen',
  billingName: 'Rechnungsname',
  addressLine1: 'Adresse',
  addressLine2: 'Adresszusatz (optional)',
  postalCode: 'Postleitzahl',
  city: 'Ort',
  region: 'Bundesland oder Region',
  usState: 'Bundesstaat',
  province: 'Provinz',
  chooseOne: 'Bitte wählen',
  country: 'Land',
  chooseCountry: 'Land wählen',
  details: 'Details',
  fixErrors: 'Bitte prüfen Sie die markierten Felder.',
  linkRefused: 'Dieser Link wurde blockiert: Seine Adresse ist keine sichere (https-)Adresse.',
  dismissOutcome: 'Schließen',
  dismissMessage: 'Diese Meldung schließen',
  copied: 'Kopiert',
  sessionEnded:
    'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um dort weiterzumachen, wo Sie waren.',
  signInAgain: 'Erneut anmelden',
};
