import type { subscriptions as en } from '../../locales/en/subscriptions.js';

const seatWord = (seats: number) => (seats === 1 ? 'licença' : 'licenças');

/** Brazilian Portuguese terms: subscriptions. */
export const subscriptions: typeof en = {
  subscriptionsHeading: 'Assinaturas',
  subscriptionsEmpty: 'Você ainda não tem assinaturas.',
  subscriptionsLoading: 'Carregando suas assinaturas…',
  subscriptionsLoaded: (count: number) =>
    count === 1 ? '1 assinatura carregada.' : `${count} assinaturas carregadas.`,
  signInToSee: 'Faça login para ver suas assinaturas.',
  statusActive: 'Ativa',
  statusTrialing: 'Em teste',
  statusPastDue: 'Em atraso',
  statusCanceled: 'Cancelada',
  statusOther: (status: string) => status,
  cancelsOn: (date: string) => `Termina em ${date}`,
  trialEndsOn: (date: string) => `Período de teste termina em ${date}`,
  renewsOn: (date: string) => `Renovação em ${date}`,
  endedOn: (date: string) => `Encerrada em ${date}`,
  cancelSubscription: 'Cancelar assinatura',
  cancelHeading: (name: string) => `Cancelar ${name}?`,
  cancelConsequence: (date: string) =>
    `Você mantém o acesso até ${date}. Não haverá novas cobranças.`,
  cancelTrialConsequence: (date: string) =>
    `Seu período de teste termina em ${date} e nada será cobrado. Você mantém o acesso até lá.`,
  cancelReasonLegend: 'Por que você está cancelando? (opcional)',
  reason_too_expensive: 'Muito caro',
  reason_missing_features: 'Faltam recursos',
  reason_switched_service: 'Mudei para outro serviço',
  reason_unused: 'Não uso o suficiente',
  reason_customer_service: 'Atendimento ao cliente',
  reason_low_quality: 'A qualidade ficou abaixo do esperado',
  reason_too_complex: 'Complicado demais',
  reason_other: 'Outro motivo',
  cancelComment: 'Quer nos contar mais alguma coisa? (opcional)',
  keepSubscription: 'Manter assinatura',
  confirmCancel: 'Cancelar assinatura',
  cancelling: 'Cancelando…',
  canceledAnnouncement: (name: string, date: string) => `${name} termina em ${date}.`,
  resumeSubscription: 'Reativar assinatura',
  resuming: 'Reativando…',
  resumedAnnouncement: (name: string) => `A renovação de ${name} continua normalmente.`,
  changePlan: 'Mudar de plano',
  changePlanHeading: (name: string) => `Alterar ${name}`,
  choosePlanLegend: 'Escolha um plano',
  currentPlan: '(plano atual)',
  previewLoading: 'Calculando o preço…',
  previewTax: 'Impostos',
  previewTotal: 'Total',
  confirmChange: 'Mudar de plano',
  changing: 'Alterando…',
  changedAnnouncement: (name: string) => `Seu plano agora é ${name}.`,
  changeSeats: 'Alterar licenças',
  changeSeatsHeading: (name: string) => `Licenças de ${name}`,
  seatsField: 'Número de licenças',
  seatsAtLeast: (min: number) => `No mínimo ${min}.`,
  seatsBetween: (min: number, max: number) => `Entre ${min} e ${max}.`,
  confirmSeats: 'Alterar licenças',
  seatsChangedAnnouncement: (name: string, seats: number) =>
    `${name} agora tem ${seats} ${seatWord(seats)}.`,
  startedOn: 'Início',
  currentPeriod: 'Período atual',
  periodRange: (start: string, end: string) => `${start} – ${end}`,
  nextCharge: 'Próxima cobrança',
  nextChargeOn: (amount: string, date: string) => `${amount} em ${date}`,
  nextChargeDiscounted: (amount: string, date: string, discount: string) =>
    `${amount} em ${date}, após um desconto de ${discount}`,
  noFurtherCharges: 'Nenhuma cobrança futura',
  pendingChange: 'Alteração agendada',
  pendingSeats: (seats: number, date: string) => `${seats} ${seatWord(seats)} a partir de ${date}`,
  pendingPlan: (date: string) => `Novo plano a partir de ${date}`,
  cancellationReason: 'Motivo do cancelamento',
  cancellationComment: 'Seu comentário',
  usageHeading: 'Uso neste período',
  usageMeter: 'Medidor',
  usageConsumed: 'Usado',
  usageCredited: 'Incluído',
  usageAmount: 'Valor',
  statusCancelsOn: (date: string) => `Termina em ${date}`,
  statusTrialEndsOn: (date: string) => `Teste termina em ${date}`,
  statusPausedUntil: (date: string) => `Pausada até ${date}`,
  statusPaused: 'Pausada',
  statusChangesTo: (what: string, date: string) => `Muda para ${what} em ${date}`,
  changeSeatsWhat: (seats: number) => `${seats} ${seatWord(seats)}`,
  changePlanWhat: (name: string, seats: number) => `${name}, ${seats} ${seatWord(seats)}`,
  cancelScheduledChange: 'Cancelar alteração agendada',
  cancellingScheduledChange: 'Cancelando a alteração…',
  scheduledChangeCancelled: (name: string) =>
    `A alteração agendada foi cancelada: ${name} continua como está.`,
  trialNoCard: (date: string) =>
    `Adicione um cartão antes do fim do seu período de teste, em ${date}, para manter sua assinatura.`,
  addCard: 'Adicionar cartão',
  updatePaymentMethod: 'Atualizar método de pagamento',
  paymentDeclined: (card: string) =>
    `Seu ${card} foi recusado, então nada foi alterado. Atualize seu método de pagamento e tente novamente.`,
  paymentNeedsAuthentication: (card: string) =>
    `Seu banco quer confirmar esta cobrança no seu ${card}, o que não é possível em uma mudança de plano, então nada foi alterado. Use outro cartão e tente novamente.`,
  yourCard: 'cartão',
  paymentMissing:
    'Não há nenhum cartão para cobrar, então nada foi alterado. Adicione um método de pagamento e tente novamente.',
  cardName: (brand: string, last4: string) => `cartão ${brand} com final ${last4}`,
  previewFirstPeriod: (name: string) => `${name}, primeiro período`,
  previewSubtotal: 'Subtotal',
  previewDiscount: 'Desconto',
  previewBalanceUsed: 'Do seu saldo',
  previewBalanceOwed: 'Saldo devedor',
  previewDueToday: 'A pagar hoje',
  previewAddedToNext: 'Adicionado à sua próxima fatura',
  previewCreditToBalance: (amount: string) =>
    `O valor de ${amount} vai para o seu saldo e será descontado das suas próximas faturas.`,
  previewNothingToday: (date: string) =>
    `Nada é cobrado hoje: este valor será adicionado à sua fatura de ${date}.`,
  previewScheduled: (date: string) =>
    `A alteração entra em vigor em ${date}. Nada é cobrado agora.`,
  previewTrialContinues: (date: string) =>
    `Seu período de teste continua até ${date}. Nada será cobrado antes disso.`,
  previewTrialEnds: (name: string) => `Isso encerra seu período de teste agora e inicia ${name}.`,
  nextInvoiceOn: (date: string, amount: string) => `Próxima fatura em ${date}: ${amount}`,
  nextInvoiceBeforeTax: (date: string, amount: string) =>
    `Próxima fatura em ${date}: ${amount} sem impostos`,
  consentNow: (amount: string) => `Concordo com a cobrança de ${amount} agora.`,
  consentNoCharge: 'Concordo com esta alteração. Nada é cobrado agora.',
  consentCredit: (amount: string) =>
    `Concordo com esta alteração. Nada é cobrado agora; ${amount} vai para o meu saldo.`,
  consentNextInvoice: (amount: string, date: string) =>
    `Concordo que o valor de ${amount} seja adicionado à minha próxima fatura, em ${date}. Nada é cobrado hoje.`,
  consentNextInvoiceCredit: (amount: string, date: string) =>
    `Concordo com esta alteração: o valor de ${amount} será descontado da minha próxima fatura, em ${date}. Nada é cobrado hoje.`,
  consentScheduled: (date: string) =>
    `Concordo com a alteração a partir de ${date}. Nada é cobrado agora.`,
  consentTrialContinues: (date: string) =>
    `Concordo com a alteração. Meu período de teste continua até ${date}; nada é cobrado antes disso.`,
  consentTrialEnds: (amount: string, name: string) =>
    `Concordo que isso encerre meu período de teste e autorizo a cobrança de ${amount} agora por ${name}.`,
  confirmEndTrial: 'Mudar de plano e encerrar teste',
  changePlanNew: 'um novo plano',
  changeScheduledAnnouncement: (name: string, date: string) =>
    `${name} muda em ${date}. Nada foi cobrado.`,
  statusPausesOn: (date: string) => `Entra em pausa em ${date}`,
  pausesOn: (date: string) => `Entra em pausa em ${date}, até você retomá-la`,
  pausesOnResumesOn: (date: string, resumes: string) =>
    `Entra em pausa em ${date} e é retomada em ${resumes}`,
  resumesOn: (date: string) => `Retomada em ${date}`,
  pausedUntilResumed: 'Pausada até você retomá-la',
  pauseSubscription: 'Pausar assinatura',
  pauseHeading: (name: string) => `Pausar ${name}?`,
  pauseConsequence: (date: string) =>
    `Ela continua ativa até ${date}. Depois disso, fica pausada: não há cobranças, e os benefícios ficam suspensos até que ela seja retomada.`,
  resumeDateField: 'Data de retomada (opcional)',
  resumeDateHint: (date: string) =>
    `Um dia depois de ${date}. Deixe em branco para que ela fique pausada até que você a retome.`,
  resumeAfter: (date: string) => `Escolha um dia depois de ${date}.`,
  keepSubscriptionRunning: 'Manter ativa',
  confirmPause: 'Pausar assinatura',
  pausing: 'Pausando…',
  pausedAnnouncement: (name: string, date: string) =>
    `${name} entra em pausa em ${date} e fica assim até você retomar.`,
  pausedUntilAnnouncement: (name: string, date: string, resumes: string) =>
    `${name} entra em pausa em ${date} e volta em ${resumes}.`,
  cancelScheduledPause: 'Cancelar pausa agendada',
  cancellingPause: 'Cancelando a pausa…',
  pauseCancelledAnnouncement: (name: string) =>
    `${name} não entrará mais em pausa: a renovação continua normalmente.`,
  resumePause: 'Retomar agora',
  resumePauseHeading: (name: string) => `Retomar ${name} agora?`,
  resumePauseConsequence: (price: string, date: string) =>
    `Um novo período começa hoje e é cobrado agora: ${price}, mais impostos, quando aplicáveis. A renovação será em ${date}.`,
  confirmResumePause: 'Retomar e pagar',
  keepPaused: 'Manter pausada',
  resumedPauseAnnouncement: (name: string, date: string) =>
    `A assinatura de ${name} está ativa novamente e será renovada em ${date}.`,
  resumeNeedsCard: 'Adicione um método de pagamento antes de retomar esta assinatura.',
  cancelChangeHeading: 'Cancelar a alteração agendada?',
  cancelChangeConsequence: (name: string, date: string) =>
    `${name} se renova em ${date} sem alterações.`,
  keepScheduledChange: 'Manter a alteração',
  pastDueSince: (date: string) => `Pagamento em atraso desde ${date}`,
  pastDueNotice: (amount: string) =>
    `Seu último pagamento de ${amount} falhou. Pague agora ou atualize seu cartão para manter sua assinatura.`,
  pastDueNoticeNoAmount:
    'Seu último pagamento falhou. Atualize seu cartão para manter sua assinatura.',
  pastDueNextCharge: 'Em atraso: pague primeiro a cobrança que falhou',
  payNow: 'Pagar agora',
  cancelPastDue:
    'Seu último pagamento não foi aprovado. Ao cancelar agora, sua assinatura termina imediatamente e não haverá novas tentativas de pagamento.',
  cancelPastDueOutstanding: (amount: string) =>
    `Seu último pagamento não foi aprovado. Ao cancelar agora, sua assinatura termina imediatamente: o valor de ${amount} ainda devido não será cobrado.`,
  confirmCancelNow: 'Cancelar agora',
  canceledNowAnnouncement: (name: string) => `A assinatura de ${name} foi encerrada.`,
};
