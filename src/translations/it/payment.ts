import type { payment as en } from '../../locales/en/payment.js';

/** Italian terms: paying an order Polar failed to charge (orders and past-due subscriptions). */
export const payment: typeof en = {
  retryHeading: (amount: string) => `Pagare ${amount} ora?`,
  retryWithCard: (amount: string, card: string) =>
    `Verrà addebitato l’importo di ${amount} sulla ${card}.`,
  retryNoCard: 'Aggiungere prima un metodo di pagamento nell’account.',
  cardEnding: (brand: string, last4: string) => `carta ${brand} che termina con ${last4}`,
  retryConfirm: 'Paga ora',
  retrying: 'Pagamento in corso…',
  retryKeep: 'Non ora',
  retryNeedsAction:
    'La banca richiede di confermare questo pagamento su una propria pagina, che non può essere aperta qui. Usare un’altra carta o attendere il prossimo tentativo.',
  retryDeclined: 'Il pagamento non è andato a buon fine.',
  paidAnnouncement: (amount: string) => `Grazie: pagamento di ${amount} effettuato.`,
  retryAuthenticating: 'Confermare il pagamento nella finestra aperta dalla banca…',
  retryWaiting: (seconds: number) =>
    seconds === 0
      ? 'In attesa della risposta della banca…'
      : `In attesa della risposta della banca… (${seconds} s)`,
  retryTooLong:
    'La conferma del pagamento sta richiedendo più tempo del previsto. Il pagamento potrebbe essere ancora in elaborazione: ricontrollare questo ordine tra qualche minuto prima di pagare di nuovo.',
  retryAuthenticationFailed:
    'La banca non ha confermato il pagamento. Non è stato addebitato nulla.',
  retryLimitReached:
    'Questo ordine non può più essere pagato da qui: è stato raggiunto il limite di cinque tentativi. L’addebito sulla carta verrà comunque ritentato nella data indicata; in alternativa, contattare il venditore.',
  retryClose: 'Chiudi',
};
