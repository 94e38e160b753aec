import type { login as en } from '../../locales/en/login.js';

/** Brazilian Portuguese terms: login. */
export const login: typeof en = {
  signInHeading: 'Entre na sua conta',
  emailLabel: 'E-mail',
  emailHint: 'Enviaremos um código por e-mail para você entrar. Não é preciso senha.',
  sendCode: 'Enviar código',
  sending: 'Enviando…',
  chooseHeading: 'Escolha uma conta',
  chooseLegend: 'Este e-mail pertence a várias contas. Qual você quer abrir?',
  unnamedAccount: 'Conta sem nome',
  continue: 'Continuar',
  codeHeading: 'Verifique seu e-mail',
  codeSentTo: (email: string) => `Enviamos um código para ${email}.`,
  codeLabel: 'Código de acesso',
  codeHint: 'Digite o código de 6 caracteres que está no e-mail.',
  verify: 'Entrar',
  verifying: 'Entrando…',
  resendCode: 'Enviar novo código',
  resendIn: (seconds: number) => `Enviar novo código em ${seconds} s`,
  newCodeSent: (email: string) => `Um novo código está a caminho de ${email}.`,
  useAnotherEmail: 'Usar outro e-mail',
  signedInAs: (name: string) => `Conectado como ${name}`,
  signOut: 'Sair',
  signedOut: 'Você saiu da sua conta.',
  errorWrongCode:
    'Este código está incorreto ou expirou. Verifique o e-mail mais recente ou envie um novo código.',
  errorInvalidEmail: 'Digite um endereço de e-mail válido, como nome@exemplo.com.',
  tryAgainIn: (time: string) => `Tente novamente em ${time}`,
  errorSignInBlocked: (minutes: number) =>
    `Muitas tentativas de login. O login pode ficar bloqueado por até ${minutes} ${minutes === 1 ? 'minuto' : 'minutos'}.`,
};
