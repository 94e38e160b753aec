import type { orders as en } from '../../locales/en/orders.js';

/** European Portuguese terms: orders. */
export const orders: typeof en = {
  ordersHeading: 'Encomendas',
  ordersSignIn: 'Inicie sessão para ver as suas encomendas e faturas.',
  ordersLoading: 'A carregar as suas encomendas…',
  ordersEmpty: 'Ainda não tem encomendas.',
  ordersLoaded: (count: number) =>
    count === 1 ? '1 encomenda carregada.' : `${count} encomendas carregadas.`,
  ordersForMembers:
    'As encomendas e as faturas estão disponíveis apenas para o proprietário da equipa e os gestores de faturação.',
  orderStatusPaid: 'Paga',
  orderStatusPending: 'A aguardar pagamento',
  orderStatusFailed: 'Pagamento falhado',
  orderStatusRefunded: 'Reembolsada',
  orderStatusPartiallyRefunded: 'Parcialmente reembolsada',
  orderStatusVoid: 'Anulada',
  orderStatusDraft: 'Rascunho',
  orderRefunded: (amount: string) => `Reembolso de ${amount}`,
  orderSubtotal: 'Subtotal',
  orderDiscount: 'Desconto',
  orderTax: 'IVA',
  orderTotal: 'Total',
  orderRefundedTotal: 'Reembolsado',
  orderItem: 'Artigo',
  orderAmount: 'Montante',
  orderBilledTo: 'Faturado a',
  orderNoBillingDetails: 'Ainda não há dados de faturação.',
  downloadInvoice: 'Transferir fatura',
  preparingInvoice: 'A preparar a fatura…',
  invoiceOpened: (number: string) => `Fatura ${number} aberta num novo separador.`,
  invoiceReady: 'A fatura está pronta: abra-a através da ligação.',
  openInvoice: 'Abrir fatura',
  invoiceNeedsDetails: 'Adicione um nome e uma morada de faturação para obter uma fatura.',
  downloadReceipt: 'Transferir recibo',
  receiptOpened: 'Recibo aberto num novo separador.',
  receiptReady: 'O recibo está pronto: abra-o através da ligação.',
  openReceipt: 'Abrir recibo',
  editBillingDetails: 'Editar dados de faturação',
  billingDetailsLegend: 'Dados de faturação da fatura',
  billingSaved: 'Dados de faturação guardados.',
  retryPayment: 'Pagar agora',
  retryProcessing:
    'O seu banco ainda está a processar o pagamento. Esta página é atualizada assim que terminar.',
  nextAttempt: (date: string) => `Voltaremos a tentar a ${date}.`,
  preparingReceipt: 'A preparar o recibo…',
  receiptTooLong: 'O recibo ainda está a ser preparado. Tente novamente daqui a um minuto.',
  walletCredit: (amount: string) =>
    `Tem ${amount} de crédito: este valor será descontado nas suas próximas faturas.`,
  walletDebt: (amount: string) =>
    `Deve ${amount}: este valor será adicionado à sua próxima fatura.`,
};
