import type { payment as en } from '../../locales/en/payment.js';

/** Swedish terms: paying an order Polar failed to charge (orders and past-due subscriptions). */
export const payment: typeof en = {
  retryHeading: (amount: string) => `Betala ${amount} nu?`,
  retryWithCard: (amount: string, card: string) => `Vi debiterar ${card} med ${amount}.`,
  retryNoCard: 'Lägg först till en betalningsmetod i ditt konto.',
  cardEnding: (brand: string, last4: string) => `ditt ${brand}-kort som slutar på ${last4}`,
  retryConfirm: 'Betala nu',
  retrying: 'Betalar…',
  retryKeep: 'Inte nu',
  retryNeedsAction:
    'Din bank vill att du bekräftar betalningen på bankens egen sida, som inte kan öppnas här. Använd ett annat kort eller vänta på nästa försök.',
  retryDeclined: 'Betalningen gick inte igenom.',
  paidAnnouncement: (amount: string) => `Tack! ${amount} har betalats.`,
  retryAuthenticating: 'Bekräfta betalningen i fönstret som din bank öppnade…',
  retryWaiting: (seconds: number) =>
    seconds === 0
      ? 'Väntar på svar från din bank…'
      : `Väntar på svar från din bank… (${seconds} s)`,
  retryTooLong:
    'Bekräftelsen av betalningen tar längre tid än väntat. Betalningen kan fortfarande behandlas: titta på beställningen igen om några minuter innan du betalar en gång till.',
  retryAuthenticationFailed: 'Din bank bekräftade inte betalningen. Ingenting har betalats.',
  retryLimitReached:
    'Den här beställningen kan inte längre betalas härifrån: gränsen på fem försök är nådd. Vi försöker ändå debitera ditt kort på det angivna datumet; du kan också kontakta säljaren.',
  retryClose: 'Stäng',
};
