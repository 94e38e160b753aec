import type { payment as en } from '../../locales/en/payment.js';

/** Spanish terms: paying an order Polar failed to charge. */
export const payment: typeof en = {
  retryHeading: (amount: string) => `¿Pagar ${amount} ahora?`,
  retryWithCard: (amount: string, card: string) => `Cobraremos ${amount} a ${card}.`,
  retryNoCard: 'Añade primero un método de pago en tu cuenta.',
  cardEnding: (brand: string, last4: string) => `tu ${brand} terminada en ${last4}`,
  retryConfirm: 'Pagar ahora',
  retrying: 'Pagando…',
  retryKeep: 'Ahora no',
  retryNeedsAction:
    'Su banco pide confirmar este pago en su propia página, que no puede abrirse aquí. Use otra tarjeta o espere al próximo intento.',
  retryDeclined: 'El pago no se ha realizado.',
  paidAnnouncement: (amount: string) => `Gracias: ${amount} pagados.`,
  retryAuthenticating: 'Confirme el pago en la ventana que abrió su banco…',
  retryWaiting: (seconds: number) =>
    seconds === 0
      ? 'Esperando la respuesta de su banco…'
      : `Esperando la respuesta de su banco… (${seconds} s)`,
  retryTooLong:
    'La confirmación del pago está tardando más de lo esperado. Es posible que su pago aún se esté procesando: vuelva a mirar este pedido dentro de unos minutos antes de pagar de nuevo.',
  retryAuthenticationFailed: 'Su banco no confirmó el pago. No se ha cobrado nada.',
  retryLimitReached:
    'Este pedido ya no se puede pagar desde aquí: se alcanzó el límite de cinco intentos. Seguiremos intentando cobrar su tarjeta en la fecha indicada, o contacte con el vendedor.',
  retryClose: 'Cerrar',
};
