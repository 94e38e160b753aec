import type { orders as en } from '../../locales/en/orders.js';

/** Brazilian Portuguese terms: orders. */
export const orders: typeof en = {
  ordersHeading: 'Pedidos',
  ordersSignIn: 'Faça login para ver seus pedidos e faturas.',
  ordersLoading: 'Carregando seus pedidos…',
  ordersEmpty: 'Você ainda não tem pedidos.',
  ordersLoaded: (count: number) =>
    count === 1 ? '1 pedido carregado.' : `${count} pedidos carregados.`,
  ordersForMembers:
    'Os pedidos e as faturas ficam disponíveis apenas para o proprietário da equipe e os responsáveis pelo faturamento.',
  orderStatusPaid: 'Pago',
  orderStatusPending: 'Aguardando pagamento',
  orderStatusFailed: 'Falha no pagamento',
  orderStatusRefunded: 'Reembolsado',
  orderStatusPartiallyRefunded: 'Parcialmente reembolsado',
  orderStatusVoid: 'Anulado',
  orderStatusDraft: 'Rascunho',
  orderRefunded: (amount: string) => `Reembolso de ${amount}`,
  orderSubtotal: 'Subtotal',
  orderDiscount: 'Desconto',
  orderTax: 'Impostos',
  orderTotal: 'Total',
  orderRefundedTotal: 'Reembolsado',
  orderItem: 'Item',
  orderAmount: 'Valor',
  orderBilledTo: 'Faturado para',
  orderNoBillingDetails: 'Ainda não há dados de faturamento.',
  downloadInvoice: 'Baixar fatura',
  preparingInvoice: 'Preparando a fatura…',
  invoiceOpened: (number: string) => `Fatura ${number} aberta em uma nova aba.`,
  invoiceReady: 'A fatura está pronta: abra-a pelo link.',
  openInvoice: 'Abrir fatura',
  invoiceNeedsDetails: 'Adicione um nome e um endereço de faturamento para receber uma fatura.',
  downloadReceipt: 'Baixar recibo',
  receiptOpened: 'Recibo aberto em uma nova aba.',
  receiptReady: 'O recibo está pronto: abra-o pelo link.',
  openReceipt: 'Abrir recibo',
  editBillingDetails: 'Editar dados de faturamento',
  billingDetailsLegend: 'Dados de faturamento da fatura',
  billingSaved: 'Dados de faturamento salvos.',
  retryPayment: 'Pagar agora',
  retryProcessing:
    'Seu banco ainda está processando o pagamento. Esta página será atualizada quando ele for concluído.',
  nextAttempt: (date: string) => `Tentaremos novamente em ${date}.`,
  preparingReceipt: 'Preparando o recibo…',
  receiptTooLong: 'O recibo ainda está sendo preparado. Tente novamente em um minuto.',
  walletCredit: (amount: string) =>
    `Você tem ${amount} de crédito: esse valor será descontado das suas próximas faturas.`,
  walletDebt: (amount: string) =>
    `Você deve ${amount}: esse valor será adicionado à sua próxima fatura.`,
};
