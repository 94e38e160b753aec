import type { subscriptions as en } from '../../locales/en/subscriptions.js';

/** Spanish terms: subscriptions. */
export const subscriptions: typeof en = {
  subscriptionsHeading: 'Suscripciones',
  subscriptionsEmpty: 'Todavía no tienes suscripciones.',
  subscriptionsLoading: 'Cargando tus suscripciones…',
  subscriptionsLoaded: (count: number) =>
    count === 1 ? '1 suscripción cargada.' : `${count} suscripciones cargadas.`,
  signInToSee: 'Inicia sesión para ver tus suscripciones.',
  statusActive: 'Activa',
  statusTrialing: 'Prueba',
  statusPastDue: 'Pago vencido',
  statusCanceled: 'Cancelada',
  statusOther: (status: string) => status,
  cancelsOn: (date: string) => `Se cancela el ${date}`,
  trialEndsOn: (date: string) => `La prueba termina el ${date}`,
  renewsOn: (date: string) => `Se renueva el ${date}`,
  endedOn: (date: string) => `Terminó el ${date}`,
  cancelSubscription: 'Cancelar suscripción',
  cancelHeading: (name: string) => `¿Cancelar ${name}?`,
  cancelConsequence: (date: string) =>
    `Mantienes el acceso hasta el ${date}. No se te volverá a cobrar.`,
  cancelReasonLegend: '¿Por qué cancelas? (opcional)',
  reason_too_expensive: 'Demasiado caro',
  reason_missing_features: 'Faltan funciones',
  reason_switched_service: 'Me cambié a otro servicio',
  reason_unused: 'No lo uso lo suficiente',
  reason_customer_service: 'Atención al cliente',
  reason_low_quality: 'La calidad fue menor de lo esperado',
  reason_too_complex: 'Demasiado complicado',
  reason_other: 'Otro motivo',
  cancelComment: '¿Algo más que quieras contarnos? (opcional)',
  keepSubscription: 'Mantener suscripción',
  confirmCancel: 'Cancelar suscripción',
  cancelling: 'Cancelando…',
  canceledAnnouncement: (name: string, date: string) => `${name} terminará el ${date}.`,
  resumeSubscription: 'Reanudar suscripción',
  resuming: 'Reanudando…',
  resumedAnnouncement: (name: string) => `${name} se renovará como siempre.`,
  changePlan: 'Cambiar de plan',
  changePlanHeading: (name: string) => `Cambiar ${name}`,
  choosePlanLegend: 'Elige un plan',
  currentPlan: '(plan actual)',
  previewLoading: 'Calculando el precio…',
  previewTax: 'Impuestos',
  previewTotal: 'Total',
  confirmChange: 'Cambiar de plan',
  changing: 'Cambiando…',
  changedAnnouncement: (name: string) => `Tu plan ahora es ${name}.`,
  changeSeats: 'Cambiar plazas',
  changeSeatsHeading: (name: string) => `Plazas de ${name}`,
  seatsField: 'Número de plazas',
  seatsAtLeast: (min: number) => `Al menos ${min}.`,
  seatsBetween: (min: number, max: number) => `Entre ${min} y ${max}.`,
  confirmSeats: 'Cambiar plazas',
  seatsChangedAnnouncement: (name: string, seats: number) =>
    `${name} tiene ahora ${seats} ${seats === 1 ? 'plaza' : 'plazas'}.`,
  startedOn: 'Inicio',
  currentPeriod: 'Periodo actual',
  periodRange: (start: string, end: string) => `${start} – ${end}`,
  nextCharge: 'Próximo cargo',
  nextChargeOn: (amount: string, date: string) => `${amount} el ${date}`,
  nextChargeDiscounted: (amount: string, date: string, discount: string) =>
    `${amount} el ${date}, con un descuento de ${discount}`,
  noFurtherCharges: 'Sin más cargos',
  pendingChange: 'Cambio programado',
  pendingSeats: (seats: number, date: string) => `${seats} plazas desde el ${date}`,
  pendingPlan: (date: string) => `Nuevo plan desde el ${date}`,
  cancellationReason: 'Motivo de la cancelación',
  cancellationComment: 'Tu comentario',
  usageHeading: 'Uso en este periodo',
  usageMeter: 'Contador',
  usageConsumed: 'Usado',
  usageCredited: 'Incluido',
  usageAmount: 'Cargo',
  statusCancelsOn: (date: string) => `Se cancela el ${date}`,
  statusTrialEndsOn: (date: string) => `La prueba termina el ${date}`,
  statusPausedUntil: (date: string) => `En pausa hasta el ${date}`,
  statusPaused: 'En pausa',
  statusChangesTo: (what: string, date: string) => `Cambia a ${what} el ${date}`,
  changeSeatsWhat: (seats: number) => `${seats} ${seats === 1 ? 'puesto' : 'puestos'}`,
  changePlanWhat: (name: string, seats: number) =>
    `${name}, ${seats} ${seats === 1 ? 'puesto' : 'puestos'}`,
  cancelScheduledChange: 'Anular el cambio programado',
  cancellingScheduledChange: 'Anulando el cambio…',
  scheduledChangeCancelled: (name: string) =>
    `Se anuló el cambio programado: ${name} sigue como está.`,
  trialNoCard: (date: string) =>
    `Añade una tarjeta antes de que termine tu prueba el ${date} para mantener tu suscripción.`,
  addCard: 'Añadir una tarjeta',
  updatePaymentMethod: 'Actualizar el método de pago',
  paymentDeclined: (card: string) =>
    `Se rechazó tu ${card}, así que no se cambió nada. Actualiza tu método de pago y vuelve a intentarlo.`,
  paymentNeedsAuthentication: (card: string) =>
    `Tu banco quiere confirmar este cargo a tu ${card}, algo que no se puede hacer en un cambio de plan, así que no se cambió nada. Usa otra tarjeta y vuelve a intentarlo.`,
  yourCard: 'tarjeta',
  paymentMissing:
    'No hay ninguna tarjeta a la que cobrar, así que no se cambió nada. Añade un método de pago y vuelve a intentarlo.',
  cardName: (brand: string, last4: string) => `tarjeta ${brand} terminada en ${last4}`,
  previewFirstPeriod: (name: string) => `${name}, primer periodo`,
  previewSubtotal: 'Subtotal',
  previewDiscount: 'Descuento',
  previewBalanceUsed: 'De tu saldo',
  previewBalanceOwed: 'Saldo pendiente',
  previewDueToday: 'A pagar hoy',
  previewAddedToNext: 'Se suma a tu próxima factura',
  previewCreditToBalance: (amount: string) =>
    `${amount} pasan a tu saldo y se descuentan de tus próximas facturas.`,
  previewNothingToday: (date: string) => `Hoy no se cobra nada: se suma a tu factura del ${date}.`,
  previewScheduled: (date: string) => `El cambio se aplica el ${date}. Ahora no se cobra nada.`,
  previewTrialContinues: (date: string) =>
    `Tu prueba sigue hasta el ${date}. No se te cobrará nada antes.`,
  previewTrialEnds: (name: string) => `Esto termina tu prueba ahora y empieza ${name}.`,
  nextInvoiceOn: (date: string, amount: string) => `Próxima factura el ${date}: ${amount}`,
  nextInvoiceBeforeTax: (date: string, amount: string) =>
    `Próxima factura el ${date}: ${amount} más impuestos`,
  consentNow: (amount: string) => `Acepto que se me cobren ${amount} ahora.`,
  consentNoCharge: 'Acepto este cambio. Ahora no se cobra nada.',
  consentCredit: (amount: string) =>
    `Acepto este cambio. Ahora no se cobra nada; ${amount} pasan a mi saldo.`,
  consentNextInvoice: (amount: string, date: string) =>
    `Acepto que se sumen ${amount} a mi próxima factura del ${date}. Hoy no se cobra nada.`,
  consentNextInvoiceCredit: (amount: string, date: string) =>
    `Acepto este cambio: se descuentan ${amount} de mi próxima factura del ${date}. Hoy no se cobra nada.`,
  consentScheduled: (date: string) =>
    `Acepto el cambio a partir del ${date}. Ahora no se cobra nada.`,
  consentTrialContinues: (date: string) =>
    `Acepto el cambio. Mi prueba sigue hasta el ${date}; no se cobra nada antes.`,
  consentTrialEnds: (amount: string, name: string) =>
    `Acepto que esto termine mi prueba y que se me cobren ${amount} ahora por ${name}.`,
  confirmEndTrial: 'Cambiar de plan y terminar la prueba',
  cancelTrialConsequence: (date: string) =>
    `Tu prueba termina el ${date} y no se te cobrará nada. Mantienes el acceso hasta entonces.`,
  changePlanNew: 'un plan nuevo',
  changeScheduledAnnouncement: (name: string, date: string) =>
    `${name} cambia el ${date}. No se cobró nada.`,
  statusPausesOn: (date: string) => `Se pausa el ${date}`,
  pausesOn: (date: string) => `Se pausa el ${date}, hasta que la reanudes`,
  pausesOnResumesOn: (date: string, resumes: string) =>
    `Se pausa el ${date} y se reanuda el ${resumes}`,
  resumesOn: (date: string) => `Se reanuda el ${date}`,
  pausedUntilResumed: 'En pausa hasta que la reanudes',
  pauseSubscription: 'Pausar suscripción',
  pauseHeading: (name: string) => `¿Pausar ${name}?`,
  pauseConsequence: (date: string) =>
    `Sigue activa hasta el ${date}. Después se pausa: no se te cobra y sus beneficios se detienen hasta que se reanude.`,
  resumeDateField: 'Reanudar el (opcional)',
  resumeDateHint: (date: string) =>
    `Un día posterior al ${date}. Déjalo vacío para seguir en pausa hasta que la reanudes tú.`,
  resumeAfter: (date: string) => `Elige un día posterior al ${date}.`,
  keepSubscriptionRunning: 'Mantenerla activa',
  confirmPause: 'Pausar suscripción',
  pausing: 'Pausando…',
  pausedAnnouncement: (name: string, date: string) =>
    `${name} se pausa el ${date}, hasta que la reanudes.`,
  pausedUntilAnnouncement: (name: string, date: string, resumes: string) =>
    `${name} se pausa el ${date} y se reanuda el ${resumes}.`,
  cancelScheduledPause: 'Anular la pausa programada',
  cancellingPause: 'Anulando la pausa…',
  pauseCancelledAnnouncement: (name: string) =>
    `${name} ya no se pausará: se renueva como siempre.`,
  resumePause: 'Reanudar ahora',
  resumePauseHeading: (name: string) => `¿Reanudar ${name} ahora?`,
  resumePauseConsequence: (price: string, date: string) =>
    `Hoy empieza un nuevo periodo que se cobra ahora: ${price}, más los impuestos que correspondan. Se renueva el ${date}.`,
  confirmResumePause: 'Reanudar y pagar',
  keepPaused: 'Seguir en pausa',
  resumedPauseAnnouncement: (name: string, date: string) =>
    `${name} vuelve a estar activa y se renueva el ${date}.`,
  resumeNeedsCard: 'Añade un método de pago antes de reanudar esta suscripción.',
  cancelChangeHeading: '¿Anular el cambio programado?',
  cancelChangeConsequence: (name: string, date: string) =>
    `${name} se renueva el ${date} sin cambios.`,
  keepScheduledChange: 'Mantener el cambio',
  pastDueSince: (date: string) => `Pago vencido desde el ${date}`,
  pastDueNotice: (amount: string) =>
    `Tu último pago de ${amount} no se pudo cobrar. Págalo ahora o actualiza tu tarjeta para conservar tu suscripción.`,
  pastDueNoticeNoAmount:
    'Tu último pago no se pudo cobrar. Actualiza tu tarjeta para conservar tu suscripción.',
  pastDueNextCharge: 'Vencido: primero paga el cobro fallido',
  payNow: 'Pagar ahora',
  cancelPastDue:
    'Tu último pago no se completó. Si cancelas ahora, tu suscripción termina de inmediato y no se harán más intentos de cobro.',
  cancelPastDueOutstanding: (amount: string) =>
    `Tu último pago no se completó. Si cancelas ahora, tu suscripción termina de inmediato: los ${amount} pendientes no se cobran.`,
  confirmCancelNow: 'Cancelar ahora',
  canceledNowAnnouncement: (name: string) => `${name} ha terminado.`,
};
