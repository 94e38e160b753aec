import type { payment as en } from '../../locales/en/payment.js';

/** European Portuguese terms: paying an order Polar failed to charge (orders and past-due subscriptions). */
export const payment: typeof en = {
  retryHeading: (amount: string) => `Pagar ${amount} agora?`,
  retryWithCard: (amount: string, card: string) => `Vamos cobrar ${amount} no ${card}.`,
  retryNoCard: 'Adicione primeiro um método de pagamento na sua conta.',
  cardEnding: (brand: string, last4: string) => `seu ${brand} terminado em ${last4}`,
  retryConfirm: 'Pagar agora',
  retrying: 'A pagar…',
  retryKeep: 'Agora não',
  retryNeedsAction:
    'O seu banco pede a confirmação deste pagamento numa página própria, que não pode ser aberta aqui. Utilize outro cartão ou aguarde pela próxima tentativa.',
  retryDeclined: 'O pagamento não foi aceite.',
  paidAnnouncement: (amount: string) => `Obrigado! Pagamento de ${amount} efetuado.`,
  retryAuthenticating: 'Confirme o pagamento na janela aberta pelo seu banco…',
  retryWaiting: (seconds: number) =>
    seconds === 0
      ? 'A aguardar a resposta do seu banco…'
      : `A aguardar a resposta do seu banco… (${seconds} s)`,
  retryTooLong:
    'A confirmação do pagamento está a demorar mais do que o esperado. O pagamento pode ainda estar a ser processado: volte a consultar esta encomenda daqui a alguns minutos antes de pagar novamente.',
  retryAuthenticationFailed: 'O seu banco não confirmou o pagamento. Nada foi pago.',
  retryLimitReached:
    'Esta encomenda já não pode ser paga a partir daqui: foi atingido o limite de cinco tentativas. Continuaremos a tentar cobrar o seu cartão na data indicada; também pode contactar o vendedor.',
  retryClose: 'Fechar',
};
