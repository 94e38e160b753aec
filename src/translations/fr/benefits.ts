import type { benefits as en } from '../../locales/en/benefits.js';

/** French plural categories: 0 and 1 take the singular. */
const plural = new Intl.PluralRules('fr');
const one = (n: number) => plural.select(n) === 'one';

/**
 * French terms: benefits.
 * Typography: \u00a0 (no-break space) before “:”, \u202f (narrow no-break space) before
 * “;”, “?”, “!” and inside « », written as escapes so the spaces stay visible.
 */
export const benefits: typeof en = {
  benefitsHeading: 'Avantages',
  benefitsSignIn: 'Connectez-vous pour voir vos avantages.',
  benefitsLoading: 'Chargement de vos avantages…',
  benefitsEmpty: 'Vous n’avez pas encore d’avantages.',
  group_license_keys: 'Clés de licence',
  group_downloadables: 'Téléchargements',
  group_github_repository: 'Dépôts GitHub',
  group_discord: 'Discord',
  group_custom: 'Notes du vendeur',
  group_meter_credit: 'Crédits',
  group_feature_flag: 'Fonctionnalités',
  group_slack_shared_channel: 'Slack',
  grantRevoked: 'Révoqué',
  grantPending: 'Attribution en cours…',
  licenseKeyLabel: 'Clé de licence',
  revealKey: 'Afficher la clé',
  copyKey: 'Copier',
  keyCopied: 'Clé de licence copiée.',
  copyFailed: 'La copie n’a pas fonctionné ici. Affichez la clé et copiez-la manuellement.',
  keyExpires: (date: string) => `Expire le ${date}`,
  keyActivations: (used: number, limit: number | null) =>
    limit === null
      ? `${used}\u00a0${one(used) ? 'activation' : 'activations'}`
      : `${used}\u00a0${one(used) ? 'activation' : 'activations'} sur ${limit}`,
  keyUsage: (used: number, limit: number) =>
    `${used}\u00a0${one(used) ? 'utilisation' : 'utilisations'} sur ${limit}`,
  activationsHeading: 'Appareils activés',
  activatedOn: (date: string) => `Activé le ${date}`,
  deactivate: 'Désactiver',
  deactivateHeading: (label: string) => `Désactiver ${label}\u202f?`,
  deactivateConsequence:
    'La clé cessera de fonctionner sur cet appareil, et l’activation pourra servir à un autre appareil.',
  deactivateConfirm: 'Désactiver',
  deactivating: 'Désactivation…',
  keepActivation: 'Conserver',
  deactivatedAnnouncement: (label: string) => `${label} a été désactivé.`,
  download: (name: string) => `Télécharger ${name}`,
  noFiles: 'Aucun fichier pour le moment.',
  connectAccount: (platform: string) => `Connecter un compte ${platform}`,
  connecting: 'Ouverture…',
  waitingFor: (platform: string) =>
    `En attente de ${platform}… Terminez dans la fenêtre qui s’est ouverte, puis fermez-la.`,
  showWindow: (platform: string) => `Afficher la fenêtre ${platform}`,
  cancelConnect: 'Annuler',
  connectCanceled: (platform: string) => `La connexion à ${platform} a été annulée.`,
  accountConnected: (platform: string, account: string) =>
    `Compte ${platform} ${account} connecté.`,
  nothingConnected: (platform: string) =>
    `Aucun compte ${platform} n’a été connecté. Réessayez quand vous le souhaitez.`,
  popupBlocked: (platform: string) =>
    `Votre navigateur a bloqué la fenêtre ${platform}. Vous pouvez vous connecter depuis cette page, mais vous la quitterez, et Polar ne vous y ramènera peut-être pas.`,
  continueInPage: (platform: string) => `Continuer vers ${platform} dans cette page`,
  chooseAccount: (platform: string) => `Compte ${platform}`,
  claim: 'Obtenir l’accès',
  claiming: 'Obtention de l’accès…',
  claimedAnnouncement: (name: string) => `Accès accordé\u00a0: ${name}.`,
  grantedTo: (account: string) => `Accordé à ${account}`,
  repository: (name: string) => `Dépôt ${name}`,
  creditsBalance: (balance: string, credited: string) =>
    `Solde\u00a0: ${balance} sur ${credited} pour cette période`,
  featureOn: 'Débloqué',
};
