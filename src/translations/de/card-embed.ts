import type { cardEmbed as en } from '../../locales/en/card-embed.js';

/** Deutsche Begriffe: eine Karte über Polars Kartenformular hinzufügen. */
export const cardEmbed: typeof en = {
  cardEmbedHeading: 'Karte hinzufügen',
  cardEmbedTitle: 'Polars sicheres Kartenformular',
  cardEmbedDefaultNote: 'Die neue Karte wird Ihre Standard-Zahlungsmethode.',
  cardEmbedLoading: 'Das sichere Kartenformular wird geladen…',
  cardEmbedSaving: 'Ihre Karte wird gespeichert…',
  cardEmbedOpening: 'Das Kartenformular wird geöffnet…',
  cardEmbedCancel: 'Abbrechen',
  cardEmbedRetry: 'Erneut versuchen',
  cardEmbedAdded: 'Ihre Karte wurde hinzugefügt.',
  cardEmbedRedirectFailed:
    'Ihre Karte konnte nicht hinzugefügt werden. Es wurde nichts gespeichert; versuchen Sie es erneut.',
  cardEmbedProcessingFailed:
    'Die Karte konnte nicht gespeichert werden. Prüfen Sie die Angaben im Formular oder nehmen Sie eine andere Karte.',
  cardEmbedUnauthorized:
    'Ihre Sitzung ist abgelaufen, daher kann das Kartenformular nicht öffnen. Melden Sie sich erneut an.',
  cardEmbedInvalid:
    'Das Kartenformular konnte nicht geöffnet werden. Versuchen Sie es gleich noch einmal.',
  cardEmbedUnknown:
    'Im Kartenformular ist etwas schiefgegangen. Es wurde nichts gespeichert; versuchen Sie es erneut.',
  cardEmbedTimeout:
    'Das Kartenformular wurde nicht geladen. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut (die Seite blockiert eventuell Frames von Polar).',
  cardEmbedBadOrigin:
    'Hier können keine Karten hinzugefügt werden: Die Adresse des Kartenformulars ist kein sicherer Ursprung.',
};
