import type { customer as en } from '../../locales/en/customer.js';

/** European Portuguese terms: the customer's account. */
export const customer: typeof en = {
  accountHeading: 'Conta',
  accountSignIn: 'Inicie sessão para ver a sua conta.',
  accountLoading: 'A carregar a sua conta…',
  profileHeading: 'Perfil',
  profileEmail: 'Email',
  profileName: 'Nome',
  changeEmail: 'Alterar email',
  newEmailLabel: 'Novo endereço de email',
  sendConfirmation: 'Enviar ligação de confirmação',
  emailChangeSent: (email: string) =>
    `Enviámos uma ligação para ${email}. Abra-a para confirmar: o seu email só é alterado depois disso. Um novo pedido cancela esta ligação.`,
  resendEmailLink: 'Enviar nova ligação',
  emailLinkResent: (email: string) =>
    `Enviámos uma nova ligação para ${email}. A ligação enviada anteriormente deixou de funcionar.`,
  emailChangeCancelsPending: (email: string) =>
    `Ao enviar, a ligação enviada para ${email} é cancelada.`,
  billingHeading: 'Dados de faturação',
  billingReadOnly:
    'Apenas o proprietário da conta ou um gestor de faturação pode alterar os dados de faturação.',
  taxId: 'NIF (opcional)',
  taxIdHint: 'Por exemplo, DE123456789. Validado de acordo com o país.',
  billingSavedAnnouncement: 'Dados de faturação guardados.',
  paymentMethodsHeading: 'Métodos de pagamento',
  paymentMethodsEmpty: 'Ainda não há nenhum método de pagamento.',
  paymentMethodsForOwners:
    'Os métodos de pagamento são geridos pelo proprietário da conta e pelos gestores de faturação.',
  cardLabel: (brand: string, last4: string) => `${brand} terminado em ${last4}`,
  cardExpires: (date: string) => `Validade: ${date}`,
  defaultBadge: 'Predefinido',
  makeDefault: 'Tornar predefinido',
  makingDefault: 'A guardar…',
  defaultChanged: (card: string) => `${card} é agora o seu método de pagamento predefinido.`,
  deleteMethod: 'Eliminar',
  deleteHeading: (card: string) => `Eliminar ${card}?`,
  deleteConsequence: (card: string) =>
    `Deixará de ser usado em cobranças. As subscrições que ainda precisam de um cartão passam para o ${card}.`,
  deleteDefaultConsequence:
    'É o seu método predefinido: depois disso, ficará sem método de pagamento predefinido até escolher outro.',
  deleteOnlyCard:
    'É o seu único método de pagamento. Se uma subscrição ainda precisar dele para ser renovada, não pode ser eliminado: adicione primeiro outro cartão ou cancele a subscrição.',
  deleteRefusedInUse:
    'Este cartão ainda é necessário para faturar uma subscrição. Adicione outro método de pagamento ou cancele primeiro a subscrição.',
  noDefaultMethod:
    'Não tem nenhum método de pagamento predefinido: escolha um com “Tornar predefinido”.',
  deleteConfirm: 'Eliminar método de pagamento',
  deleting: 'A eliminar…',
  keepMethod: 'Manter',
  deletedAnnouncement: (card: string) => `${card} foi eliminado.`,
  addMethod: 'Adicionar método de pagamento',
  addedAnnouncement: (card: string) => `${card} foi adicionado.`,
  addNeeds3ds: 'Este cartão requer 3-D Secure, que não pode ser apresentado nesta página.',
  savingCard: 'A guardar o cartão…',
};
