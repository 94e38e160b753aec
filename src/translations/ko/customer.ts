import type { customer as en } from '../../locales/en/customer.js';

/** Korean terms: the customer's account. */
export const customer: typeof en = {
  accountHeading: '계정',
  accountSignIn: '계정을 보려면 로그인해 주세요.',
  accountLoading: '계정 정보를 불러오는 중…',
  profileHeading: '프로필',
  profileEmail: '이메일',
  profileName: '이름',
  changeEmail: '이메일 변경',
  newEmailLabel: '새 이메일 주소',
  sendConfirmation: '확인 링크 보내기',
  emailChangeSent: (email: string) =>
    `${email} 주소로 링크를 보냈습니다. 링크를 열어 확인해야 이메일이 변경됩니다. 새로 요청하면 이 링크는 무효가 됩니다.`,
  resendEmailLink: '새 링크 보내기',
  emailLinkResent: (email: string) =>
    `${email} 주소로 새 링크를 보냈습니다. 이전에 보낸 링크는 더 이상 사용할 수 없습니다.`,
  emailChangeCancelsPending: (email: string) => `보내면 ${email} 주소로 보낸 링크는 무효가 됩니다.`,
  billingHeading: '청구 정보',
  billingReadOnly: '청구 정보는 계정 소유자나 결제 관리자만 변경할 수 있습니다.',
  taxId: '사업자등록번호(선택 사항)',
  taxIdHint: '예: DE123456789. 국가에 맞는 번호인지 확인합니다.',
  billingSavedAnnouncement: '청구 정보를 저장했습니다.',
  paymentMethodsHeading: '결제 수단',
  paymentMethodsEmpty: '아직 등록된 결제 수단이 없습니다.',
  paymentMethodsForOwners: '결제 수단은 계정 소유자와 결제 관리자가 관리합니다.',
  cardLabel: (brand: string, last4: string) => `${brand}(끝자리 ${last4})`,
  cardExpires: (date: string) => `유효기간 ${date}`,
  defaultBadge: '기본',
  makeDefault: '기본으로 설정',
  makingDefault: '저장 중…',
  defaultChanged: (card: string) => `기본 결제 수단을 ${card}(으)로 변경했습니다.`,
  deleteMethod: '삭제',
  deleteHeading: (card: string) => `${card} 결제 수단을 삭제하시겠습니까?`,
  deleteConsequence: (card: string) =>
    `이 결제 수단으로는 더 이상 청구되지 않습니다. 카드가 필요한 구독은 앞으로 ${card}에 청구됩니다.`,
  deleteDefaultConsequence:
    '기본 결제 수단입니다. 삭제하면 새로 선택할 때까지 기본 결제 수단이 없게 됩니다.',
  deleteOnlyCard:
    '유일한 결제 수단입니다. 구독 갱신에 아직 필요하다면 삭제할 수 없습니다. 먼저 다른 카드를 추가하거나 구독을 취소해 주세요.',
  deleteRefusedInUse:
    '이 카드는 아직 구독 결제에 필요합니다. 먼저 다른 결제 수단을 추가하거나 구독을 취소해 주세요.',
  noDefaultMethod: '기본 결제 수단이 없습니다. “기본으로 설정”을 눌러 선택해 주세요.',
  deleteConfirm: '결제 수단 삭제',
  deleting: '삭제하는 중…',
  keepMethod: '유지',
  deletedAnnouncement: (card: string) => `${card} 결제 수단을 삭제했습니다.`,
  addMethod: '결제 수단 추가',
  addedAnnouncement: (card: string) => `${card} 결제 수단을 추가했습니다.`,
  addNeeds3ds: '이 카드는 3-D Secure 인증이 필요하지만 이 페이지에서는 표시할 수 없습니다.',
  savingCard: '카드를 저장하는 중…',
};
