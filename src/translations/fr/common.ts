import type { common as en } from '../../locales/en/common.js';

/** French plural categories: 0 and 1 take the singular. */
const plural = new Intl.PluralRules('fr');

/**
 * French terms: common.
 * Typography: \u00a0 (no-break space) before “:”, \u202f (narrow no-break space) before
 * “;”, “?”, “!” and inside « », written as escapes so the spaces stay visible.
 */
export const common: typeof en = {
  errorRateLimited: (minutes: number) => `Trop de tentatives. Réessayez dans ${minutes}\u00a0min.`,
  errorNetwork: 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
  errorGeneric: (message: string) => `Une erreur s’est produite\u00a0: ${message}`,
  retry: 'Réessayer',
  loading: 'Chargement…',
  organizationUnknown: (slug: string) =>
    `Aucune organisation «\u202f${slug}\u202f» n’existe à cette adresse.`,
  loadFailed: (message: string) => `Impossible de charger ce contenu\u00a0: ${message}`,
  perInterval: (price: string, interval: string) => `${price} / ${interval}`,
  intervalDay: 'jour',
  intervalWeek: 'semaine',
  intervalMonth: 'mois',
  intervalYear: 'an',
  seatsCount: (count: number) =>
    plural.select(count) === 'one' ? `${count}\u00a0siège` : `${count}\u00a0sièges`,
  previousPage: 'Précédent',
  nextPage: 'Suivant',
  pageOf: (page: number, pages: number) => `Page ${page} sur ${pages}`,
  close: 'Fermer',
  pagination: 'Pages',
  errorForbidden:
    'Votre rôle dans ce compte ne permet pas cette action. Adressez-vous à son propriétaire ou à un gestionnaire de la facturation.',
  save: 'Enregistrer',
  saving: 'Enregistrement…',
  dismiss: 'Annuler',
  billingName: 'Nom de facturation',
  addressLine1: 'Adresse',
  addressLine2: 'Complément d’adresse (facultatif)',
  postalCode: 'Code postal',
  city: 'Ville',
  region: 'État ou région',
  usState: 'État',
  province: 'Province',
  chooseOne: 'Sélectionnez',
  country: 'Pays',
  chooseCountry: 'Sélectionnez un pays',
  details: 'Détails',
  fixErrors: 'Veuillez vérifier les champs signalés.',
  linkRefused: 'Ce lien a été bloqué\u00a0: son adresse n’est pas une adresse sécurisée (https).',
  dismissOutcome: 'Fermer',
  dismissMessage: 'Fermer ce message',
  copied: 'Copié',
  sessionEnded: 'Votre session a expiré. Reconnectez-vous pour reprendre là où vous en étiez.',
  signInAgain: 'Se reconnecter',
  fieldRequired: 'Ce champ est obligatoire.',
  invalidUsState: 'Choisissez un État américain dans la liste.',
  invalidCaProvince: 'Choisissez une province ou un territoire canadien dans la liste.',
  invalidCountry: 'Choisissez un pays dans la liste.',
  countryNotSupported: 'La facturation n’est pas possible pour les adresses de ce pays.',
  countryLocked:
    'Le pays d’une commande ne peut pas être modifié\u00a0: c’est lui qui a déterminé les taxes appliquées.',
  stateLocked:
    'L’État d’une commande ne peut pas être modifié\u00a0: c’est lui qui a déterminé les taxes appliquées.',
  addressCannotBeRemoved:
    'Une adresse de facturation enregistrée peut être modifiée, mais pas supprimée.',
  invalidTaxId: 'Ce numéro de TVA n’est pas valide pour le pays de l’adresse.',
  taxIdNeedsCountry: 'Indiquez le pays de l’adresse pour que le numéro de TVA puisse être vérifié.',
  invalidUsZip:
    'Saisissez un code ZIP américain\u00a0: 5\u00a0chiffres, ou 5+4, par exemple 12345-6789.',
  invalidCaPostal: 'Saisissez un code postal canadien, par exemple K1A 0B1.',
  invalidEmail: 'Saisissez une adresse e-mail valide.',
  sameEmail: 'C’est déjà votre adresse e-mail.',
  teamEmail: 'L’adresse e-mail d’une équipe ne peut pas être modifiée ici.',
  invalidCharacters: 'Ce champ contient des caractères non autorisés.',
  errorRateLimitedWait: 'Trop de requêtes. Veuillez patienter avant de réessayer.',
};
