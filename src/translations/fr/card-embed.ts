import type { cardEmbed as en } from '../../locales/en/card-embed.js';

/**
 * French terms: adding a card through Polar's card embed.
 * Typography: \u00a0 (no-break space) before “:”, \u202f (narrow no-break space) before
 * “;”, “?”, “!” and inside « », written as escapes so the spaces stay visible.
 */
export const cardEmbed: typeof en = {
  cardEmbedHeading: 'Ajouter une carte',
  cardEmbedTitle: 'Formulaire de carte sécurisé de Polar',
  cardEmbedDefaultNote: 'La nouvelle carte deviendra votre moyen de paiement par défaut.',
  cardEmbedLoading: 'Chargement du formulaire de carte sécurisé…',
  cardEmbedSaving: 'Enregistrement de votre carte…',
  cardEmbedOpening: 'Ouverture du formulaire de carte…',
  cardEmbedCancel: 'Annuler',
  cardEmbedRetry: 'Réessayer',
  cardEmbedAdded: 'Votre carte a été ajoutée.',
  cardEmbedRedirectFailed:
    'Votre carte n’a pas pu être ajoutée. Rien n’a été enregistré\u202f; veuillez réessayer.',
  cardEmbedProcessingFailed:
    'La carte n’a pas pu être enregistrée. Vérifiez les informations saisies dans le formulaire ou essayez une autre carte.',
  cardEmbedUnauthorized:
    'Votre session a expiré\u00a0: le formulaire de carte ne peut pas s’ouvrir. Reconnectez-vous.',
  cardEmbedInvalid: 'Le formulaire de carte n’a pas pu s’ouvrir. Réessayez dans un instant.',
  cardEmbedUnknown:
    'Une erreur s’est produite dans le formulaire de carte. Rien n’a été enregistré\u202f; veuillez réessayer.',
  cardEmbedTimeout:
    'Le formulaire de carte ne s’est pas chargé. Vérifiez votre connexion et réessayez (la page bloque peut-être les cadres provenant de Polar).',
  cardEmbedBadOrigin:
    'Impossible d’ajouter une carte ici\u00a0: l’adresse du formulaire de carte n’est pas une origine sécurisée.',
};
