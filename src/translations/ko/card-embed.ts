import type { cardEmbed as en } from '../../locales/en/card-embed.js';

/** Korean terms: adding a card through Polar's card embed. */
export const cardEmbed: typeof en = {
  cardEmbedHeading: '카드 추가',
  cardEmbedTitle: 'Polar 보안 카드 입력 양식',
  cardEmbedDefaultNote: '새 카드가 기본 결제 수단으로 설정됩니다.',
  cardEmbedLoading: '보안 카드 입력 양식을 불러오는 중…',
  cardEmbedSaving: '카드를 저장하는 중…',
  cardEmbedOpening: '카드 입력 양식을 여는 중…',
  cardEmbedCancel: '취소',
  cardEmbedRetry: '다시 시도',
  cardEmbedAdded: '카드를 추가했습니다.',
  cardEmbedRedirectFailed:
    '카드를 추가하지 못했습니다. 저장된 내용은 없습니다. 다시 시도해 주세요.',
  cardEmbedProcessingFailed:
    '카드를 저장하지 못했습니다. 양식에 입력한 정보를 확인하거나 다른 카드를 사용해 주세요.',
  cardEmbedUnauthorized: '세션이 만료되어 카드 입력 양식을 열 수 없습니다. 다시 로그인해 주세요.',
  cardEmbedInvalid: '카드 입력 양식을 열지 못했습니다. 잠시 후 다시 시도해 주세요.',
  cardEmbedUnknown:
    '카드 입력 양식에서 문제가 발생했습니다. 저장된 내용은 없습니다. 다시 시도해 주세요.',
  cardEmbedTimeout:
    '카드 입력 양식을 불러오지 못했습니다. 인터넷 연결을 확인한 후 다시 시도해 주세요(이 페이지에서 Polar 프레임을 차단하고 있을 수 있습니다).',
  cardEmbedBadOrigin:
    '여기에서는 카드를 추가할 수 없습니다. 카드 입력 양식의 주소가 안전한 출처(origin)가 아닙니다.',
};
