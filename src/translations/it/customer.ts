import type { customer as en } from '../../locales/en/customer.js';

/** Italian terms: the customer's account. */
export const customer: typeof en = {
  accountHeading: 'Account',
  accountSignIn: 'Accedere per visualizzare l’account.',
  accountLoading: 'Caricamento dell’account…',
  profileHeading: 'Profilo',
  profileEmail: 'Email',
  profileName: 'Nome',
  changeEmail: 'Modifica email',
  newEmailLabel: 'Nuovo indirizzo email',
  sendConfirmation: 'Invia link di conferma',
  emailChangeSent: (email: string) =>
    `È stato inviato un link a ${email}. Aprirlo per confermare: l’indirizzo email cambierà solo dopo la conferma. Una nuova richiesta annulla questo link.`,
  resendEmailLink: 'Invia un nuovo link',
  emailLinkResent: (email: string) =>
    `È stato inviato un nuovo link a ${email}. Il link inviato in precedenza non è più valido.`,
  emailChangeCancelsPending: (email: string) =>
    `Il nuovo invio annulla il link inviato a ${email}.`,
  billingHeading: 'Dati di fatturazione',
  billingReadOnly:
    'Solo il titolare dell’account o un responsabile della fatturazione può modificare i dati di fatturazione.',
  taxId: 'Partita IVA (facoltativa)',
  taxIdHint: 'Ad esempio IT12345678901. Viene verificata in base al Paese.',
  billingSavedAnnouncement: 'Dati di fatturazione salvati.',
  paymentMethodsHeading: 'Metodi di pagamento',
  paymentMethodsEmpty: 'Nessun metodo di pagamento registrato.',
  paymentMethodsForOwners:
    'I metodi di pagamento sono gestiti dal titolare dell’account e dai responsabili della fatturazione.',
  cardLabel: (brand: string, last4: string) => `${brand} che termina con ${last4}`,
  cardExpires: (date: string) => `Scadenza: ${date}`,
  defaultBadge: 'Predefinito',
  makeDefault: 'Imposta come predefinito',
  makingDefault: 'Salvataggio…',
  defaultChanged: (card: string) => `${card} è ora il metodo di pagamento predefinito.`,
  deleteMethod: 'Elimina',
  deleteHeading: (card: string) => `Eliminare ${card}?`,
  deleteConsequence: (card: string) =>
    `Non verranno più effettuati addebiti su questo metodo di pagamento. Gli abbonamenti che richiedono ancora una carta passeranno a ${card}.`,
  deleteDefaultConsequence:
    'È il metodo di pagamento predefinito: dopo l’eliminazione non ci sarà alcun metodo predefinito finché non ne verrà scelto un altro.',
  deleteOnlyCard:
    'È l’unico metodo di pagamento. Se un abbonamento ne ha ancora bisogno per il rinnovo, non può essere eliminato: aggiungere prima un’altra carta o annullare l’abbonamento.',
  deleteRefusedInUse:
    'Questa carta è ancora necessaria per l’addebito di un abbonamento. Aggiungere prima un altro metodo di pagamento o annullare l’abbonamento.',
  noDefaultMethod:
    'Nessun metodo di pagamento predefinito: sceglierne uno con «Imposta come predefinito».',
  deleteConfirm: 'Elimina metodo di pagamento',
  deleting: 'Eliminazione…',
  keepMethod: 'Mantieni',
  deletedAnnouncement: (card: string) => `Metodo di pagamento eliminato: ${card}.`,
  addMethod: 'Aggiungi metodo di pagamento',
  addedAnnouncement: (card: string) => `Metodo di pagamento aggiunto: ${card}.`,
  addNeeds3ds:
    'Questa carta richiede la verifica 3-D Secure, che non può essere mostrata in questa pagina.',
  savingCard: 'Salvataggio della carta…',
};
