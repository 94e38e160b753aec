import type { login as en } from '../../locales/en/login.js';

/** Korean terms: login. */
export const login: typeof en = {
  signInHeading: '계정에 로그인',
  emailLabel: '이메일',
  emailHint: '로그인 코드를 이메일로 보내 드립니다. 비밀번호는 필요 없습니다.',
  sendCode: '코드 보내기',
  sending: '보내는 중…',
  chooseHeading: '계정 선택',
  chooseLegend: '이 이메일은 여러 계정에 연결되어 있습니다. 어느 계정을 여시겠습니까?',
  unnamedAccount: '이름 없는 계정',
  continue: '계속',
  codeHeading: '이메일을 확인해 주세요',
  codeSentTo: (email: string) => `${email} 주소로 코드를 보냈습니다.`,
  codeLabel: '로그인 코드',
  codeHint: '이메일로 받은 6자리 코드를 입력해 주세요.',
  verify: '로그인',
  verifying: '로그인 중…',
  resendCode: '새 코드 보내기',
  resendIn: (seconds: number) => `${seconds}초 후 새 코드 보내기`,
  newCodeSent: (email: string) => `${email} 주소로 새 코드를 보냈습니다.`,
  useAnotherEmail: '다른 이메일 사용',
  signedInAs: (name: string) => `${name} 님으로 로그인됨`,
  signOut: '로그아웃',
  signedOut: '로그아웃되었습니다.',
  errorWrongCode:
    '코드가 올바르지 않거나 만료되었습니다. 가장 최근 이메일을 확인하거나 새 코드를 받아 주세요.',
  errorInvalidEmail: 'name@example.com 같은 올바른 이메일 주소를 입력해 주세요.',
  tryAgainIn: (time: string) => `${time} 후 다시 시도`,
  errorSignInBlocked: (minutes: number) =>
    `로그인 시도 횟수가 너무 많습니다. 최대 ${minutes}분 동안 로그인이 차단될 수 있습니다.`,
};
