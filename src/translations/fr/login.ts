import type { login as en } from '../../locales/en/login.js';

/** French plural categories: 0 and 1 take the singular. */
const plural = new Intl.PluralRules('fr');

/**
 * French terms: login.
 * Typography: \u00a0 (no-break space) before “:”, \u202f (narrow no-break space) before
 * “;”, “?”, “!” and inside « », written as escapes so the spaces stay visible.
 */
export const login: typeof en = {
  signInHeading: 'Connectez-vous à votre compte',
  emailLabel: 'Adresse e-mail',
  emailHint:
    'Nous vous enverrons par e-mail un code de connexion. Aucun mot de passe n’est nécessaire.',
  sendCode: 'Envoyer le code',
  sending: 'Envoi en cours…',
  chooseHeading: 'Choisissez un compte',
  chooseLegend:
    'Cette adresse e-mail est associée à plusieurs comptes. Lequel souhaitez-vous ouvrir\u202f?',
  unnamedAccount: 'Compte sans nom',
  continue: 'Continuer',
  codeHeading: 'Consultez votre messagerie',
  codeSentTo: (email: string) => `Nous avons envoyé un code à ${email}.`,
  codeLabel: 'Code de connexion',
  codeHint: 'Saisissez le code à 6\u00a0caractères reçu par e-mail.',
  verify: 'Se connecter',
  verifying: 'Connexion en cours…',
  resendCode: 'Envoyer un nouveau code',
  resendIn: (seconds: number) => `Envoyer un nouveau code dans ${seconds}\u00a0s`,
  newCodeSent: (email: string) => `Un nouveau code vient d’être envoyé à ${email}.`,
  useAnotherEmail: 'Utiliser une autre adresse e-mail',
  signedInAs: (name: string) => `Connecté en tant que ${name}`,
  signOut: 'Se déconnecter',
  signedOut: 'Vous êtes maintenant déconnecté.',
  errorWrongCode:
    'Ce code est incorrect ou a expiré. Consultez le dernier e-mail reçu ou demandez un nouveau code.',
  errorInvalidEmail: 'Saisissez une adresse e-mail valide, par exemple nom@example.com.',
  tryAgainIn: (time: string) => `Réessayez dans ${time}`,
  errorSignInBlocked: (minutes: number) =>
    `Trop de tentatives de connexion. La connexion peut être bloquée pendant ${minutes}\u00a0${plural.select(minutes) === 'one' ? 'minute' : 'minutes'} au maximum.`,
};
