import type { seats as en } from '../../locales/en/seats.js';

/** French plural categories: 0 and 1 take the singular. */
const plural = new Intl.PluralRules('fr');
const one = (n: number) => plural.select(n) === 'one';

/**
 * French terms: seats.
 * Typography: \u00a0 (no-break space) before “:”, \u202f (narrow no-break space) before
 * “;”, “?”, “!” and inside « », written as escapes so the spaces stay visible.
 */
export const seats: typeof en = {
  seatsHeading: 'Sièges de l’équipe',
  seatsSignIn: 'Connectez-vous pour gérer les sièges de votre équipe.',
  seatsLoading: 'Chargement des sièges…',
  seatsNone: 'Vous n’avez aucun abonnement facturé par siège.',
  seatsEmpty: 'Aucun siège n’est encore attribué.',
  seatsSubscription: 'Abonnement',
  seatsUsed: (used: number, total: number) =>
    `${used}\u00a0${one(used) ? 'siège utilisé' : 'sièges utilisés'} sur ${total}`,
  seatStatusPending: 'Invitation en attente',
  seatStatusClaimed: 'Actif',
  seatFreed: 'Siège libre',
  seatStatusRevoked: 'Révoqué',
  seatInvitedOn: (date: string) => `Invitation envoyée le ${date}`,
  seatClaimedOn: (date: string) => `Membre depuis le ${date}`,
  seatRevokedOn: (date: string) => `Révoqué le ${date}`,
  seatsReadOnly:
    'Seul le propriétaire de l’équipe ou un gestionnaire de la facturation peut modifier les sièges.',
  assignLabel: 'Inviter par e-mail',
  assignHint:
    'Plusieurs adresses à la fois\u00a0: séparez-les par des virgules ou des retours à la ligne.',
  assignButton: 'Envoyer les invitations',
  assigning: 'Envoi en cours…',
  assignInvalid: (emails: string) => `Ces adresses e-mail ne sont pas valides\u00a0: ${emails}`,
  assignEmpty: 'Saisissez au moins une adresse e-mail.',
  assignTooMany: (count: number, free: number) =>
    `${count}\u00a0${one(count) ? 'invitation' : 'invitations'}, mais ${
      free === 0
        ? 'aucun siège n’est libre'
        : one(free)
          ? `seul ${free}\u00a0siège est libre`
          : `seuls ${free}\u00a0sièges sont libres`
    }. Ajoutez des sièges à l’abonnement ou révoquez-en un.`,
  assignNoneFree:
    'Tous les sièges sont occupés. Ajoutez d’abord des sièges à l’abonnement ou révoquez-en un.',
  assignedAnnouncement: (count: number) =>
    count === 1
      ? 'Invitation envoyée.'
      : `${count}\u00a0${one(count) ? 'invitation envoyée' : 'invitations envoyées'}.`,
  assignFailed: (email: string, reason: string) => `${email}\u00a0: ${reason}`,
  resendInvitation: 'Renvoyer l’invitation',
  resending: 'Envoi en cours…',
  resentAnnouncement: (email: string) => `Une nouvelle invitation a été envoyée à ${email}.`,
  revokeSeat: 'Révoquer le siège',
  revokeHeading: (who: string) => `Révoquer le siège de ${who}\u202f?`,
  revokeConsequence: (who: string, product: string) =>
    `${who} perd immédiatement l’accès à ${product} et à ses avantages. Le siège redevient disponible pour quelqu’un d’autre.`,
  keepSeat: 'Conserver le siège',
  revoking: 'Révocation…',
  revokedAnnouncement: (who: string) => `Le siège de ${who} a été révoqué.`,
  seatsNotEnabled:
    'Les sièges d’équipe ne sont pas disponibles\u00a0: ce vendeur n’a pas activé les formules par siège.',
};
