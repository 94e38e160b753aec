import type { payment as en } from '../../locales/en/payment.js';

/** Hungarian terms: paying an order Polar failed to charge (orders and past-due subscriptions). */
export const payment: typeof en = {
  retryHeading: (amount: string) => `Kifizeti most ezt az összeget: ${amount}?`,
  retryWithCard: (amount: string, card: string) =>
    `Ezt a kártyát terheljük meg ${amount} összeggel: ${card}.`,
  retryNoCard: 'Előbb adjon meg egy fizetési módot a fiókjában.',
  cardEnding: (brand: string, last4: string) => `${brand} (${last4} végű)`,
  retryConfirm: 'Fizetés most',
  retrying: 'Fizetés…',
  retryKeep: 'Most nem',
  retryNeedsAction:
    'A bankja a saját oldalán kéri a fizetés megerősítését, ez az oldal azonban itt nem nyitható meg. Használjon másik kártyát, vagy várja meg a következő kísérletet.',
  retryDeclined: 'A fizetés nem sikerült.',
  paidAnnouncement: (amount: string) => `Köszönjük! Kifizetve: ${amount}.`,
  retryAuthenticating: 'Erősítse meg a fizetést a bankja által megnyitott ablakban…',
  retryWaiting: (seconds: number) =>
    seconds === 0 ? 'Várakozás a bank válaszára…' : `Várakozás a bank válaszára… (${seconds} mp)`,
  retryTooLong:
    'A fizetés megerősítése a vártnál tovább tart. Előfordulhat, hogy a fizetés még feldolgozás alatt áll: mielőtt újra fizetne, néhány perc múlva nézze meg ismét ezt a rendelést.',
  retryAuthenticationFailed: 'A bankja nem erősítette meg a fizetést. Nem történt terhelés.',
  retryLimitReached:
    'Ezt a rendelést innen már nem lehet kifizetni: elérte az öt kísérletes korlátot. A megadott napon ettől függetlenül megpróbáljuk terhelni a kártyáját, de az eladóhoz is fordulhat.',
  retryClose: 'Bezárás',
};
