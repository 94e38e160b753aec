import type { cardEmbed as en } from '../../locales/en/card-embed.js';

/** Italian terms: adding a card through Polar's card embed. */
export const cardEmbed: typeof en = {
  cardEmbedHeading: 'Aggiungi carta',
  cardEmbedTitle: 'Modulo sicuro di Polar per la carta',
  cardEmbedDefaultNote: 'La nuova carta diventerà il metodo di pagamento predefinito.',
  cardEmbedLoading: 'Caricamento del modulo sicuro per la carta…',
  cardEmbedSaving: 'Salvataggio della carta…',
  cardEmbedOpening: 'Apertura del modulo per la carta…',
  cardEmbedCancel: 'Annulla',
  cardEmbedRetry: 'Riprova',
  cardEmbedAdded: 'Carta aggiunta.',
  cardEmbedRedirectFailed:
    'Non è stato possibile aggiungere la carta. Non è stato salvato nulla: riprovare.',
  cardEmbedProcessingFailed:
    'Non è stato possibile salvare la carta. Controllare i dati inseriti nel modulo o provare con un’altra carta.',
  cardEmbedUnauthorized:
    'La sessione è scaduta, quindi il modulo per la carta non può essere aperto. Accedere di nuovo.',
  cardEmbedInvalid:
    'Non è stato possibile aprire il modulo per la carta. Riprovare tra qualche istante.',
  cardEmbedUnknown:
    'Si è verificato un problema nel modulo per la carta. Non è stato salvato nulla: riprovare.',
  cardEmbedTimeout:
    'Il modulo per la carta non si è caricato. Verificare la connessione e riprovare (la pagina potrebbe bloccare i frame provenienti da Polar).',
  cardEmbedBadOrigin:
    'Non è possibile aggiungere carte qui: l’indirizzo del modulo per la carta non è un’origine sicura.',
};
