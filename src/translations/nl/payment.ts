import type { payment as en } from '../../locales/en/payment.js';

/** Dutch terms: paying an order Polar failed to charge (orders and past-due subscriptions). */
export const payment: typeof en = {
  retryHeading: (amount: string) => `${amount} nu betalen?`,
  retryWithCard: (amount: string, card: string) => `We schrijven ${amount} af van ${card}.`,
  retryNoCard: 'Voeg eerst een betaalmethode toe in je account.',
  cardEnding: (brand: string, last4: string) => `je ${brand} eindigend op ${last4}`,
  retryConfirm: 'Nu betalen',
  retrying: 'Betalen…',
  retryKeep: 'Niet nu',
  retryNeedsAction:
    'Je bank vraagt je deze betaling op een eigen pagina te bevestigen, maar die kan hier niet worden geopend. Gebruik een andere kaart of wacht op de volgende poging.',
  retryDeclined: 'De betaling is niet gelukt.',
  paidAnnouncement: (amount: string) => `Bedankt: ${amount} betaald.`,
  retryAuthenticating: 'Bevestig de betaling in het venster dat je bank heeft geopend…',
  retryWaiting: (seconds: number) =>
    seconds === 0
      ? 'Wachten op antwoord van je bank…'
      : `Wachten op antwoord van je bank… (${seconds} s)`,
  retryTooLong:
    'Het bevestigen van de betaling duurt langer dan verwacht. Mogelijk wordt je betaling nog verwerkt: bekijk deze bestelling over een paar minuten opnieuw voordat je nogmaals betaalt.',
  retryAuthenticationFailed: 'Je bank heeft de betaling niet bevestigd. Er is niets betaald.',
  retryLimitReached:
    'Deze bestelling kan hier niet meer worden betaald: het maximum van vijf pogingen is bereikt. We proberen je kaart nog wel te belasten op de getoonde datum; je kunt ook contact opnemen met de verkoper.',
  retryClose: 'Sluiten',
};
