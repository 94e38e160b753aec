import type { cardEmbed as en } from '../../locales/en/card-embed.js';

/** Hungarian terms: adding a card through Polar's card embed. */
export const cardEmbed: typeof en = {
  cardEmbedHeading: 'Kártya hozzáadása',
  cardEmbedTitle: 'A Polar biztonságos kártyaűrlapja',
  cardEmbedDefaultNote: 'Az új kártya lesz az alapértelmezett fizetési módja.',
  cardEmbedLoading: 'A biztonságos kártyaűrlap betöltése…',
  cardEmbedSaving: 'Kártya mentése…',
  cardEmbedOpening: 'A kártyaűrlap megnyitása…',
  cardEmbedCancel: 'Mégse',
  cardEmbedRetry: 'Próbálja újra',
  cardEmbedAdded: 'A kártyát hozzáadtuk.',
  cardEmbedRedirectFailed:
    'Nem sikerült hozzáadni a kártyát. Semmi sem lett elmentve, próbálja újra.',
  cardEmbedProcessingFailed:
    'A kártyát nem sikerült elmenteni. Ellenőrizze az űrlapon megadott adatokat, vagy próbálkozzon másik kártyával.',
  cardEmbedUnauthorized:
    'A munkamenete lejárt, ezért a kártyaűrlap nem nyitható meg. Jelentkezzen be újra.',
  cardEmbedInvalid: 'A kártyaűrlapot nem sikerült megnyitni. Próbálja újra egy kis idő múlva.',
  cardEmbedUnknown: 'Hiba történt a kártyaűrlapon. Semmi sem lett elmentve, próbálja újra.',
  cardEmbedTimeout:
    'A kártyaűrlap nem töltődött be. Ellenőrizze az internetkapcsolatot, és próbálja újra (előfordulhat, hogy az oldal letiltja a Polar beágyazott kereteit).',
  cardEmbedBadOrigin:
    'Itt nem lehet kártyát hozzáadni: a kártyaűrlap címe nem biztonságos forrás (origin).',
};
