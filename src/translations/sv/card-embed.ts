import type { cardEmbed as en } from '../../locales/en/card-embed.js';

/** Swedish terms: adding a card through Polar's card embed. */
export const cardEmbed: typeof en = {
  cardEmbedHeading: 'Lägg till kort',
  cardEmbedTitle: 'Polars säkra kortformulär',
  cardEmbedDefaultNote: 'Det nya kortet blir din standardbetalningsmetod.',
  cardEmbedLoading: 'Laddar det säkra kortformuläret…',
  cardEmbedSaving: 'Sparar ditt kort…',
  cardEmbedOpening: 'Öppnar kortformuläret…',
  cardEmbedCancel: 'Avbryt',
  cardEmbedRetry: 'Försök igen',
  cardEmbedAdded: 'Ditt kort har lagts till.',
  cardEmbedRedirectFailed: 'Ditt kort kunde inte läggas till. Inget sparades; försök igen.',
  cardEmbedProcessingFailed:
    'Kortet kunde inte sparas. Kontrollera uppgifterna i formuläret eller prova ett annat kort.',
  cardEmbedUnauthorized:
    'Din session har gått ut, så kortformuläret kan inte öppnas. Logga in igen.',
  cardEmbedInvalid: 'Kortformuläret kunde inte öppnas. Försök igen om en stund.',
  cardEmbedUnknown: 'Något gick fel i kortformuläret. Inget sparades; försök igen.',
  cardEmbedTimeout:
    'Kortformuläret laddades inte. Kontrollera din anslutning och försök igen (sidan kanske blockerar ramar från Polar).',
  cardEmbedBadOrigin:
    'Kort kan inte läggas till här: kortformulärets adress är inte en säker adress.',
};
