import type { customer as en } from '../../locales/en/customer.js';

/** Brazilian Portuguese terms: the customer's account. */
export const customer: typeof en = {
  accountHeading: 'Conta',
  accountSignIn: 'Faça login para ver sua conta.',
  accountLoading: 'Carregando sua conta…',
  profileHeading: 'Perfil',
  profileEmail: 'E-mail',
  profileName: 'Nome',
  changeEmail: 'Alterar e-mail',
  newEmailLabel: 'Novo endereço de e-mail',
  sendConfirmation: 'Enviar link de confirmação',
  emailChangeSent: (email: string) =>
    `Enviamos um link para ${email}. Abra-o para confirmar: seu e-mail só muda depois disso. Uma nova solicitação cancela este link.`,
  resendEmailLink: 'Enviar novo link',
  emailLinkResent: (email: string) =>
    `Enviamos um novo link para ${email}. O link enviado antes não funciona mais.`,
  emailChangeCancelsPending: (email: string) =>
    `Ao enviar, o link enviado para ${email} será cancelado.`,
  billingHeading: 'Dados de faturamento',
  billingReadOnly:
    'Somente o proprietário da conta ou um responsável pelo faturamento pode alterar os dados de faturamento.',
  taxId: 'ID fiscal (opcional)',
  taxIdHint: 'Por exemplo, DE123456789. Validado de acordo com o país.',
  billingSavedAnnouncement: 'Dados de faturamento salvos.',
  paymentMethodsHeading: 'Métodos de pagamento',
  paymentMethodsEmpty: 'Nenhum método de pagamento ainda.',
  paymentMethodsForOwners:
    'Os métodos de pagamento são gerenciados pelo proprietário da conta e pelos responsáveis pelo faturamento.',
  cardLabel: (brand: string, last4: string) => `${brand} com final ${last4}`,
  cardExpires: (date: string) => `Validade: ${date}`,
  defaultBadge: 'Padrão',
  makeDefault: 'Definir como padrão',
  makingDefault: 'Salvando…',
  defaultChanged: (card: string) => `${card} agora é seu método de pagamento padrão.`,
  deleteMethod: 'Excluir',
  deleteHeading: (card: string) => `Excluir ${card}?`,
  deleteConsequence: (card: string) =>
    `Ele não será mais usado em cobranças. As assinaturas que ainda precisam de um cartão passam para o ${card}.`,
  deleteDefaultConsequence:
    'Ele é seu método padrão: depois disso, você ficará sem método de pagamento padrão até escolher um.',
  deleteOnlyCard:
    'Este é seu único método de pagamento. Se uma assinatura ainda precisar dele para ser renovada, ele não poderá ser excluído: adicione outro cartão antes ou cancele a assinatura.',
  deleteRefusedInUse:
    'Este cartão ainda é necessário para cobrar uma assinatura. Adicione outro método de pagamento ou cancele a assinatura antes.',
  noDefaultMethod:
    'Você não tem um método de pagamento padrão: escolha um com “Definir como padrão”.',
  deleteConfirm: 'Excluir método de pagamento',
  deleting: 'Excluindo…',
  keepMethod: 'Manter',
  deletedAnnouncement: (card: string) => `${card} foi excluído.`,
  addMethod: 'Adicionar método de pagamento',
  addedAnnouncement: (card: string) => `${card} foi adicionado.`,
  addNeeds3ds: 'Este cartão exige 3-D Secure, que não pode ser exibido nesta página.',
  savingCard: 'Salvando cartão…',
};
