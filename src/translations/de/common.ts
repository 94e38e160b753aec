import type { common as en } from '../../locales/en/common.js';

/** German terms: common. */
export const common: typeof en = {
  errorRateLimited: (minutes: number) =>
    `Zu viele Versuche. Bitte in ${minutes} Min. erneut versuchen.`,
  errorNetwork:
    'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  errorGeneric: (message: string) => `Etwas ist schiefgelaufen: ${message}`,
  retry: 'Erneut versuchen',
  loading: 'Wird geladen…',
  organizationUnknown: (slug: string) =>
    `Unter dieser Adresse gibt es keine Organisation „${slug}“.`,
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
  fieldRequired: 'Dieses Feld ist erforderlich.',
  invalidUsState: 'Wählen Sie einen US-Bundesstaat aus der Liste.',
  invalidCaProvince: 'Wählen Sie eine kanadische Provinz oder ein Territorium aus der Liste.',
  invalidCountry: 'Wählen Sie ein Land aus der Liste.',
  countryNotSupported: 'Adressen in diesem Land können nicht abgerechnet werden.',
  countryLocked:
    'Das Land einer Bestellung kann nicht geändert werden: Es hat die Steuer bestimmt.',
  stateLocked:
    'Der Bundesstaat einer Bestellung kann nicht geändert werden: Er hat die Steuer bestimmt.',
  addressCannotBeRemoved:
    'Eine gespeicherte Rechnungsadresse kann geändert, aber nicht entfernt werden.',
  invalidTaxId: 'Diese Steuernummer ist für das Land der Adresse nicht gültig.',
  taxIdNeedsCountry:
    'Geben Sie das Land der Adresse an, damit die Steuernummer geprüft werden kann.',
  invalidUsZip: 'Geben Sie eine US-Postleitzahl ein: 5 Ziffern oder 5+4 wie 12345-6789.',
  invalidCaPostal: 'Geben Sie eine kanadische Postleitzahl wie K1A 0B1 ein.',
  invalidEmail: 'Geben Sie eine gültige E-Mail-Adresse ein.',
  sameEmail: 'Das ist bereits Ihre E-Mail-Adresse.',
  teamEmail: 'Die E-Mail-Adresse eines Teams kann hier nicht geändert werden.',
  invalidCharacters: 'Dies enthält nicht erlaubte Zeichen.',
  errorRateLimitedWait: 'Zu viele Anfragen. Bitte warten Sie, bevor Sie es erneut versuchen.',
};
