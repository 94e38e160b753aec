import type { login as en } from '../../locales/en/login.js';

/** Japanese terms: login. */
export const login: typeof en = {
  signInHeading: 'アカウントにログイン',
  emailLabel: 'メールアドレス',
  emailHint: 'ログイン用のコードをメールでお送りします。パスワードは不要です。',
  sendCode: 'コードを送信',
  sending: '送信中…',
  chooseHeading: 'アカウントを選択',
  chooseLegend:
    'このメールアドレスは複数のアカウントに登録されています。どのアカウントを開きますか？',
  unnamedAccount: '名前のないアカウント',
  continue: '続行',
  codeHeading: 'メールをご確認ください',
  codeSentTo: (email: string) => `${email}にコードを送信しました。`,
  codeLabel: 'ログインコード',
  codeHint: 'メールに記載された6文字のコードを入力してください。',
  verify: 'ログイン',
  verifying: 'ログイン中…',
  resendCode: 'コードを再送信',
  resendIn: (seconds: number) => `${seconds}秒後に再送信できます`,
  newCodeSent: (email: string) => `${email}に新しいコードを送信しました。`,
  useAnotherEmail: '別のメールアドレスを使用',
  signedInAs: (name: string) => `${name}としてログイン中`,
  signOut: 'ログアウト',
  signedOut: 'ログアウトしました。',
  errorWrongCode:
    'コードが正しくないか、有効期限が切れています。最新のメールを確認するか、新しいコードを送信してください。',
  errorInvalidEmail: '有効なメールアドレスを入力してください（例：name@example.com）。',
  tryAgainIn: (time: string) => `${time}後に再試行できます`,
  errorSignInBlocked: (minutes: number) =>
    `ログインの試行回数が多すぎます。最大${minutes}分間ログインできなくなる場合があります。`,
};
