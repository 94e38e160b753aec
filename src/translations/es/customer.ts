import type { customer as en } from '../../locales/en/customer.js';

/** Spanish terms: the customer's account. */
export const customer: typeof en = {
  accountHeading: 'Cuenta',
  accountSignIn: 'Inicia sesión para ver tu cuenta.',
  accountLoading: 'Cargando tu cuenta…',
  profileHeading: 'Perfil',
  profileEmail: 'Correo electrónico',
  profileName: 'Nombre',
  changeEmail: 'Cambiar correo',
  newEmailLabel: 'Nueva dirección de correo',
  sendConfirmation: 'Enviar enlace de confirmación',
  emailChangeSent: (email: string) =>
    `Enviamos un enlace a ${email}. Ábrelo para confirmar: tu correo cambia solo cuando lo hagas. Una nueva solicitud anula este enlace.`,
  resendEmailLink: 'Enviar un enlace nuevo',
  emailLinkResent: (email: string) =>
    `Enviamos un enlace nuevo a ${email}. El enlace anterior ya no funciona.`,
  emailChangeCancelsPending: (email: string) => `Al enviar, se anula el enlace enviado a ${email}.`,
  billingHeading: 'Datos de facturación',
  billingReadOnly:
    'Solo el propietario de la cuenta o quien gestiona la facturación puede cambiar estos datos.',
  taxId: 'NIF / número fiscal (opcional)',
  taxIdHint: 'Por ejemplo ESB12345678. Se comprueba con el país.',
  billingSavedAnnouncement: 'Datos de facturación guardados.',
  paymentMethodsHeading: 'Métodos de pago',
  paymentMethodsEmpty: 'Todavía no hay ningún método de pago.',
  paymentMethodsForOwners:
    'Los métodos de pago los gestionan el propietario de la cuenta y quien gestiona la facturación.',
  cardLabel: (brand: string, last4: string) => `${brand} terminada en ${last4}`,
  cardExpires: (date: string) => `Caduca ${date}`,
  defaultBadge: 'Predeterminado',
  makeDefault: 'Usar como predeterminado',
  makingDefault: 'Guardando…',
  defaultChanged: (card: string) => `${card} es ahora tu método de pago predeterminado.`,
  deleteMethod: 'Eliminar',
  deleteHeading: (card: string) => `¿Eliminar ${card}?`,
  deleteConsequence: (card: string) =>
    `Ya no se le cobrará. Las suscripciones que aún necesitan una tarjeta pasan a ${card}.`,
  deleteDefaultConsequence:
    'Es su método predeterminado: después no tendrá ninguno hasta que elija uno.',
  deleteOnlyCard:
    'Es su único método de pago. Si una suscripción aún lo necesita para renovarse, no se puede eliminar: añada antes otra tarjeta o cancele la suscripción.',
  deleteRefusedInUse:
    'Esta tarjeta aún se necesita para cobrar una suscripción. Añada otro método de pago o cancele antes la suscripción.',
  noDefaultMethod:
    'No tiene un método de pago predeterminado: elija uno con «Usar como predeterminado».',
  deleteConfirm: 'Eliminar método de pago',
  deleting: 'Eliminando…',
  keepMethod: 'Mantenerlo',
  deletedAnnouncement: (card: string) => `${card} se eliminó.`,
  addMethod: 'Añadir un método de pago',
  addedAnnouncement: (card: string) => `${card} se añadió.`,
  addNeeds3ds: 'Esta tarjeta pide 3-D Secure, que esta página no puede mostrar.',
  savingCard: 'Guardando tarjeta…',
};
