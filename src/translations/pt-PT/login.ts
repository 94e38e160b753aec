import type { login as en } from '../../locales/en/login.js';

/** European Portuguese terms: login. */
export const login: typeof en = {
  signInHeading: 'Inicie sessão na sua conta',
  emailLabel: 'Email',
  emailHint:
    'Vamos enviar-lhe um código por email para iniciar sessão. Não precisa de palavra-passe.',
  sendCode: 'Enviar código',
  sending: 'A enviar…',
  chooseHeading: 'Escolha uma conta',
  chooseLegend: 'Este email pertence a várias contas. Qual pretende abrir?',
  unnamedAccount: 'Conta sem nome',
  continue: 'Continuar',
  codeHeading: 'Consulte o seu email',
  codeSentTo: (email: string) => `Enviámos um código para ${email}.`,
  codeLabel: 'Código de acesso',
  codeHint: 'Introduza o código de 6 caracteres que recebeu por email.',
  verify: 'Iniciar sessão',
  verifying: 'A iniciar sessão…',
  resendCode: 'Enviar novo código',
  resendIn: (seconds: number) => `Enviar novo código dentro de ${seconds} s`,
  newCodeSent: (email: string) => `Está a caminho um novo código para ${email}.`,
  useAnotherEmail: 'Usar outro email',
  signedInAs: (name: string) => `Sessão iniciada como ${name}`,
  signOut: 'Terminar sessão',
  signedOut: 'Terminou a sessão.',
  errorWrongCode:
    'Este código está incorreto ou expirou. Consulte o email mais recente ou envie um novo código.',
  errorInvalidEmail: 'Introduza um endereço de email válido, como nome@exemplo.com.',
  tryAgainIn: (time: string) => `Tente novamente dentro de ${time}`,
  errorSignInBlocked: (minutes: number) =>
    `Demasiadas tentativas de início de sessão. O início de sessão pode ficar bloqueado até ${minutes} ${minutes === 1 ? 'minuto' : 'minutos'}.`,
};
