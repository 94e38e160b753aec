import type { payment as en } from '../../locales/en/payment.js';

/** Brazilian Portuguese terms: paying an order Polar failed to charge (orders and past-due subscriptions). */
export const payment: typeof en = {
  retryHeading: (amount: string) => `Pagar ${amount} agora?`,
  retryWithCard: (amount: string, card: string) => `Vamos cobrar ${amount} no ${card}.`,
  retryNoCard: 'Adicione primeiro um método de pagamento à sua conta.',
  cardEnding: (brand: string, last4: string) => `seu ${brand} com final ${last4}`,
  retryConfirm: 'Pagar agora',
  retrying: 'Pagando…',
  retryKeep: 'Agora não',
  retryNeedsAction:
    'Seu banco pede que você confirme este pagamento em uma página própria, que não pode ser aberta aqui. Use outro cartão ou aguarde a próxima tentativa.',
  retryDeclined: 'O pagamento não foi aprovado.',
  paidAnnouncement: (amount: string) => `Obrigado! Pagamento de ${amount} realizado.`,
  retryAuthenticating: 'Confirme o pagamento na janela aberta pelo seu banco…',
  retryWaiting: (seconds: number) =>
    seconds === 0
      ? 'Aguardando a resposta do seu banco…'
      : `Aguardando a resposta do seu banco… (${seconds} s)`,
  retryTooLong:
    'A confirmação do pagamento está demorando mais do que o esperado. Seu pagamento ainda pode estar em processamento: confira este pedido novamente daqui a alguns minutos antes de pagar de novo.',
  retryAuthenticationFailed: 'Seu banco não confirmou o pagamento. Nada foi pago.',
  retryLimitReached:
    'Este pedido não pode mais ser pago por aqui: o limite de cinco tentativas foi atingido. Ainda tentaremos cobrar seu cartão na data indicada; você também pode entrar em contato com o vendedor.',
  retryClose: 'Fechar',
};
