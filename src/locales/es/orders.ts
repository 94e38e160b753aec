import type { orders as en } from '../en/orders.js';

/** Spanish terms: orders. */
export const orders: typeof en = {
  ordersHeading: 'Pedidos',
  ordersSignIn: 'Inicia sesión para ver tus pedidos y facturas.',
  ordersLoading: 'Cargando tus pedidos…',
  ordersEmpty: 'Todavía no tienes pedidos.',
  ordersLoaded: (count: number) =>
    count === 1 ? '1 pedido cargado.' : `${count} pedidos cargados.`,
  ordersForMembers:
    'Los pedidos y facturas son para el propietario del equipo y quien gestiona la facturación.',
  orderStatusPaid: 'Pagado',
  orderStatusPending: 'Pendiente de pago',
  orderStatusFailed: 'Pago fallido',
  orderStatusRefunded: 'Reembolsado',
  orderStatusPartiallyRefunded: 'Reembolsado en parte',
  orderStatusVoid: 'Anulado',
  orderStatusDraft: 'Borrador',
  orderRefunded: (amount: string) => `${amount} reembolsados`,
  orderSubtotal: 'Subtotal',
  orderDiscount: 'Descuento',
  orderTax: 'Impuestos',
  orderTotal: 'Total',
  orderRefundedTotal: 'Reembolsado',
  orderItem: 'Concepto',
  orderAmount: 'Importe',
  orderBilledTo: 'Facturado a',
  orderNoBillingDetails: 'Aún no hay datos de facturación.',
  downloadInvoice: 'Descargar factura',
  preparingInvoice: 'Preparando la factura…',
  invoiceOpened: (number: string) => `La factura ${number} se abrió en una pestaña nueva.`,
  invoiceReady: 'La factura está lista: ábrela con el enlace.',
  openInvoice: 'Abrir factura',
  invoiceNeedsDetails: 'Añade un nombre y una dirección de facturación para obtener la factura.',
  downloadReceipt: 'Descargar recibo',
  receiptOpened: 'El recibo se abrió en una pestaña nueva.',
  receiptReady: 'El recibo está listo: ábrelo con el enlace.',
  openReceipt: 'Abrir recibo',
  editBillingDetails: 'Editar datos de facturación',
  billingDetailsLegend: 'Datos de facturación de la factura',
  billingSaved: 'Datos de facturación guardados.',
  retryPayment: 'Pagar ahora',
  retryHeading: (amount: string) => `¿Pagar ${amount} ahora?`,
  retryWithCard: (amount: string, card: string) => `Cobraremos ${amount} a ${card}.`,
  retryNoCard: 'Añade primero un método de pago en tu cuenta.',
  cardEnding: (brand: string, last4: string) => `tu ${brand} terminada en ${last4}`,
  retryConfirm: 'Pagar ahora',
  retrying: 'Pagando…',
  retryKeep: 'Ahora no',
  retryNeedsAction:
    'Su banco pide confirmar este pago en su propia página, que no puede abrirse aquí. Use otra tarjeta o espere al próximo intento.',
  retryProcessing:
    'Su banco todavía está procesando el pago. Esta página se actualizará cuando termine.',
  retryDeclined: 'El pago no se ha realizado.',
  paidAnnouncement: (amount: string) => `Gracias: ${amount} pagados.`,
  nextAttempt: (date: string) => `Volveremos a intentarlo el ${date}.`,
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
  preparingReceipt: 'Preparando el recibo…',
  receiptTooLong: 'El recibo todavía se está preparando. Inténtelo de nuevo en un minuto.',
  walletCredit: (amount: string) =>
    `Tiene ${amount} de saldo a favor: se descuenta de sus próximas facturas.`,
  walletDebt: (amount: string) => `Debe ${amount}: se añade a su próxima factura.`,
};
