import type { cardEmbed as en } from '../../locales/en/card-embed.js';

/** Dutch terms: adding a card through Polar's card embed. */
export const cardEmbed: typeof en = {
  cardEmbedHeading: 'Kaart toevoegen',
  cardEmbedTitle: 'Beveiligd kaartformulier van Polar',
  cardEmbedDefaultNote: 'De nieuwe kaart wordt je standaardbetaalmethode.',
  cardEmbedLoading: 'Het beveiligde kaartformulier wordt geladen…',
  cardEmbedSaving: 'Je kaart wordt opgeslagen…',
  cardEmbedOpening: 'Het kaartformulier wordt geopend…',
  cardEmbedCancel: 'Annuleren',
  cardEmbedRetry: 'Opnieuw proberen',
  cardEmbedAdded: 'Je kaart is toegevoegd.',
  cardEmbedRedirectFailed:
    'Je kaart kon niet worden toegevoegd. Er is niets opgeslagen; probeer het opnieuw.',
  cardEmbedProcessingFailed:
    'De kaart kon niet worden opgeslagen. Controleer de gegevens in het formulier of probeer een andere kaart.',
  cardEmbedUnauthorized:
    'Je sessie is verlopen, dus het kaartformulier kan niet worden geopend. Log opnieuw in.',
  cardEmbedInvalid: 'Het kaartformulier kon niet worden geopend. Probeer het zo opnieuw.',
  cardEmbedUnknown:
    'Er is iets misgegaan in het kaartformulier. Er is niets opgeslagen; probeer het opnieuw.',
  cardEmbedTimeout:
    'Het kaartformulier is niet geladen. Controleer je verbinding en probeer het opnieuw (mogelijk blokkeert de pagina frames van Polar).',
  cardEmbedBadOrigin:
    'Hier kunnen geen kaarten worden toegevoegd: het adres van het kaartformulier is niet beveiligd.',
};
