import type { customer as en } from '../../locales/en/customer.js';

/**
 * French terms: the customer's account.
 * Typography: \u00a0 (no-break space) before “:”, \u202f (narrow no-break space) before
 * “;”, “?”, “!” and inside « », written as escapes so the spaces stay visible.
 */
export const customer: typeof en = {
  accountHeading: 'Compte',
  accountSignIn: 'Connectez-vous pour voir votre compte.',
  accountLoading: 'Chargement de votre compte…',
  profileHeading: 'Profil',
  profileEmail: 'E-mail',
  profileName: 'Nom',
  changeEmail: 'Modifier l’adresse e-mail',
  newEmailLabel: 'Nouvelle adresse e-mail',
  sendConfirmation: 'Envoyer le lien de confirmation',
  emailChangeSent: (email: string) =>
    `Nous avons envoyé un lien à ${email}. Ouvrez-le pour confirmer\u00a0: votre adresse ne change qu’une fois cette étape effectuée. Toute nouvelle demande annule ce lien.`,
  resendEmailLink: 'Envoyer un nouveau lien',
  emailLinkResent: (email: string) =>
    `Nous avons envoyé un nouveau lien à ${email}. Le lien envoyé précédemment ne fonctionne plus.`,
  emailChangeCancelsPending: (email: string) =>
    `Cet envoi annulera le lien déjà envoyé à ${email}.`,
  billingHeading: 'Informations de facturation',
  billingReadOnly:
    'Seul le propriétaire du compte ou un gestionnaire de la facturation peut modifier les informations de facturation.',
  taxId: 'Numéro de TVA (facultatif)',
  taxIdHint: 'Par exemple FR12345678901. Il est vérifié en fonction du pays.',
  billingSavedAnnouncement: 'Informations de facturation enregistrées.',
  paymentMethodsHeading: 'Moyens de paiement',
  paymentMethodsEmpty: 'Aucun moyen de paiement pour le moment.',
  paymentMethodsForOwners:
    'Les moyens de paiement sont gérés par le propriétaire du compte et les gestionnaires de la facturation.',
  cardLabel: (brand: string, last4: string) => `${brand} se terminant par ${last4}`,
  cardExpires: (date: string) => `Expiration\u00a0: ${date}`,
  defaultBadge: 'Par défaut',
  makeDefault: 'Définir par défaut',
  makingDefault: 'Enregistrement…',
  defaultChanged: (card: string) => `${card} est désormais votre moyen de paiement par défaut.`,
  deleteMethod: 'Supprimer',
  deleteHeading: (card: string) => `Supprimer ${card}\u202f?`,
  deleteConsequence: (card: string) =>
    `Ce moyen de paiement ne sera plus débité. Les abonnements qui nécessitent encore une carte passeront sur ${card}.`,
  deleteDefaultConsequence:
    'C’est votre moyen de paiement par défaut\u00a0: une fois supprimé, vous n’en aurez plus jusqu’à ce que vous en choisissiez un autre.',
  deleteOnlyCard:
    'C’est votre seul moyen de paiement. Si un abonnement en a encore besoin pour se renouveler, il ne peut pas être supprimé\u00a0: ajoutez d’abord une autre carte ou résiliez l’abonnement.',
  deleteRefusedInUse:
    'Cette carte est encore nécessaire pour facturer un abonnement. Ajoutez d’abord un autre moyen de paiement ou résiliez l’abonnement.',
  noDefaultMethod:
    'Vous n’avez pas de moyen de paiement par défaut\u00a0: choisissez-en un avec «\u202fDéfinir par défaut\u202f».',
  deleteConfirm: 'Supprimer le moyen de paiement',
  deleting: 'Suppression…',
  keepMethod: 'Le conserver',
  deletedAnnouncement: (card: string) => `Moyen de paiement supprimé\u00a0: ${card}.`,
  addMethod: 'Ajouter un moyen de paiement',
  addedAnnouncement: (card: string) => `Moyen de paiement ajouté\u00a0: ${card}.`,
  addNeeds3ds:
    'Cette carte nécessite une validation 3-D Secure, qui ne peut pas s’afficher sur cette page.',
  savingCard: 'Enregistrement de la carte…',
};
