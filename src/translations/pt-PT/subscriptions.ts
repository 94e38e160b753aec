import type { subscriptions as en } from '../../locales/en/subscriptions.js';

const seatWord = (seats: number) => (seats === 1 ? 'licença' : 'licenças');

/** European Portuguese terms: subscriptions. */
export const subscriptions: typeof en = {
  subscriptionsHeading: 'Subscrições',
  subscriptionsEmpty: 'Ainda não tem subscrições.',
  subscriptionsLoading: 'A carregar as suas subscrições…',
  subscriptionsLoaded: (count: number) =>
    count === 1 ? '1 subscrição carregada.' : `${count} subscrições carregadas.`,
  signInToSee: 'Inicie sessão para ver as suas subscrições.',
  statusActive: 'Ativa',
  statusTrialing: 'Em teste',
  statusPastDue: 'Em atraso',
  statusCanceled: 'Cancelada',
  statusOther: (status: string) => status,
  cancelsOn: (date: string) => `Termina a ${date}`,
  trialEndsOn: (date: string) => `O período de teste termina a ${date}`,
  renewsOn: (date: string) => `Renova-se a ${date}`,
  endedOn: (date: string) => `Terminou a ${date}`,
  cancelSubscription: 'Cancelar subscrição',
  cancelHeading: (name: string) => `Cancelar ${name}?`,
  cancelConsequence: (date: string) => `Mantém o acesso até ${date}. Não haverá mais cobranças.`,
  cancelTrialConsequence: (date: string) =>
    `O seu período de teste termina a ${date} e nada será cobrado. Mantém o acesso até lá.`,
  cancelReasonLegend: 'Porque está a cancelar? (opcional)',
  reason_too_expensive: 'Demasiado caro',
  reason_missing_features: 'Faltam funcionalidades',
  reason_switched_service: 'Mudei para outro serviço',
  reason_unused: 'Não uso o suficiente',
  reason_customer_service: 'Apoio ao cliente',
  reason_low_quality: 'A qualidade ficou abaixo do esperado',
  reason_too_complex: 'Demasiado complicado',
  reason_other: 'Outro motivo',
  cancelComment: 'Quer dizer-nos mais alguma coisa? (opcional)',
  keepSubscription: 'Manter subscrição',
  confirmCancel: 'Cancelar subscrição',
  cancelling: 'A cancelar…',
  canceledAnnouncement: (name: string, date: string) => `${name} termina a ${date}.`,
  resumeSubscription: 'Reativar subscrição',
  resuming: 'A reativar…',
  resumedAnnouncement: (name: string) => `${name} continua a renovar-se normalmente.`,
  changePlan: 'Mudar de plano',
  changePlanHeading: (name: string) => `Alterar ${name}`,
  choosePlanLegend: 'Escolha um plano',
  currentPlan: '(plano atual)',
  previewLoading: 'A calcular o preço…',
  previewTax: 'IVA',
  previewTotal: 'Total',
  confirmChange: 'Mudar de plano',
  changing: 'A alterar…',
  changedAnnouncement: (name: string) => `O seu plano é agora ${name}.`,
  changeSeats: 'Alterar licenças',
  changeSeatsHeading: (name: string) => `Licenças de ${name}`,
  seatsField: 'Número de licenças',
  seatsAtLeast: (min: number) => `No mínimo ${min}.`,
  seatsBetween: (min: number, max: number) => `Entre ${min} e ${max}.`,
  confirmSeats: 'Alterar licenças',
  seatsChangedAnnouncement: (name: string, seats: number) =>
    `${name} tem agora ${seats} ${seatWord(seats)}.`,
  startedOn: 'Início',
  currentPeriod: 'Período atual',
  periodRange: (start: string, end: string) => `${start} – ${end}`,
  nextCharge: 'Próxima cobrança',
  nextChargeOn: (amount: string, date: string) => `${amount} a ${date}`,
  nextChargeDiscounted: (amount: string, date: string, discount: string) =>
    `${amount} a ${date}, após um desconto de ${discount}`,
  noFurtherCharges: 'Sem mais cobranças',
  pendingChange: 'Alteração agendada',
  pendingSeats: (seats: number, date: string) => `${seats} ${seatWord(seats)} a partir de ${date}`,
  pendingPlan: (date: string) => `Novo plano a partir de ${date}`,
  cancellationReason: 'Motivo do cancelamento',
  cancellationComment: 'O seu comentário',
  usageHeading: 'Utilização neste período',
  usageMeter: 'Medidor',
  usageConsumed: 'Utilizado',
  usageCredited: 'Incluído',
  usageAmount: 'Montante',
  statusCancelsOn: (date: string) => `Termina a ${date}`,
  statusTrialEndsOn: (date: string) => `Período de teste termina a ${date}`,
  statusPausedUntil: (date: string) => `Em pausa até ${date}`,
  statusPaused: 'Em pausa',
  statusChangesTo: (what: string, date: string) => `Muda para ${what} a ${date}`,
  changeSeatsWhat: (seats: number) => `${seats} ${seatWord(seats)}`,
  changePlanWhat: (name: string, seats: number) => `${name}, ${seats} ${seatWord(seats)}`,
  cancelScheduledChange: 'Cancelar alteração agendada',
  cancellingScheduledChange: 'A cancelar a alteração…',
  scheduledChangeCancelled: (name: string) =>
    `A alteração agendada foi cancelada: ${name} mantém-se como está.`,
  trialNoCard: (date: string) =>
    `Adicione um cartão antes de o período de teste terminar, a ${date}, para manter a sua subscrição.`,
  addCard: 'Adicionar cartão',
  updatePaymentMethod: 'Atualizar método de pagamento',
  paymentDeclined: (card: string) =>
    `O seu ${card} foi recusado, por isso nada foi alterado. Atualize o seu método de pagamento e tente novamente.`,
  paymentNeedsAuthentication: (card: string) =>
    `O seu banco quer confirmar esta cobrança no seu ${card}, o que não é possível numa mudança de plano, por isso nada foi alterado. Utilize outro cartão e tente novamente.`,
  yourCard: 'cartão',
  paymentMissing:
    'Não há nenhum cartão para cobrar, por isso nada foi alterado. Adicione um método de pagamento e tente novamente.',
  cardName: (brand: string, last4: string) => `cartão ${brand} terminado em ${last4}`,
  previewFirstPeriod: (name: string) => `${name}, primeiro período`,
  previewSubtotal: 'Subtotal',
  previewDiscount: 'Desconto',
  previewBalanceUsed: 'Do seu saldo',
  previewBalanceOwed: 'Saldo em dívida',
  previewDueToday: 'A pagar hoje',
  previewAddedToNext: 'Adicionado à sua próxima fatura',
  previewCreditToBalance: (amount: string) =>
    `O valor de ${amount} vai para o seu saldo e será descontado nas suas próximas faturas.`,
  previewNothingToday: (date: string) =>
    `Nada é cobrado hoje: este valor será adicionado à sua fatura de ${date}.`,
  previewScheduled: (date: string) => `A alteração entra em vigor a ${date}. Nada é cobrado agora.`,
  previewTrialContinues: (date: string) =>
    `O seu período de teste continua até ${date}. Nada será cobrado antes disso.`,
  previewTrialEnds: (name: string) => `Isto termina agora o seu período de teste e inicia ${name}.`,
  nextInvoiceOn: (date: string, amount: string) => `Próxima fatura a ${date}: ${amount}`,
  nextInvoiceBeforeTax: (date: string, amount: string) =>
    `Próxima fatura a ${date}: ${amount} sem IVA`,
  consentNow: (amount: string) => `Aceito que me seja cobrado o valor de ${amount} agora.`,
  consentNoCharge: 'Aceito esta alteração. Nada é cobrado agora.',
  consentCredit: (amount: string) =>
    `Aceito esta alteração. Nada é cobrado agora; o valor de ${amount} vai para o meu saldo.`,
  consentNextInvoice: (amount: string, date: string) =>
    `Aceito que o valor de ${amount} seja adicionado à minha próxima fatura, a ${date}. Nada é cobrado hoje.`,
  consentNextInvoiceCredit: (amount: string, date: string) =>
    `Aceito esta alteração: o valor de ${amount} será descontado na minha próxima fatura, a ${date}. Nada é cobrado hoje.`,
  consentScheduled: (date: string) =>
    `Aceito a alteração a partir de ${date}. Nada é cobrado agora.`,
  consentTrialContinues: (date: string) =>
    `Aceito a alteração. O meu período de teste continua até ${date}; nada é cobrado antes disso.`,
  consentTrialEnds: (amount: string, name: string) =>
    `Aceito que isto termine o meu período de teste e autorizo a cobrança de ${amount} agora por ${name}.`,
  confirmEndTrial: 'Mudar de plano e terminar o teste',
  changePlanNew: 'um novo plano',
  changeScheduledAnnouncement: (name: string, date: string) =>
    `${name} muda a ${date}. Nada foi cobrado.`,
  statusPausesOn: (date: string) => `Entra em pausa a ${date}`,
  pausesOn: (date: string) => `Entra em pausa a ${date}, até a retomar`,
  pausesOnResumesOn: (date: string, resumes: string) =>
    `Entra em pausa a ${date} e é retomada a ${resumes}`,
  resumesOn: (date: string) => `Retomada a ${date}`,
  pausedUntilResumed: 'Em pausa até a retomar',
  pauseSubscription: 'Pausar subscrição',
  pauseHeading: (name: string) => `Pausar ${name}?`,
  pauseConsequence: (date: string) =>
    `Mantém-se ativa até ${date}. Depois, entra em pausa: não há cobranças e os benefícios ficam suspensos até ser retomada.`,
  resumeDateField: 'Data de retoma (opcional)',
  resumeDateHint: (date: string) =>
    `Um dia depois de ${date}. Deixe em branco para que fique em pausa até a retomar manualmente.`,
  resumeAfter: (date: string) => `Escolha um dia depois de ${date}.`,
  keepSubscriptionRunning: 'Manter ativa',
  confirmPause: 'Pausar subscrição',
  pausing: 'A pausar…',
  pausedAnnouncement: (name: string, date: string) =>
    `${name} entra em pausa a ${date} e fica assim até a retomar.`,
  pausedUntilAnnouncement: (name: string, date: string, resumes: string) =>
    `${name} entra em pausa a ${date} e volta a ${resumes}.`,
  cancelScheduledPause: 'Cancelar pausa agendada',
  cancellingPause: 'A cancelar a pausa…',
  pauseCancelledAnnouncement: (name: string) =>
    `${name} já não vai entrar em pausa: continua a renovar-se normalmente.`,
  resumePause: 'Retomar agora',
  resumePauseHeading: (name: string) => `Retomar ${name} agora?`,
  resumePauseConsequence: (price: string, date: string) =>
    `Um novo período começa hoje e é cobrado agora: ${price}, mais IVA, quando aplicável. A renovação seguinte é a ${date}.`,
  confirmResumePause: 'Retomar e pagar',
  keepPaused: 'Manter em pausa',
  resumedPauseAnnouncement: (name: string, date: string) =>
    `A subscrição de ${name} está novamente ativa e renova-se a ${date}.`,
  resumeNeedsCard: 'Adicione um método de pagamento antes de retomar esta subscrição.',
  cancelChangeHeading: 'Cancelar a alteração agendada?',
  cancelChangeConsequence: (name: string, date: string) =>
    `${name} renova-se a ${date} sem alterações.`,
  keepScheduledChange: 'Manter a alteração',
  pastDueSince: (date: string) => `Pagamento em atraso desde ${date}`,
  pastDueNotice: (amount: string) =>
    `O seu último pagamento de ${amount} falhou. Pague agora ou atualize o seu cartão para manter a sua subscrição.`,
  pastDueNoticeNoAmount:
    'O seu último pagamento falhou. Atualize o seu cartão para manter a sua subscrição.',
  pastDueNextCharge: 'Em atraso: regularize primeiro o pagamento falhado',
  payNow: 'Pagar agora',
  cancelPastDue:
    'O seu último pagamento não foi aceite. Se cancelar agora, a sua subscrição termina de imediato e não haverá mais tentativas de pagamento.',
  cancelPastDueOutstanding: (amount: string) =>
    `O seu último pagamento não foi aceite. Se cancelar agora, a sua subscrição termina de imediato: o valor de ${amount} ainda em dívida não será cobrado.`,
  confirmCancelNow: 'Cancelar agora',
  canceledNowAnnouncement: (name: string) => `A subscrição de ${name} terminou.`,
};
