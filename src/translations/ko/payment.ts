import type { payment as en } from '../../locales/en/payment.js';

/** Korean terms: paying an order Polar failed to charge. */
export const payment: typeof en = {
  retryHeading: (amount: string) => `지금 ${amount} 결제하시겠습니까?`,
  retryWithCard: (amount: string, card: string) => `${card}에 청구할 금액은 ${amount}입니다.`,
  retryNoCard: '먼저 계정에서 결제 수단을 추가해 주세요.',
  cardEnding: (brand: string, last4: string) => `끝자리가 ${last4}인 ${brand}`,
  retryConfirm: '지금 결제하기',
  retrying: '결제하는 중…',
  retryKeep: '나중에',
  retryNeedsAction:
    '은행에서 자체 페이지를 통한 결제 확인을 요청했지만, 여기에서는 해당 페이지를 열 수 없습니다. 다른 카드를 사용하거나 다음 결제 시도를 기다려 주세요.',
  retryDeclined: '결제가 처리되지 않았습니다.',
  paidAnnouncement: (amount: string) => `감사합니다. ${amount} 결제가 완료되었습니다.`,
  retryAuthenticating: '은행에서 연 창에서 결제를 확인해 주세요…',
  retryWaiting: (seconds: number) =>
    seconds === 0 ? '은행의 응답을 기다리는 중…' : `은행의 응답을 기다리는 중… (${seconds}초)`,
  retryTooLong:
    '결제 확인이 예상보다 오래 걸리고 있습니다. 결제가 아직 처리 중일 수 있으니, 다시 결제하기 전에 몇 분 후 이 주문을 다시 확인해 주세요.',
  retryAuthenticationFailed: '은행에서 결제를 승인하지 않았습니다. 결제된 금액은 없습니다.',
  retryLimitReached:
    '결제 시도 한도(5회)에 도달하여 이 주문은 여기에서 더 이상 결제할 수 없습니다. 표시된 날짜에 카드 결제를 다시 시도하며, 판매자에게 문의하실 수도 있습니다.',
  retryClose: '닫기',
};
